// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyCensus.h"

#include "core/Lifecycle.h"
#include "core/Time.h"
#include "store/Cursor.h"
#include "store/KeyViews.h"

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
    using namespace keyviews;
    Census census;
    KeyRecord probe; // reused: only the fields deriveState reads are set
    QString lastProject;
    StateCounts* counts = nullptr;
    int days = Policy().reminderDays;
    Result<void> read = keyviews::census(ws, [&](const Cursor& row) {
        // Keys come grouped by project more often than not; look the project up only on a change.
        const QString projectId = row.text(CensusProject);
        if (!counts || projectId != lastProject) {
            lastProject = projectId;
            counts = &census.counts[projectId];
            days = reminderDays.value(projectId, Policy().reminderDays);
        }
        probe.status = row.textEquals(CensusStatus, "revoked") ? KeyStatus::Revoked : KeyStatus::Active;
        probe.expiresAt = fromMs(row.integer(CensusExpiresAt));
        probe.graceUntil = fromMs(row.integer(CensusGraceUntil));
        const KeyState state = deriveState(probe, now, days);
        ++counts->byState[std::size_t(state)];
        const bool expiring = state == KeyState::Expiring;
        const bool graceEnding =
            state == KeyState::InGrace && now.secsTo(probe.graceUntil) <= GraceWarningSecs;
        if (expiring || graceEnding) {
            census.reminders.append(Reminder{row.text(CensusId), projectId, row.text(CensusName),
                                             row.text(CensusHint), state,
                                             expiring ? probe.expiresAt : probe.graceUntil});
        }
    });
    if (!read) {
        return read.error();
    }
    std::sort(census.reminders.begin(), census.reminders.end(),
              [](const Reminder& a, const Reminder& b) { return a.endsAt < b.endsAt; });
    return census;
}

} // namespace kw::gui
