// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/BadgeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace kw::gui {

BadgeDelegate::BadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

BadgeDelegate::~BadgeDelegate() = default;

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    paintContent(painter, opt, text, index);
    painter->restore();
}

QFont BadgeDelegate::scaledFont(const QFont& base, qreal factor)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    return f;
}

} // namespace kw::gui
