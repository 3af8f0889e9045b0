// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/MessageBanner.h"

#include "gui/common/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace kw::gui {

namespace {

QColor accentOf(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Info:
        return QColor(0x3a78d8);
    case MessageBanner::Kind::Success:
        return QColor(0x2e9d5b);
    case MessageBanner::Kind::Warning:
        return QColor(0xe8a317);
    case MessageBanner::Kind::Error:
        return QColor(0xd64541);
    }
    return {};
}

Icon iconOf(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Info:
        return Icon::Info;
    case MessageBanner::Kind::Success:
        return Icon::Success;
    case MessageBanner::Kind::Warning:
        return Icon::Warning;
    case MessageBanner::Kind::Error:
        return Icon::Error;
    }
    return Icon::Info;
}

QColor blend(const QColor& a, const QColor& b, double amountOfA)
{
    return QColor::fromRgbF(float(a.redF() * amountOfA + b.redF() * (1 - amountOfA)),
                            float(a.greenF() * amountOfA + b.greenF() * (1 - amountOfA)),
                            float(a.blueF() * amountOfA + b.blueF() * (1 - amountOfA)));
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    applyColors();
    show();
}

QPushButton* MessageBanner::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_buttons->addWidget(button);
    return button;
}

void MessageBanner::dismiss()
{
    if (isVisible()) {
        hide();
        Q_EMIT dismissed();
    }
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBanner::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyColors();
    }
}

void MessageBanner::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    // Painted rather than styled: a style sheet here would restyle the buttons inside as well.
    const QColor accent = accentOf(m_kind);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(blend(accent, palette().color(QPalette::Window), 0.16));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::applyColors()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon(iconOf(m_kind), palette()).pixmap(QSize(size, size), devicePixelRatioF()));
    update();
}

} // namespace kw::gui
