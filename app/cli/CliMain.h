// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kw::cli {

// True when the arguments name a command (or ask for --help/--version): the binary is then a CLI
// and needs no display. Only GUI options (--workspace FILE, --demo) or none open the console.
bool wantsCli(int argc, char** argv);
int runCli(int& argc, char** argv);

} // namespace kw::cli
