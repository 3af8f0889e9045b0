// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiMain.h"

#include <QApplication>
#include <QLabel>

namespace kw::gui {

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel placeholder(QStringLiteral("Keyward"));
    placeholder.show();
    return QApplication::exec();
}

} // namespace kw::gui
