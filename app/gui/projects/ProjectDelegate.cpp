// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projects/ProjectDelegate.h"

#include "core/Types.h"
#include "gui/common/StateStyle.h"
#include "gui/projects/ProjectListModel.h"

#include <QPainter>

namespace kw::gui {

namespace {

constexpr int Margin = 6;
constexpr int Gap = 4;

constexpr qreal SmallFont = 0.85;

} // namespace

void ProjectDelegate::paintContent(QPainter* painter, const QStyleOptionViewItem& opt, const QString& name,
                                   const QModelIndex& index) const
{
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect area = opt.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    painter->setFont(nameFont);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(area.left(), area.top(), area.width(), nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));

    const QFont pillFont = scaledFont(opt.font, SmallFont);
    const QRect pills(area.left(), nameRect.bottom() + 3, area.width(), QFontMetrics(pillFont).height() + 2);
    const QVariantList counts = index.data(ProjectListModel::CountsRole).toList();
    int x = pills.left();
    bool any = false;
    for (int s = 0; s < counts.size(); ++s) {
        const int n = counts.at(s).toInt();
        if (n == 0) {
            continue;
        }
        any = true;
        const QString text = QString::number(n);
        if (x + badgeWidth(text, pillFont) > pills.right()) {
            break;
        }
        x += paintBadge(painter, QRect(x, pills.top(), pills.right() - x, pills.height()), text,
                        badgeColors(KeyState(s), opt.palette), pillFont) +
             Gap;
    }
    if (!any) {
        painter->setFont(pillFont);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(pills, Qt::AlignLeft | Qt::AlignVCenter, tr("no keys yet"));
    }
}

QSize ProjectDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const int height = QFontMetrics(nameFont).height() + 3 +
                       QFontMetrics(scaledFont(option.font, SmallFont)).height() + 2 + Margin;
    return {160, height};
}

} // namespace kw::gui
