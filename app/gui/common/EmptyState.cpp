// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/EmptyState.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kw::gui {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_image(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* label : {m_image, m_title, m_text}) {
        label->setAlignment(Qt::AlignHCenter);
    }
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_title->setMaximumWidth(460);
    m_text->setMaximumWidth(460);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_button->hide();
    // The wrapped title and text sit between stretches rather than being aligned: a word-wrapped
    // label added with an alignment is given one line's height, which cuts a long project name.
    const auto centred = [](QLabel* label) {
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(label, 4);
        row->addStretch(1);
        return row;
    };
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_image, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addLayout(centred(m_title));
    layout->addLayout(centred(m_text));
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

EmptyState::~EmptyState() = default;

void EmptyState::setContent(Icon picture, const QString& title, const QString& text)
{
    m_picture = picture;
    m_title->setText(title);
    m_text->setText(text);
    updatePicture();
}

void EmptyState::setActionText(const QString& text)
{
    m_button->setText(text);
    m_button->setVisible(!text.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updatePicture();
    }
}

void EmptyState::updatePicture()
{
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_image->setPixmap(icon(m_picture, muted).pixmap(QSize(96, 96), devicePixelRatioF()));
}

} // namespace kw::gui
