// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/Icons.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kw::gui {

// A centred picture, title and explanation for a view that has nothing to show yet, with an
// optional button for the first step.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget* parent = nullptr);
    ~EmptyState() override;

    void setContent(Icon picture, const QString& title, const QString& text);
    // Shows the button with this text (empty hides it); connect to button().
    void setActionText(const QString& text);
    QPushButton* button() const { return m_button; }
    QString title() const;
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updatePicture();

    Icon m_picture = Icon::Projects;
    QLabel* m_image;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace kw::gui
