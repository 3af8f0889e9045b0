// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/query/UsageQuery.h"

#include "core/Time.h"
#include "core/Tr.h"
#include "store/Cursor.h"
#include "store/Workspace.h"
#include "usage/UsageHours.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace kw {

namespace {

constexpr qint64 MinutesPerWeek = 7 * 24 * 60;
// 1970-01-05, the first Monday of the epoch, in minutes: weeks start on Mondays.
constexpr qint64 FirstMonday = 4 * 24 * 60;

qint64 bucketOrigin(Bucket bucket)
{
    return bucket == Bucket::Week ? FirstMonday : 0;
}

// Schema 6 keeps one usage_hours row per (slot, hour), a slot being a (project, key) of
// usage_slots (UsageHours.h). A filter picks the slots by project and keys (aliased `s`, through
// their unique index), then each slot's hours as one range of usage_hours' rowids (`h`).

// The slots of a filter: " s.project_id = ? [AND s.key_id IN (…)]", bindings appended.
QString slotsWhere(const UsageFilter& f, QVariantList& binds)
{
    QString sql = QStringLiteral(" s.project_id = ?");
    binds.append(f.projectId);
    if (!f.keyIds.isEmpty()) {
        sql += QStringLiteral(" AND s.key_id IN (");
        for (qsizetype i = 0; i < f.keyIds.size(); ++i) {
            sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
            binds.append(f.keyIds.at(i));
        }
        sql += u')';
    }
    return sql;
}

// The first or last minute with usage of the slots that `where` picks, in [from, to).
Result<std::optional<qint64>> edgeMinute(Workspace& ws, const QString& where, const QVariantList& binds,
                                         std::optional<qint64> from, std::optional<qint64> to, bool first)
{
    for (;;) {
        // The first (last) hour with a row: per slot, one min() (max()) of the rowid that SQLite
        // answers from the end of the slot's range.
        QVariantList all;
        const QString range = slotHoursSql(from, to, all);
        all += binds;
        const QString fn = first ? QStringLiteral("min") : QStringLiteral("max");
        Cursor c(ws,
                 u"SELECT " + fn + u"(e) IS NULL, " + fn + u"(e) FROM (SELECT (SELECT " +
                     hourOfRowSql(QString(fn + u"(h.id)")) + u" FROM usage_hours h WHERE" + range +
                     u") AS e FROM usage_slots s WHERE" + where + u')',
                 all);
        if (!c.next() || c.integer(0) != 0) {
            if (Result<void> status = c.status(); !status) {
                return status.error();
            }
            return std::optional<qint64>();
        }
        const qint64 hour = c.integer(1);
        std::optional<qint64> found;
        const qint64 lo = std::max(hour * 60, from.value_or(hour * 60));
        const qint64 hi = std::min(hour * 60 + 60, to.value_or(hour * 60 + 60));
        Result<void> read =
            readUsageCells(ws, where, binds, lo, hi, UsageDetail::Minutes, [&](const UsageCell& cell) {
                if (!found || (first ? cell.minute < *found : cell.minute > *found)) {
                    found = cell.minute;
                }
            });
        if (!read) {
            return read.error();
        }
        if (found) {
            return found;
        }
        // The hour's entries all lie outside [from, to): look past it.
        (first ? from : to) = first ? hour * 60 + 60 : hour * 60;
    }
}

} // namespace

qint64 bucketMinutes(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Minute:
        return 1;
    case Bucket::Hour:
        return 60;
    case Bucket::Day:
        return 24 * 60;
    case Bucket::Week:
        return MinutesPerWeek;
    }
    return 1;
}

QStringView bucketName(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Minute:
        return u"minute";
    case Bucket::Hour:
        return u"hour";
    case Bucket::Day:
        return u"day";
    case Bucket::Week:
        return u"week";
    }
    return u"minute";
}

std::optional<Bucket> bucketFromName(QStringView name)
{
    for (const Bucket b : {Bucket::Minute, Bucket::Hour, Bucket::Day, Bucket::Week}) {
        if (name.compare(bucketName(b), Qt::CaseInsensitive) == 0) {
            return b;
        }
    }
    return std::nullopt;
}

qint64 bucketStart(qint64 minute, Bucket bucket)
{
    const qint64 size = bucketMinutes(bucket);
    const qint64 shifted = minute - bucketOrigin(bucket);
    return minute - (((shifted % size) + size) % size);
}

Bucket autoBucket(qint64 rangeMinutes, int maxBuckets)
{
    for (const Bucket b : {Bucket::Minute, Bucket::Hour, Bucket::Day}) {
        if (rangeMinutes <= qint64(maxBuckets) * bucketMinutes(b)) {
            return b;
        }
    }
    return Bucket::Week;
}

qint64 totalOf(const OutcomeCounts& counts)
{
    qint64 n = 0;
    for (const qint64 c : counts) {
        n += c;
    }
    return n;
}

QStringView healthLevelName(HealthLevel level)
{
    switch (level) {
    case HealthLevel::NoData:
        return u"no_data";
    case HealthLevel::Good:
        return u"good";
    case HealthLevel::Warning:
        return u"warning";
    case HealthLevel::Bad:
        return u"bad";
    }
    return u"no_data";
}

QDateTime minuteTime(qint64 minute)
{
    return QDateTime::fromMSecsSinceEpoch(minute * 60'000, QTimeZone::utc());
}

qint64 minuteOf(const QDateTime& t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    return ms >= 0 ? ms / 60'000 : -((-ms + 59'999) / 60'000);
}

UsageQuery::UsageQuery(Workspace& ws)
    : m_ws(ws)
{}

Result<std::optional<std::pair<qint64, qint64>>> UsageQuery::dataExtent(const UsageFilter& filter)
{
    QVariantList binds;
    const QString where = slotsWhere(filter, binds);
    Result<std::optional<qint64>> first =
        edgeMinute(m_ws, where, binds, filter.fromMinute, filter.toMinute, true);
    if (!first || !*first) {
        return first ? std::optional<std::pair<qint64, qint64>>()
                     : Result<std::optional<std::pair<qint64, qint64>>>(first.error());
    }
    Result<std::optional<qint64>> last =
        edgeMinute(m_ws, where, binds, filter.fromMinute, filter.toMinute, false);
    if (!last) {
        return last.error();
    }
    return std::optional<std::pair<qint64, qint64>>(std::pair(**first, last->value_or(**first)));
}

Result<UsageSeries> UsageQuery::series(const UsageFilter& filter, Bucket bucket)
{
    Result<UsageAggregate> a = aggregate(filter, bucket, false);
    if (!a) {
        return a.error();
    }
    return std::move(a->series);
}

Result<UsageAggregate> UsageQuery::aggregate(const UsageFilter& filter, Bucket bucket, bool withKeys)
{
    UsageAggregate out;
    UsageSeries& s = out.series;
    s.bucket = bucket;
    UsageFilter f = filter;
    if (!f.fromMinute || !f.toMinute) {
        Result<std::optional<std::pair<qint64, qint64>>> extent = dataExtent(filter);
        if (!extent) {
            return extent.error();
        }
        if (*extent) {
            f.fromMinute = f.fromMinute.value_or((*extent)->first);
            f.toMinute = f.toMinute.value_or((*extent)->second + 1);
        } else {
            const qint64 at = f.fromMinute.value_or(f.toMinute.value_or(0));
            f.fromMinute = f.fromMinute.value_or(at);
            f.toMinute = f.toMinute.value_or(at);
        }
    }
    const qint64 size = bucketMinutes(bucket);
    s.fromMinute = bucketStart(*f.fromMinute, bucket);
    s.toMinute = std::max(s.fromMinute, bucketStart(*f.toMinute + size - 1, bucket));

    // Cells come slot after slot, each slot's in time order (a minute written twice aside): buckets
    // are found through a hash (the last one is kept at hand, as a slot's consecutive cells mostly
    // share it) and sorted at the end; SQLite's ORDER BY would sort every row instead.
    // The slots' key ids are read once up front: a text column per row costs more than the row.
    QHash<qint64, QString> keyIdOf; // slot → key id
    if (withKeys) {
        QVariantList binds;
        Cursor slots(m_ws,
                     QStringLiteral("SELECT s.id, s.key_id FROM usage_slots s WHERE") + slotsWhere(f, binds),
                     binds);
        while (slots.next()) {
            keyIdOf.insert(slots.integer(0), slots.text(1));
        }
        if (Result<void> status = slots.status(); !status) {
            return status.error();
        }
    }
    QHash<qint64, std::size_t> pointOf; // bucket start → index in s.points
    QHash<qint64, std::size_t> keyOf;   // slot → index in out.keys
    QHash<QString, std::size_t> keyIndex;
    qint64 bucketFrom = 0;
    qint64 bucketEnd = std::numeric_limits<qint64>::min();
    std::size_t point = 0;
    // Buckets of an hour or more hold whole hours (weeks start at a Monday's midnight): those are
    // read from the rows' totals; a key's last minute needs the minutes themselves.
    const UsageDetail detail =
        bucket == Bucket::Minute || withKeys ? UsageDetail::Minutes : UsageDetail::WholeHours;
    QVariantList binds;
    const QString where = slotsWhere(f, binds);
    Result<void> read =
        readUsageCells(m_ws, where, binds, f.fromMinute, f.toMinute, detail, [&](const UsageCell& cell) {
            const qint64 minute = cell.minute;
            const OutcomeCounts& counts = cell.counts;
            if (minute < bucketFrom || minute >= bucketEnd) {
                bucketFrom = bucketStart(minute, bucket);
                bucketEnd = bucketFrom + size;
                const auto it = pointOf.constFind(bucketFrom);
                if (it != pointOf.constEnd()) {
                    point = *it;
                } else {
                    point = s.points.size();
                    pointOf.insert(bucketFrom, point);
                    s.points.push_back({bucketFrom, {}});
                }
            }
            for (std::size_t o = 0; o < counts.size(); ++o) {
                s.points[point].counts[o] += counts[o];
                s.totals[o] += counts[o];
            }
            if (withKeys) {
                auto it = keyOf.constFind(cell.slot);
                if (it == keyOf.constEnd()) {
                    // Two slots of one key id cannot happen within a project; sum them anyway.
                    const QString id = keyIdOf.value(cell.slot);
                    auto byId = keyIndex.constFind(id);
                    if (byId == keyIndex.constEnd()) {
                        byId = keyIndex.insert(id, out.keys.size());
                        out.keys.push_back({id, {}, {}, {}, 0});
                    }
                    it = keyOf.insert(cell.slot, *byId);
                }
                KeyUsage& k = out.keys[*it];
                for (std::size_t o = 0; o < counts.size(); ++o) {
                    k.counts[o] += counts[o];
                }
                k.lastMinute = std::max(k.lastMinute, minute);
            }
        });
    if (!read) {
        return read.error();
    }
    std::sort(s.points.begin(), s.points.end(),
              [](const UsagePoint& a, const UsagePoint& b) { return a.minute < b.minute; });
    if (withKeys && !out.keys.empty()) {
        Cursor names(m_ws, QStringLiteral("SELECT id, name, hint FROM keys WHERE project_id = ?"),
                     {f.projectId});
        while (names.next()) {
            if (const auto it = keyIndex.constFind(names.text(0)); it != keyIndex.constEnd()) {
                out.keys[*it].name = names.text(1);
                out.keys[*it].hint = names.text(2);
            }
        }
        if (Result<void> status = names.status(); !status) {
            return status.error();
        }
        std::sort(out.keys.begin(), out.keys.end(),
                  [](const KeyUsage& a, const KeyUsage& b) { return a.keyId < b.keyId; });
    }
    return out;
}

Result<OutcomeCounts> UsageQuery::totals(const UsageFilter& filter)
{
    OutcomeCounts counts{};
    QVariantList binds;
    const QString where = slotsWhere(filter, binds);
    Result<void> read = readUsageCells(m_ws, where, binds, filter.fromMinute, filter.toMinute,
                                       UsageDetail::WholeHours, [&counts](const UsageCell& cell) {
                                           for (std::size_t o = 0; o < counts.size(); ++o) {
                                               counts[o] += cell.counts[o];
                                           }
                                       });
    if (!read) {
        return read.error();
    }
    return counts;
}

Result<UsageTrend> UsageQuery::trend(const UsageFilter& filter)
{
    UsageTrend t;
    Result<OutcomeCounts> now = totals(filter);
    if (!now) {
        return now.error();
    }
    t.current = healthOf(*now);
    if (!filter.fromMinute || !filter.toMinute) {
        return t;
    }
    UsageFilter before = filter;
    const qint64 length = *filter.toMinute - *filter.fromMinute;
    before.toMinute = *filter.fromMinute;
    before.fromMinute = *filter.fromMinute - length;
    Result<OutcomeCounts> then = totals(before);
    if (!then) {
        return then.error();
    }
    t.previous = healthOf(*then);
    return t;
}

Result<std::vector<KeyUsage>> UsageQuery::keyTotals(const UsageFilter& filter)
{
    Result<UsageAggregate> a = aggregate(filter, Bucket::Week, true);
    if (!a) {
        return a.error();
    }
    return std::move(a->keys);
}

std::vector<KeyUsage> topKeys(std::vector<KeyUsage> keys, Outcome by, int limit)
{
    const auto at = std::size_t(by);
    std::erase_if(keys, [at](const KeyUsage& k) { return k.counts[at] == 0; });
    // Ties go to the key with more requests overall, then to the id, so the order is stable.
    std::sort(keys.begin(), keys.end(), [at](const KeyUsage& a, const KeyUsage& b) {
        if (a.counts[at] != b.counts[at]) {
            return a.counts[at] > b.counts[at];
        }
        if (totalOf(a.counts) != totalOf(b.counts)) {
            return totalOf(a.counts) > totalOf(b.counts);
        }
        return a.keyId < b.keyId;
    });
    if (limit >= 0 && keys.size() > std::size_t(limit)) {
        keys.resize(std::size_t(limit));
    }
    return keys;
}

Result<std::vector<UsageFinding>> UsageQuery::findings(const QString& projectId)
{
    QString sql = QStringLiteral(
        "SELECT f.kind, f.project_id, uf.path, f.line, f.at, f.key_id, coalesce(k.hint, ''), f.count"
        " FROM usage_findings f JOIN usage_files uf ON uf.id = f.file_id"
        " LEFT JOIN keys k ON k.id = f.key_id");
    QVariantList binds;
    if (!projectId.isEmpty()) {
        sql += QStringLiteral(" WHERE f.project_id = ?");
        binds.append(projectId);
    }
    sql += QStringLiteral(" ORDER BY f.at, f.id");
    Cursor c(m_ws, sql, binds);
    std::vector<UsageFinding> out;
    while (c.next()) {
        out.push_back({c.text(0), c.text(1), c.text(2), c.integer(3), fromMs(c.integer(4)), c.text(5),
                       c.text(6), c.integer(7)});
    }
    if (Result<void> status = c.status(); !status) {
        return status.error();
    }
    return out;
}

Result<std::vector<ImportedFile>> UsageQuery::files(const QString& projectId)
{
    QString sql = QStringLiteral("SELECT id, project_id, path, format, offset, lines, imported, anonymous,"
                                 " rejected, first_at, last_at, imported_at, imported_by FROM usage_files");
    QVariantList binds;
    if (!projectId.isEmpty()) {
        sql += QStringLiteral(" WHERE project_id = ?");
        binds.append(projectId);
    }
    sql += QStringLiteral(" ORDER BY imported_at, id");
    Cursor c(m_ws, sql, binds);
    std::vector<ImportedFile> out;
    while (c.next()) {
        out.push_back({c.integer(0), c.text(1), c.text(2), c.text(3), c.integer(4), c.integer(5),
                       c.integer(6), c.integer(7), c.integer(8), fromMs(c.integer(9)), fromMs(c.integer(10)),
                       fromMs(c.integer(11)), c.text(12)});
    }
    if (Result<void> status = c.status(); !status) {
        return status.error();
    }
    return out;
}

Result<RevokeSafety> UsageQuery::revokeSafety(const KeyRecord& key)
{
    RevokeSafety r;
    if (key.rotatedTo.isEmpty() || key.status == KeyStatus::Revoked) {
        return r;
    }
    {
        Cursor c(m_ws, QStringLiteral("SELECT created_at FROM keys WHERE id = ?"), {key.rotatedTo});
        r.rotatedAt = c.next() ? fromMs(c.integer(0)) : key.updatedAt;
        if (Result<void> status = c.status(); !status) {
            return status.error();
        }
    }
    // Minute granularity: a use in the minute of the rotation counts as a use after it.
    {
        Result<std::optional<qint64>> last = edgeMinute(m_ws, QStringLiteral(" s.key_id = ?"), {key.id},
                                                        minuteOf(r.rotatedAt), std::nullopt, false);
        if (!last) {
            return last.error();
        }
        if (*last) {
            r.lastSeen = minuteTime(**last);
        }
    }
    {
        Cursor c(
            m_ws,
            QStringLiteral("SELECT max(last_at) IS NULL, max(last_at) FROM usage_files WHERE project_id = ?"),
            {key.projectId});
        if (c.next() && c.integer(0) == 0) {
            r.coveredUntil = fromMs(c.integer(1));
        }
        if (Result<void> status = c.status(); !status) {
            return status.error();
        }
    }
    if (r.lastSeen.isValid()) {
        r.verdict = RevokeSafety::Verdict::StillInUse;
    } else if (r.coveredUntil.isValid() && r.coveredUntil > r.rotatedAt) {
        r.verdict = RevokeSafety::Verdict::Safe;
    } else {
        r.verdict = RevokeSafety::Verdict::NoEvidence;
    }
    return r;
}

} // namespace kw
