// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/BadgeDelegate.h"

namespace kw::gui {

// A sidebar row: the project name, and under it one coloured pill per key state that has keys,
// in the same colours as the state badges of the keys table.
class ProjectDelegate final : public BadgeDelegate
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
