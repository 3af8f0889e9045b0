// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace kw::gui {

// The part every delegate that paints state badges shares: the style draws the item's background,
// selection and focus frame without its text, then the subclass paints the text its own way, in
// fonts scaled from the view's.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    explicit BadgeDelegate(QObject* parent = nullptr);
    ~BadgeDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const final;

protected:
    // Paints over the background; `opt` is initialised from the model, `text` is its display text.
    virtual void paintContent(QPainter* painter, const QStyleOptionViewItem& opt, const QString& text,
                              const QModelIndex& index) const = 0;
    static QFont scaledFont(const QFont& base, qreal factor);
};

} // namespace kw::gui
