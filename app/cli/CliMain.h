// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Remote.h"

namespace kw::cli {

// True when the arguments name a command (or ask for --help/--version): the binary is then a CLI
// and needs no display. Only GUI options (--workspace FILE, --demo, --new-workspace), a workspace
// file named alone, or none open the console.
bool wantsCli(int argc, char** argv);
// `remote` loads the OS keychain and registry part (cli/Remote.h) for the commands that need it.
int runCli(int& argc, char** argv, RemoteLoader remote);

} // namespace kw::cli
