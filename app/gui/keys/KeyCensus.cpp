// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyCensus.h"

#include "core/Lifecycle.h"
#include "core/Time.h"
#include "store/Cursor.h"

#include <algorithm>
#include <numeric>

namespace kw::gui {

int StateCounts::total() const
{
    return std::accumulate(byState.begin(), byState.end(), 0);
}

Result<Census> takeCensus(Workspace& ws, const QList<Project>& projects, const QDateTime& now)
{
    QHash<QString, int> reminderDays;
    for (const Project& p : projects) {
        reminderDays.insert(p.id, p.policy.reminderDays);
    }
    Census census;
    Cursor row(
        ws, QStringLiteral("SELECT project_id, status, expires_at, grace_until, id, name, hint FROM keys"));
    if (Result<void> s = row.status(); !s) {
        return s.error();
    }
    KeyRecord probe; // reused: only the fields deriveState reads are set
    QString lastProject;
    StateCounts* counts = nullptr;
    int days = Policy().reminderDays;
    while (row.next()) {
        // Keys come grouped by project more often than not; look the project up only on a change.
        const QString projectId = row.text(0);
        if (!counts || projectId != lastProject) {
            lastProject = projectId;
            counts = &census.counts[projectId];
            days = reminderDays.value(projectId, Policy().reminderDays);
        }
        probe.status = row.textEquals(1, "revoked") ? KeyStatus::Revoked : KeyStatus::Active;
        probe.expiresAt = fromMs(row.integer(2));
        probe.graceUntil = fromMs(row.integer(3));
        const KeyState state = deriveState(probe, now, days);
        ++counts->byState[std::size_t(state)];
        const bool expiring = state == KeyState::Expiring;
        const bool graceEnding =
            state == KeyState::InGrace && now.secsTo(probe.graceUntil) <= GraceWarningSecs;
        if (expiring || graceEnding) {
            census.reminders.append(Reminder{row.text(4), projectId, row.text(5), row.text(6), state,
                                             expiring ? probe.expiresAt : probe.graceUntil});
        }
    }
    if (Result<void> s = row.status(); !s) {
        return s.error();
    }
    std::sort(census.reminders.begin(), census.reminders.end(),
              [](const Reminder& a, const Reminder& b) { return a.endsAt < b.endsAt; });
    return census;
}

} // namespace kw::gui
