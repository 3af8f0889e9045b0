// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kw::gui {

// The rules of applyPolicy for a key's name and owner, phrased for the field they concern;
// empty when the text is acceptable.
QString keyNameProblem(const QString& name);
QString keyOwnerProblem(const QString& owner);

} // namespace kw::gui
