// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/FieldError.h"

#include "gui/common/StateStyle.h"

#include <QLabel>

namespace kw::gui {

bool setFieldError(QLabel* label, const QString& message)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
               negativeText(label->parentWidget() ? label->parentWidget()->palette() : p));
    label->setPalette(p);
    label->setWordWrap(true);
    label->setText(message);
    label->setVisible(!message.isEmpty());
    return message.isEmpty();
}

} // namespace kw::gui
