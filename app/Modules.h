// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Remote.h"

namespace kw {

// Two parts of Keyward are modules the binary loads only when it needs them, found next to the
// binary in a build tree and in <libdir>/keyward once installed, so that a command starts without
// the libraries they link (docs/development.md):
// - keyward-gui.so, the console (Qt Widgets, Charts, OpenGL), when a window is to open. Returns
//   the console's exit code, or 1 with a message when there is no module.
int runGuiModule(int& argc, char** argv);
// - keyward-remote.so, the OS keychain and the registry (QtKeychain, Qt DBus, Qt Network), for the
//   commands that use them. The same part every time; the reason when it cannot be loaded.
Result<const cli::Remote*> loadRemoteModule();

// The modules' exported symbols.
using GuiEntry = int (*)(int* argc, char** argv);
inline constexpr char GuiEntryName[] = "keyward_gui_main";
using RemoteEntry = const cli::Remote* (*)(const char* version);
inline constexpr char RemoteEntryName[] = "keyward_remote";

} // namespace kw
