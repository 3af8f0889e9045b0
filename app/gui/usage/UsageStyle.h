// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/Outcome.h"
#include "usage/query/Health.h"

#include <QColor>
#include <QString>

class QPalette;

namespace kw::gui {

// The Okabe–Ito colours, distinguishable with every common colour-vision deficiency. The same in
// light and dark palettes: a chart's meaning must not change with the theme.
QColor outcomeColor(Outcome outcome);
// "Valid", "Rate-limited": labels for the legend, tooltips and table headers.
QString outcomeLabel(Outcome outcome);
// Text colour for a health figure at this level (the palette's text colour when there is no data).
QColor healthColor(HealthLevel level, const QPalette& palette);
QString healthLevelLabel(HealthLevel level);
// "plaintext_key" -> "Log contains plaintext keys".
QString findingLabel(const QString& kind);
// 0.0123 -> "1.23 %" in the locale's digits.
QString percentText(double rate);

} // namespace kw::gui
