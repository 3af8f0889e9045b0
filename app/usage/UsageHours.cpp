// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/UsageHours.h"

#include "core/Time.h"
#include "core/Tr.h"
#include "store/Cursor.h"
#include "usage/Outcome.h"

#include <charconv>
#include <limits>

namespace kw {

qint64 hourOfMinute(qint64 minute)
{
    return floorDiv(minute, 60);
}

QString slotHoursSql(std::optional<qint64> fromMinute, std::optional<qint64> toMinute, QVariantList& binds)
{
    binds.append(usageHourRowId(0, fromMinute ? hourOfMinute(*fromMinute) : -2147483648LL));
    binds.append(usageHourRowId(0, toMinute ? hourOfMinute(*toMinute - 1) : 2147483647LL));
    const QString slotBase = u"s.id * " + QString::number(UsageHourSlotStride);
    return u" h.id BETWEEN " + slotBase + u" + ? AND " + slotBase + u" + ?";
}

QString hourOfRowSql(QStringView rowId)
{
    return u"(" + rowId + u" - s.id * " + QString::number(UsageHourSlotStride) + u" - " +
           QString::number(UsageHourBias) + u')';
}

bool forEachMinuteEntry(QByteArrayView text, const std::function<void(qint64, const OutcomeCounts&)>& visit)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    std::array<qint64, 1 + OutcomeCount> values{};
    OutcomeCounts counts{};
    while (p != end) {
        if (*p != '[') {
            return false;
        }
        ++p;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto [next, error] = std::from_chars(p, end, values[i]);
            if (error != std::errc() || next == end || *next != (i + 1 == values.size() ? ']' : ',')) {
                return false;
            }
            p = next + 1;
        }
        if (values[0] < 0 || values[0] > 59) {
            return false;
        }
        std::copy(values.begin() + 1, values.end(), counts.begin());
        visit(values[0], counts);
        if (p != end && (*p++ != ',' || p == end)) {
            return false;
        }
    }
    return true;
}

Result<void> readUsageCells(Workspace& ws, const QString& slotsWhere, const QVariantList& binds,
                            std::optional<qint64> fromMinute, std::optional<qint64> toMinute,
                            UsageDetail detail, const std::function<void(const UsageCell&)>& visit)
{
    QString sql = QStringLiteral("SELECT h.slot, h.hour");
    for (int o = 0; o < OutcomeCount; ++o) {
        sql += u", h." + outcomeName(Outcome(o));
    }
    QVariantList all;
    sql += QStringLiteral(", h.minutes FROM usage_slots s JOIN usage_hours h ON") +
           slotHoursSql(fromMinute, toMinute, all) + u" WHERE " + slotsWhere;
    all += binds;
    const qint64 from = fromMinute.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = toMinute.value_or(std::numeric_limits<qint64>::max());
    Cursor c(ws, sql, all);
    UsageCell cell;
    while (c.next()) {
        cell.slot = c.integer(0);
        const qint64 start = c.integer(1) * 60;
        if (detail == UsageDetail::WholeHours && start >= from && start <= to - 60) {
            cell.minute = start;
            cell.minutes = 60;
            for (int o = 0; o < OutcomeCount; ++o) {
                cell.counts[std::size_t(o)] = c.integer(2 + o);
            }
            visit(cell);
            continue;
        }
        cell.minutes = 1;
        const bool whole =
            forEachMinuteEntry(c.utf8(2 + OutcomeCount), [&](qint64 m, const OutcomeCounts& counts) {
                if (start + m >= from && start + m < to) {
                    cell.minute = start + m;
                    cell.counts = counts;
                    visit(cell);
                }
            });
        if (!whole) {
            return makeError(ErrorCode::Storage,
                             tr("The workspace's usage of hour %1 is damaged.").arg(c.integer(1)));
        }
    }
    return c.status();
}

} // namespace kw
