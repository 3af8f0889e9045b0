// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/StateBadgeDelegate.h"

#include "gui/common/StateStyle.h"
#include "gui/keys/KeyTableModel.h"

#include <QApplication>
#include <QPainter>

namespace kw::gui {

StateBadgeDelegate::StateBadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

StateBadgeDelegate::~StateBadgeDelegate() = default;

void StateBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const auto state = KeyState(index.data(KeyTableModel::StateRole).toInt());
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.92);
    const QRect area = opt.rect.adjusted(4, 1, -4, -1);
    painter->save();
    painter->setClipRect(opt.rect);
    paintBadge(painter, area, text, badgeColors(state, opt.palette), font);
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.92);
    size.setWidth(badgeWidth(index.data().toString(), font) + 8);
    return size;
}

} // namespace kw::gui
