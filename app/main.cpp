// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: a command line when given a command, the console otherwise (design §7).
#include "cli/CliMain.h"

#ifdef KEYWARD_GUI_MODULE
#include "GuiModule.h"
#else
#include "gui/GuiMain.h"
#endif

int main(int argc, char** argv)
{
    if (kw::cli::wantsCli(argc, argv)) {
        return kw::cli::runCli(argc, argv);
    }
#ifdef KEYWARD_GUI_MODULE
    return kw::runGuiModule(argc, argv);
#else
    return kw::gui::runGui(argc, argv);
#endif
}
