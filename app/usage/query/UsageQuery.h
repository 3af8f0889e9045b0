// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "usage/query/Health.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace kw {

class Workspace;

// Time buckets of a usage series. Buckets are aligned in UTC; weeks start on Monday.
enum class Bucket
{
    Minute,
    Hour,
    Day,
    Week,
};
qint64 bucketMinutes(Bucket bucket);
QStringView bucketName(Bucket bucket);
std::optional<Bucket> bucketFromName(QStringView name);
// The start of the bucket holding `minute` (UTC minutes since the epoch).
qint64 bucketStart(qint64 minute, Bucket bucket);
// The finest bucket that splits a range of this many minutes into at most maxBuckets buckets.
Bucket autoBucket(qint64 rangeMinutes, int maxBuckets);

// What to read: one project, optionally some of its keys, over [fromMinute, toMinute).
struct UsageFilter
{
    QString projectId;
    QStringList keyIds; // empty: the whole project, unknown keys included
    std::optional<qint64> fromMinute;
    std::optional<qint64> toMinute; // exclusive
};

struct UsagePoint
{
    qint64 minute = 0; // the bucket's start
    OutcomeCounts counts{};
};

struct UsageSeries
{
    Bucket bucket = Bucket::Hour;
    qint64 fromMinute = 0; // the range asked for, aligned to buckets; [from, to)
    qint64 toMinute = 0;
    std::vector<UsagePoint> points; // only buckets with requests, ascending
    OutcomeCounts totals{};
};

// This range against the previous range of the same length.
struct UsageTrend
{
    Health current;
    Health previous;
};

// Per-key totals over a range. keyId is empty for references the inventory does not know.
struct KeyUsage
{
    QString keyId;
    QString name;
    QString hint;
    OutcomeCounts counts{};
    qint64 lastMinute = 0;
};

// A finding of an import (docs/usage.md). Never a key: its id and hint only.
struct UsageFinding
{
    QString kind; // plaintext_key, accepted_expired, accepted_revoked
    QString projectId;
    QString filePath;
    qint64 line = 0;
    QDateTime at;
    QString keyId;
    QString keyHint;
    qint64 count = 0;
};

struct ImportedFile
{
    qint64 id = 0;
    QString projectId;
    QString path;
    QString format;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 imported = 0;
    qint64 anonymous = 0;
    qint64 rejected = 0;
    QDateTime firstAt;
    QDateTime lastAt;
    QDateTime importedAt;
    QString importedBy;
};

// One pass over a range: the series and, when asked, the per-key totals.
struct UsageAggregate
{
    UsageSeries series;
    std::vector<KeyUsage> keys; // sorted by key id
};

// Whether a rotated key can go (docs/usage.md, Health): no use of it in imported logs since the rotation.
struct RevokeSafety
{
    enum class Verdict
    {
        NotRotated, // no successor, or already revoked: nothing to advise
        Safe,       // logs reach past the rotation and none shows the key since
        StillInUse, // the key was seen at or after the rotation
        NoEvidence, // no imported log of the project reaches past the rotation
    };
    Verdict verdict = Verdict::NotRotated;
    QDateTime rotatedAt;    // the successor's creation
    QDateTime lastSeen;     // StillInUse: the start of the last minute it was seen
    QDateTime coveredUntil; // the newest record in the project's imported logs
};

// The read side of usage (docs/design/storage.md), QtCore and SQL only: the CLI, the Usage tab and reports
// use it. Series and per-key totals are summed while streaming the rows through the store's Cursor in
// primary-key order, (slot, minute): each slot's rows in time order, buckets found through a hash
// and sorted at the end. SQLite's GROUP BY on a bucket expression or on key_id sorts every row in a
// temporary b-tree first, three to ten times slower on a year of minutes (bench/bench_usage).
// Memory stays proportional to buckets and keys, never to rows.
class UsageQuery final
{
public:
    explicit UsageQuery(Workspace& ws);

    // The minute range holding data for the filter's project and keys, nullopt when none.
    Result<std::optional<std::pair<qint64, qint64>>> dataExtent(const UsageFilter& filter);
    // Counts per bucket; an open range is closed at the data's extent.
    Result<UsageSeries> series(const UsageFilter& filter, Bucket bucket);
    Result<UsageAggregate> aggregate(const UsageFilter& filter, Bucket bucket, bool withKeys);
    Result<OutcomeCounts> totals(const UsageFilter& filter);
    // The filter's range (which must be closed) against the same length just before it.
    Result<UsageTrend> trend(const UsageFilter& filter);
    // Every key with requests in the range, unknown keys as one row; sort with topKeys().
    Result<std::vector<KeyUsage>> keyTotals(const UsageFilter& filter);
    Result<std::vector<UsageFinding>> findings(const QString& projectId = {});
    Result<std::vector<ImportedFile>> files(const QString& projectId = {});
    Result<RevokeSafety> revokeSafety(const KeyRecord& key);

private:
    Workspace& m_ws;
};

// The keys with the most requests of this outcome, at most `limit`, those with none left out.
std::vector<KeyUsage> topKeys(std::vector<KeyUsage> keys, Outcome by, int limit);
qint64 totalOf(const OutcomeCounts& counts);
// good, warning, bad, no_data: the tokens the CLI's JSON and the exports print.
QStringView healthLevelName(HealthLevel level);
QDateTime minuteTime(qint64 minute);
qint64 minuteOf(const QDateTime& t);

} // namespace kw
