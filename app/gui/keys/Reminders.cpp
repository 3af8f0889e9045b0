// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/Reminders.h"

#include "gui/common/Format.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBanner.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace kw::gui {

namespace {

constexpr int NamedAtMost = 3;

} // namespace

Reminders::Reminders(MessageBanner* banner, QObject* parent)
    : QObject(parent)
    , m_banner(banner)
{}

Reminders::~Reminders() = default;

void Reminders::reset()
{
    m_told.clear();
    m_current.clear();
    m_banner->dismiss();
}

QString Reminders::describe(const QList<Reminder>& items, const QHash<QString, QString>& projectNames,
                            const QDateTime& now) const
{
    QList<Reminder> expiring;
    QList<Reminder> grace;
    for (const Reminder& r : items) {
        (r.state == KeyState::Expiring ? expiring : grace).append(r);
    }
    const auto names = [&](const QList<Reminder>& list) {
        QStringList parts;
        for (int i = 0; i < std::min<qsizetype>(NamedAtMost, list.size()); ++i) {
            const Reminder& r = list.at(i);
            parts.append(tr("%1 (%2) %3")
                             .arg(r.keyName, projectNames.value(r.projectId), relativeText(r.endsAt, now)));
        }
        if (list.size() > NamedAtMost) {
            parts.append(tr("and %1 more").arg(list.size() - NamedAtMost));
        }
        return parts.join(QStringLiteral(", "));
    };
    QStringList sentences;
    if (!expiring.isEmpty()) {
        sentences.append(
            counted(expiring.size(), tr("1 key expires soon: %1."), tr("%1 keys expire soon: %2."))
                .arg(names(expiring)));
    }
    if (!grace.isEmpty()) {
        sentences.append(counted(grace.size(), tr("1 rotated key leaves its grace period soon: %1."),
                                 tr("%1 rotated keys leave their grace period soon: %2."))
                             .arg(names(grace)));
    }
    return sentences.join(u' ');
}

void Reminders::update(const QList<Reminder>& reminders, const QHash<QString, QString>& projectNames,
                       const QDateTime& now)
{
    m_current = reminders;
    if (reminders.isEmpty()) {
        m_banner->dismiss();
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Warning, describe(reminders, projectNames, now));
    const Reminder first = reminders.first();
    connect(m_banner->addButton(tr("Show")), &QPushButton::clicked, this,
            [this, first] { Q_EMIT showRequested(first); });
    QList<Reminder> fresh;
    for (const Reminder& r : reminders) {
        if (!m_told.contains(r.keyId)) {
            fresh.append(r);
            m_told.insert(r.keyId);
        }
    }
    if (!fresh.isEmpty()) {
        notifyTray(describe(fresh, projectNames, now));
    }
}

void Reminders::notifyTray(const QString& text)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(icon(Icon::App, QGuiApplication::palette()), this);
        m_tray->setToolTip(tr("Keyward"));
        m_tray->show();
    }
    m_tray->showMessage(tr("Keyward: keys need attention"), text, QSystemTrayIcon::Warning);
}

} // namespace kw::gui
