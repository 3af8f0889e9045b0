// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/BadgeDelegate.h"

namespace kw::gui {

// Paints a key's state as a coloured pill (from the model's StateRole) in the palette's colours.
class StateBadgeDelegate final : public BadgeDelegate
{
    Q_OBJECT

public:
    using BadgeDelegate::BadgeDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void paintContent(QPainter* painter, const QStyleOptionViewItem& opt, const QString& text,
                      const QModelIndex& index) const override;
};

} // namespace kw::gui
