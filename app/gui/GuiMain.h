// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kw::gui {

// Creates the QApplication and runs the console. Accepts --workspace FILE and --demo, and the
// hidden --screenshots=DIR that renders the documentation's screenshots and exits.
int runGui(int& argc, char** argv);

} // namespace kw::gui
