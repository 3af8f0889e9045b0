// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "usage/query/Health.h"

#include <QByteArrayView>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace kw {

class Workspace;

// Schema 6 stores usage as one usage_hours row per (slot, hour): the hour's six totals, and its
// minutes as text, "[m,valid,…,forbidden]" entries joined by ',' (m: the minute within the hour).
// A minute may have several entries (an hour written by two transactions); they add up.

// Floor division: a minute before 1970 stays in its own hour.
qint64 hourOfMinute(qint64 minute);
// The row's id, (slot, hour) in one integer, slot × 2³² + hour + 2³¹: a slot's hours are one range
// of the table's own B-tree.
inline constexpr qint64 UsageHourSlotStride = qint64(1) << 32;
inline constexpr qint64 UsageHourBias = qint64(1) << 31;
constexpr qint64 usageHourRowId(qint64 slot, qint64 hour)
{
    return slot * UsageHourSlotStride + hour + UsageHourBias;
}
// " h.id BETWEEN … AND …": the rows of slot `s` (usage_slots) in usage_hours `h` over the hours of
// [fromMinute, toMinute), with its two bindings appended to `binds`.
QString slotHoursSql(std::optional<qint64> fromMinute, std::optional<qint64> toMinute, QVariantList& binds);
// The hour of the row id `rowId` (SQL, e.g. "max(h.id)") of slot `s`, as SQL.
QString hourOfRowSql(QStringView rowId);

// Calls visit(minuteInHour, counts) for each entry of a row's minutes; false when the text is not
// a list of such entries (then some entries may have been visited).
bool forEachMinuteEntry(QByteArrayView text, const std::function<void(qint64, const OutcomeCounts&)>& visit);

// A piece of usage read back: one minute's counts, or a whole hour's totals (`minutes` 60).
struct UsageCell
{
    qint64 slot = 0;
    qint64 minute = 0; // the first minute
    qint64 minutes = 1;
    OutcomeCounts counts{};
};

enum class UsageDetail
{
    Minutes,    // every cell is one minute
    WholeHours, // an hour that lies wholly in the range is one cell, read from its totals
};

// The usage of the slots that `slotsWhere` picks (a condition on usage_slots aliased `s`, with
// `binds` for its parameters) in [fromMinute, toMinute), cell by cell, slot after slot.
Result<void> readUsageCells(Workspace& ws, const QString& slotsWhere, const QVariantList& binds,
                            std::optional<qint64> fromMinute, std::optional<qint64> toMinute,
                            UsageDetail detail, const std::function<void(const UsageCell&)>& visit);

} // namespace kw
