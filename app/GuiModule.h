// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kw {

// The console lives in keyward-gui.so, next to the binary in a build tree and in
// <libdir>/keyward once installed; it is loaded only when a window is to open, so commands start
// without Qt Widgets. Returns the console's exit code, or 1 with a message when there is no module.
int runGuiModule(int& argc, char** argv);

// The module's one exported symbol.
using GuiEntry = int (*)(int* argc, char** argv);
inline constexpr char GuiEntryName[] = "keyward_gui_main";

} // namespace kw
