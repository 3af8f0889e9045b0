// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: a command line when given a command, the console otherwise.
#include "cli/CliMain.h"

#ifdef KEYWARD_MODULES
#include "Modules.h"
#else
#include "gui/GuiMain.h"
#endif

namespace {

kw::Result<const kw::cli::Remote*> remote()
{
#ifdef KEYWARD_MODULES
    return kw::loadRemoteModule();
#else
    return &kw::cli::remoteParts();
#endif
}

} // namespace

int main(int argc, char** argv)
{
    if (kw::cli::wantsCli(argc, argv)) {
        return kw::cli::runCli(argc, argv, &remote);
    }
#ifdef KEYWARD_MODULES
    return kw::runGuiModule(argc, argv);
#else
    return kw::gui::runGui(argc, argv);
#endif
}
