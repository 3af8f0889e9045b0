// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/keys/KeyCensus.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace kw::gui {

class MessageBanner;

// Tells about keys that expire soon and rotated keys whose grace ends soon: in a banner, and
// through the system tray where the desktop has one. The tray speaks only of keys it has not
// mentioned before, so the hourly check does not repeat itself.
class Reminders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reminders)

public:
    Reminders(MessageBanner* banner, QObject* parent = nullptr);
    ~Reminders() override;

    // projectNames: id -> name.
    void update(const QList<Reminder>& reminders, const QHash<QString, QString>& projectNames,
                const QDateTime& now);
    const QList<Reminder>& current() const { return m_current; }
    // Forgets what the tray has told, for a workspace switch.
    void reset();

Q_SIGNALS:
    // The banner's "Show" button: show the keys of the soonest reminder.
    void showRequested(const kw::gui::Reminder& reminder);

private:
    QString describe(const QList<Reminder>& items, const QHash<QString, QString>& projectNames,
                     const QDateTime& now) const;
    void notifyTray(const QString& text);

    MessageBanner* m_banner;
    QSystemTrayIcon* m_tray = nullptr;
    QList<Reminder> m_current;
    QSet<QString> m_told;
};

} // namespace kw::gui
