// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Time.h"
#include "reports/ReportRun.h"
#include "store/Cursor.h"
#include "usage/UsageHours.h"
#include "usage/query/Health.h"

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
    // Schema 6: usage_hours rows per (slot, hour), a slot being a (project, key) of usage_slots,
    // read cell by cell (UsageHours.h) and summed per (bucket, project, key) here. Buckets are
    // floor(minute / per): epoch-aligned, whole hours for an hour or more.
    QString where = QStringLiteral(" 1=1");
    QVariantList binds;
    if (!filter.projectId.isEmpty()) {
        where += QStringLiteral(" AND s.project_id = ?");
        binds.append(filter.projectId);
    }
    if (!filter.keyId.isEmpty()) {
        where += QStringLiteral(" AND s.key_id = ?");
        binds.append(filter.keyId);
    }
    QHash<qint64, BucketRow> slots; // slot → its project's name, key id and hint
    {
        Cursor slot(
            ws,
            QStringLiteral("SELECT s.id, coalesce(p.name, s.project_id), s.key_id, coalesce(k.hint, ''),"
                           " s.project_id FROM usage_slots s LEFT JOIN projects p ON p.id = s.project_id"
                           " LEFT JOIN keys k ON k.id = s.key_id WHERE") +
                where,
            binds);
        while (slot.next()) {
            slots.insert(slot.integer(0),
                         BucketRow{0, slot.text(1), slot.text(2), slot.text(3), {}, slot.text(4)});
        }
        if (Result<void> r = slot.status(); !r) {
            return r.error();
        }
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
    Result<void> read = readUsageCells(ws, where, binds, from, to, detail, [&](const UsageCell& cell) {
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
    QString sql = QStringLiteral(
        "SELECT f.kind, coalesce(p.name, f.project_id), uf.path, f.line, f.at, f.key_id, coalesce(k.hint, "
        "''),"
        " f.count FROM usage_findings f JOIN usage_files uf ON uf.id = f.file_id"
        " LEFT JOIN projects p ON p.id = f.project_id LEFT JOIN keys k ON k.id = f.key_id WHERE 1=1");
    QVariantList binds;
    if (!filter.projectId.isEmpty()) {
        sql += QStringLiteral(" AND f.project_id = ?");
        binds.append(filter.projectId);
    }
    if (!filter.keyId.isEmpty()) {
        sql += QStringLiteral(" AND f.key_id = ?");
        binds.append(filter.keyId);
    }
    if (!filter.kind.isEmpty()) {
        sql += QStringLiteral(" AND f.kind = ?");
        binds.append(filter.kind);
    }
    sql += QStringLiteral(" ORDER BY f.at, f.id");
    Cursor row(ws, sql, binds);
    if (Result<void> r = row.status(); !r) {
        return r.error();
    }
    ReportRun run(options);
    if (Result<void> r = run.open({QStringLiteral("kind"), QStringLiteral("project"), QStringLiteral("file"),
                                   QStringLiteral("line"), QStringLiteral("time"), QStringLiteral("key_id"),
                                   QStringLiteral("key_hint"), QStringLiteral("count")});
        !r) {
        return r.error();
    }
    CsvWriter& csv = run.csv();
    while (row.next()) {
        csv.text(row.text(0));
        csv.text(row.text(1));
        csv.text(row.text(2));
        csv.number(row.integer(3));
        csv.text(toIso(fromMs(row.integer(4))));
        csv.text(row.text(5));
        csv.text(row.text(6));
        csv.number(row.integer(7));
        if (!run.rowDone()) {
            break;
        }
    }
    return run.finish({}, row.status());
}

} // namespace kw
