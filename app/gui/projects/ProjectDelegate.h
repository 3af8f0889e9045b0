// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace kw::gui {

// A sidebar row: the project name, and under it one coloured pill per key state that has keys,
// in the same colours as the state badges of the keys table.
class ProjectDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDelegate)

public:
    explicit ProjectDelegate(QObject* parent = nullptr);
    ~ProjectDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace kw::gui
