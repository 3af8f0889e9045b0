// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Time.h"
#include "reports/ReportRun.h"
#include "usage/UsageHours.h"
#include "usage/query/Health.h"
#include "usage/query/UsageListing.h"

#include <QHash>
#include <map>
#include <tuple>

namespace kw {

namespace {

struct BucketRow
{
    qint64 bucket = -1;
    QString project; // its name
    QString keyId;
    QString hint;
    OutcomeCounts counts{};
    QString projectId;
};

} // namespace

Result<ExportSummary> exportUsage(Workspace& ws, const UsageReportFilter& filter,
                                  const ExportOptions& options)
{
    const qint64 per = bucketMinutes(filter.bucket);
    // Buckets are floor(minute / per): epoch-aligned, whole hours for an hour or more. Usage is
    // read cell by cell (UsageHours.h) and summed per (bucket, project, key) here.
    const UsageSlotFilter slotFilter{filter.projectId, filter.keyId};
    QHash<qint64, BucketRow> slots; // slot → its project's name, key id and hint
    if (Result<void> r = readUsageSlots(
            ws, slotFilter,
            [&](UsageSlotInfo&& s) {
                slots.insert(s.slot, BucketRow{0, s.projectName, s.keyId, s.keyHint, {}, s.projectId});
            });
        !r) {
        return r.error();
    }
    std::optional<qint64> from;
    std::optional<qint64> to;
    if (filter.from.isValid()) {
        from = toMs(filter.from) / 60000;
    }
    if (filter.to.isValid()) {
        to = (toMs(filter.to) + 59999) / 60000;
    }
    // Ordered as the CSV is: bucket, then project id, then key id.
    std::map<std::tuple<qint64, QString, QString>, BucketRow> buckets;
    const UsageDetail detail = per % 60 == 0 ? UsageDetail::WholeHours : UsageDetail::Minutes;
    Result<void> read = readSlotUsage(ws, slotFilter, from, to, detail, [&](const UsageCell& cell) {
        const BucketRow& slot = slots[cell.slot];
        const qint64 b = floorDiv(cell.minute, per);
        const auto [at, added] = buckets.try_emplace({b, slot.projectId, slot.keyId}, slot);
        BucketRow& row = at->second;
        row.bucket = b;
        for (std::size_t o = 0; o < row.counts.size(); ++o) {
            row.counts[o] += cell.counts[o];
        }
    });
    if (!read) {
        return read.error();
    }
    ReportRun run(options);
    QStringList header{QStringLiteral("bucket_start"), QStringLiteral("bucket"), QStringLiteral("project"),
                       QStringLiteral("key_id"), QStringLiteral("key_hint")};
    for (int o = 0; o < OutcomeCount; ++o) {
        header.append(outcomeName(Outcome(o)).toString());
    }
    header << QStringLiteral("total") << QStringLiteral("invalid_key_rate") << QStringLiteral("success_rate")
           << QStringLiteral("invalid_key_health") << QStringLiteral("success_health");
    if (Result<void> r = run.open(header); !r) {
        return r.error();
    }
    const QString bucket = bucketName(filter.bucket).toString();
    CsvWriter& csv = run.csv();
    const auto emit = [&](const BucketRow& row) -> bool {
        csv.text(toIso(fromMs(row.bucket * per * 60000)));
        csv.text(bucket);
        csv.text(row.project);
        csv.text(row.keyId);
        csv.text(row.hint);
        qint64 total = 0;
        for (const qint64 c : row.counts) {
            csv.number(c);
            total += c;
        }
        const Health h = healthOf(row.counts);
        csv.number(total);
        csv.decimal(h.invalidKeyRate, 6);
        csv.decimal(h.successRate, 6);
        csv.text(healthLevelName(h.invalidLevel));
        csv.text(healthLevelName(h.successLevel));
        return run.rowDone();
    };
    for (const auto& [key, row] : buckets) {
        if (!emit(row)) {
            break;
        }
    }
    return run.finish({}, Result<void>());
}

Result<ExportSummary> exportFindings(Workspace& ws, const FindingsReportFilter& filter,
                                     const ExportOptions& options)
{
    ReportRun run(options);
    if (Result<void> r = run.open({QStringLiteral("kind"), QStringLiteral("project"), QStringLiteral("file"),
                                   QStringLiteral("line"), QStringLiteral("time"), QStringLiteral("key_id"),
                                   QStringLiteral("key_hint"), QStringLiteral("count")});
        !r) {
        return r.error();
    }
    CsvWriter& csv = run.csv();
    const Result<void> read =
        readFindingRows(ws, {filter.projectId, filter.keyId, filter.kind}, [&](const FindingRow& f) {
            csv.text(f.kind);
            csv.text(f.projectName);
            csv.text(f.filePath);
            csv.number(f.line);
            csv.text(toIso(fromMs(f.atMs)));
            csv.text(f.keyId);
            csv.text(f.keyHint);
            csv.number(f.count);
            return run.rowDone();
        });
    return run.finish({}, read);
}

} // namespace kw
