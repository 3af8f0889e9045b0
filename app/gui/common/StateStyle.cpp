// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/StateStyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace kw::gui {

namespace {

constexpr int PadX = 7;
constexpr int PadY = 1;

struct Pair
{
    QRgb lightBg, lightFg, darkBg, darkFg;
};

Pair pairFor(KeyState state)
{
    switch (state) {
    case KeyState::Active:
        return {0xd3f2dc, 0x0f4a24, 0x1d5231, 0xd2f7dc};
    case KeyState::Expiring:
        return {0xfcebbd, 0x6b4300, 0x5e4500, 0xffe6a1};
    case KeyState::InGrace:
        return {0xdbe6ff, 0x1b357f, 0x25386b, 0xd6e2ff};
    case KeyState::Expired:
        return {0xe4e6ea, 0x333a45, 0x454a53, 0xeceef2};
    case KeyState::Revoked:
        return {0xfbdcdc, 0x801717, 0x6e2222, 0xffd6d6};
    }
    return {0xffffff, 0x000000, 0x000000, 0xffffff};
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

BadgeColors badgeColors(KeyState state, const QPalette& palette)
{
    const Pair p = pairFor(state);
    return isDark(palette) ? BadgeColors{QColor(p.darkBg), QColor(p.darkFg)}
                           : BadgeColors{QColor(p.lightBg), QColor(p.lightFg)};
}

QColor negativeText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff8f87) : QColor(0xb3261e);
}

QColor positiveText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7fdc9a) : QColor(0x17663a);
}

int badgeWidth(const QString& text, const QFont& font)
{
    return QFontMetrics(font).horizontalAdvance(text) + 2 * PadX;
}

int paintBadge(QPainter* painter, const QRect& rect, const QString& text, const BadgeColors& colors,
               const QFont& font)
{
    const QFontMetrics fm(font);
    const int height = std::min(rect.height() - 2, fm.height() + 2 * PadY);
    const int width = badgeWidth(text, font);
    const QRect pill(rect.left(), rect.top() + (rect.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(colors.foreground);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

} // namespace kw::gui
