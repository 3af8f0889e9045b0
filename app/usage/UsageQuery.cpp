// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/UsageQuery.h"

#include "core/Time.h"
#include "core/Tr.h"
#include "store/Cursor.h"
#include "store/Workspace.h"

#include <QTimeZone>
#include <algorithm>

namespace kw {

namespace {

constexpr qint64 MinutesPerWeek = 7 * 24 * 60;
// 1970-01-05, the first Monday of the epoch, in minutes: weeks start on Mondays.
constexpr qint64 FirstMonday = 4 * 24 * 60;

qint64 bucketOrigin(Bucket bucket)
{
    return bucket == Bucket::Week ? FirstMonday : 0;
}

// The WHERE clause of a filter on usage_minutes (aliased `u`), with its bindings appended.
QString whereOf(const UsageFilter& f, QVariantList& binds)
{
    QString sql = QStringLiteral(" WHERE u.project_id = ?");
    binds.append(f.projectId);
    if (!f.keyIds.isEmpty()) {
        sql += QStringLiteral(" AND u.key_id IN (");
        for (qsizetype i = 0; i < f.keyIds.size(); ++i) {
            sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
            binds.append(f.keyIds.at(i));
        }
        sql += u')';
    }
    if (f.fromMinute) {
        sql += QStringLiteral(" AND u.minute >= ?");
        binds.append(*f.fromMinute);
    }
    if (f.toMinute) {
        sql += QStringLiteral(" AND u.minute < ?");
        binds.append(*f.toMinute);
    }
    return sql;
}

bool validOutcome(qint64 o)
{
    return o >= 0 && o < OutcomeCount;
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
        return u"no data";
    case HealthLevel::Good:
        return u"good";
    case HealthLevel::Warning:
        return u"warning";
    case HealthLevel::Bad:
        return u"bad";
    }
    return u"no data";
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
    const QString sql = QStringLiteral("SELECT min(u.minute), max(u.minute), count(*) FROM usage_minutes u") +
                        whereOf(filter, binds);
    Cursor c(m_ws, sql, binds);
    if (!c.next()) {
        if (Result<void> s = c.status(); !s) {
            return s.error();
        }
        return std::optional<std::pair<qint64, qint64>>();
    }
    if (c.integer(2) == 0) {
        return std::optional<std::pair<qint64, qint64>>();
    }
    return std::optional<std::pair<qint64, qint64>>(std::pair(c.integer(0), c.integer(1)));
}

Result<UsageSeries> UsageQuery::series(const UsageFilter& filter, Bucket bucket)
{
    UsageSeries s;
    s.bucket = bucket;
    UsageFilter f = filter;
    if (!f.fromMinute || !f.toMinute) {
        Result<std::optional<std::pair<qint64, qint64>>> extent = dataExtent(filter);
        if (!extent) {
            return extent.error();
        }
        if (!*extent && (!f.fromMinute || !f.toMinute)) {
            const qint64 at = f.fromMinute.value_or(f.toMinute.value_or(0));
            f.fromMinute = f.fromMinute.value_or(at);
            f.toMinute = f.toMinute.value_or(at);
        } else if (*extent) {
            f.fromMinute = f.fromMinute.value_or((*extent)->first);
            f.toMinute = f.toMinute.value_or((*extent)->second + 1);
        }
    }
    const qint64 size = bucketMinutes(bucket);
    s.fromMinute = bucketStart(*f.fromMinute, bucket);
    s.toMinute = std::max(s.fromMinute, bucketStart(*f.toMinute + size - 1, bucket));

    // The bucket's start in SQL, the same arithmetic as bucketStart(); SQLite's % keeps the sign.
    const QString start =
        QStringLiteral("u.minute - ((((u.minute - %1) % %2) + %2) % %2)").arg(bucketOrigin(bucket)).arg(size);
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT ") + start +
                        QStringLiteral(" AS b, u.outcome, sum(u.count) FROM usage_minutes u") +
                        whereOf(f, binds) + QStringLiteral(" GROUP BY b, u.outcome ORDER BY b");
    Cursor c(m_ws, sql, binds);
    while (c.next()) {
        const qint64 b = c.integer(0);
        const qint64 outcome = c.integer(1);
        if (!validOutcome(outcome)) {
            continue;
        }
        if (s.points.empty() || s.points.back().minute != b) {
            s.points.push_back({b, {}});
        }
        const qint64 n = c.integer(2);
        s.points.back().counts[std::size_t(outcome)] += n;
        s.totals[std::size_t(outcome)] += n;
    }
    if (Result<void> status = c.status(); !status) {
        return status.error();
    }
    return s;
}

Result<OutcomeCounts> UsageQuery::totals(const UsageFilter& filter)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT u.outcome, sum(u.count) FROM usage_minutes u") +
                        whereOf(filter, binds) + QStringLiteral(" GROUP BY u.outcome");
    Cursor c(m_ws, sql, binds);
    OutcomeCounts counts{};
    while (c.next()) {
        if (validOutcome(c.integer(0))) {
            counts[std::size_t(c.integer(0))] = c.integer(1);
        }
    }
    if (Result<void> status = c.status(); !status) {
        return status.error();
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
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT u.key_id, coalesce(k.name, ''), coalesce(k.hint, ''), u.outcome, sum(u.count),"
                       " max(u.minute) FROM usage_minutes u LEFT JOIN keys k ON k.id = u.key_id") +
        whereOf(filter, binds) + QStringLiteral(" GROUP BY u.key_id, u.outcome ORDER BY u.key_id");
    Cursor c(m_ws, sql, binds);
    std::vector<KeyUsage> keys;
    while (c.next()) {
        const QString id = c.text(0);
        if (keys.empty() || keys.back().keyId != id) {
            keys.push_back({id, c.text(1), c.text(2), {}, 0});
        }
        KeyUsage& k = keys.back();
        if (validOutcome(c.integer(3))) {
            k.counts[std::size_t(c.integer(3))] += c.integer(4);
        }
        k.lastMinute = std::max(k.lastMinute, c.integer(5));
    }
    if (Result<void> status = c.status(); !status) {
        return status.error();
    }
    return keys;
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
        Cursor c(m_ws,
                 QStringLiteral("SELECT max(minute) IS NULL, max(minute) FROM usage_minutes"
                                " WHERE key_id = ? AND minute >= ?"),
                 {key.id, minuteOf(r.rotatedAt)});
        if (c.next() && c.integer(0) == 0) {
            r.lastSeen = minuteTime(c.integer(1));
        }
        if (Result<void> status = c.status(); !status) {
            return status.error();
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
