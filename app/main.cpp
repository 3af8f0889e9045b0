// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: a command line when given a command, the console otherwise (design §7).
#include "cli/CliMain.h"
#include "gui/GuiMain.h"

int main(int argc, char** argv)
{
    if (kw::cli::wantsCli(argc, argv)) {
        return kw::cli::runCli(argc, argv);
    }
    return kw::gui::runGui(argc, argv);
}
