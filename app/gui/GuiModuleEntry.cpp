// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point of keyward-gui.so (app/GuiModule.h); everything else in the module is hidden.
#include "gui/GuiMain.h"

extern "C" __attribute__((visibility("default"))) int keyward_gui_main(int* argc, char** argv)
{
    return kw::gui::runGui(*argc, argv);
}
