// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace kw::gui {

// Shows why a field is refused in the label under it, in the palette's error colour; an empty
// message hides the label. Returns whether the field is fine, so checks read `ok &= setFieldError(...)`.
bool setFieldError(QLabel* label, const QString& message);

} // namespace kw::gui
