// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/StateBadgeDelegate.h"

#include "gui/common/StateStyle.h"
#include "gui/keys/KeyTableModel.h"

#include <QPainter>

namespace kw::gui {

namespace {

constexpr qreal BadgeFont = 0.92;

} // namespace

void StateBadgeDelegate::paintContent(QPainter* painter, const QStyleOptionViewItem& opt, const QString& text,
                                      const QModelIndex& index) const
{
    const auto state = KeyState(index.data(KeyTableModel::StateRole).toInt());
    const QRect area = opt.rect.adjusted(4, 1, -4, -1);
    painter->setClipRect(opt.rect);
    paintBadge(painter, area, text, badgeColors(state, opt.palette), scaledFont(opt.font, BadgeFont));
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(badgeWidth(index.data().toString(), scaledFont(option.font, BadgeFont)) + 8);
    return size;
}

} // namespace kw::gui
