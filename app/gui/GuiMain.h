// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kw::gui {

// Creates the QApplication and runs the console. Accepts --workspace FILE and --demo. (The
// documentation's screenshots come from tools/screenshots, not from this binary.)
int runGui(int& argc, char** argv);

} // namespace kw::gui
