// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QColor>
#include <QRect>

class QPainter;
class QPalette;
class QFont;

namespace kw::gui {

// The colours of one state badge. Picked per palette so the badge reads on light and dark themes
// alike (text/background contrast above 7:1 on both).
struct BadgeColors
{
    QColor background;
    QColor foreground;
};

bool isDark(const QPalette& palette);
BadgeColors badgeColors(KeyState state, const QPalette& palette);

// Semantic text colours for messages next to fields and in banners.
QColor negativeText(const QPalette& palette);
QColor positiveText(const QPalette& palette);

// A rounded pill centred vertically in `rect`, left-aligned; returns the width it took.
int paintBadge(QPainter* painter, const QRect& rect, const QString& text, const BadgeColors& colors,
               const QFont& font);
int badgeWidth(const QString& text, const QFont& font);

} // namespace kw::gui
