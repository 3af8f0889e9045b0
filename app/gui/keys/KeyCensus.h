// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QList>
#include <array>

namespace kw {
class Workspace;
}

namespace kw::gui {

struct StateCounts
{
    std::array<int, 5> byState{}; // indexed by KeyState
    int of(KeyState state) const { return byState[std::size_t(state)]; }
    int total() const;
};

// A key that needs attention soon: expiring within its project's reminder window, or a rotated
// key whose grace period ends within graceWarning.
struct Reminder
{
    QString keyId;
    QString projectId;
    QString keyName;
    QString hint;
    KeyState state = KeyState::Active;
    QDateTime endsAt;
};

struct Census
{
    QHash<QString, StateCounts> counts; // by project id
    QList<Reminder> reminders;          // soonest first
};

// How long before its grace period ends a rotated key is worth a reminder.
inline constexpr qint64 GraceWarningSecs = 3 * 86400;

// Counts the keys of every project by state at `now` and lists what needs attention, in one pass
// over four columns of the keys table: the sidebar and the reminders need no full key rows.
Result<Census> takeCensus(Workspace& ws, const QList<Project>& projects, const QDateTime& now);

} // namespace kw::gui
