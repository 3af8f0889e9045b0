// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/ClipboardWiper.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace kw::gui {

void ClipboardWiper::copy(const QString& secret, std::chrono::milliseconds delay)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    // Asks clipboard managers (Klipper, and those honouring the same hint) not to keep a history
    // entry of it, as KeePassXC does.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    new ClipboardWiper(secret, delay);
}

ClipboardWiper::ClipboardWiper(QString secret, std::chrono::milliseconds delay)
    : QObject(QCoreApplication::instance())
    , m_secret(std::move(secret))
{
    QTimer::singleShot(delay, this, &ClipboardWiper::wipe);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardWiper::wipe);
}

ClipboardWiper::~ClipboardWiper() = default;

void ClipboardWiper::wipe()
{
    if (m_secret.isEmpty()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_secret) {
        clipboard->clear();
    }
    m_secret.clear();
    deleteLater();
}

} // namespace kw::gui
