// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Time.h"
#include "reports/ReportRun.h"
#include "store/Cursor.h"
#include "usage/Health.h"

namespace kw {

namespace {

struct BucketRow
{
    qint64 bucket = -1;
    QString project;
    QString keyId;
    QString hint;
    OutcomeCounts counts{};
};

} // namespace

Result<ExportSummary> exportUsage(Workspace& ws, const UsageReportFilter& filter,
                                  const ExportOptions& options)
{
    const qint64 per = bucketMinutes(filter.bucket);
    // Schema 4: one usage_counts row per (slot, minute) with its six counts; a slot is a
    // (project, key) of usage_slots.
    QString sql =
        QStringLiteral(
            "SELECT u.minute / %1 AS b, coalesce(p.name, s.project_id), s.key_id, coalesce(k.hint, '')")
            .arg(per) +
        u", " + usageCountColumns(u"sum") +
        QStringLiteral(
            " FROM usage_slots s JOIN usage_counts u ON u.slot = s.id"
            " LEFT JOIN projects p ON p.id = s.project_id LEFT JOIN keys k ON k.id = s.key_id WHERE 1=1");
    QVariantList binds;
    if (!filter.projectId.isEmpty()) {
        sql += QStringLiteral(" AND s.project_id = ?");
        binds.append(filter.projectId);
    }
    if (!filter.keyId.isEmpty()) {
        sql += QStringLiteral(" AND s.key_id = ?");
        binds.append(filter.keyId);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND u.minute >= ?");
        binds.append(toMs(filter.from) / 60000);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND u.minute < ?");
        binds.append((toMs(filter.to) + 59999) / 60000);
    }
    sql += QStringLiteral(" GROUP BY b, s.project_id, s.key_id ORDER BY b, s.project_id, s.key_id");
    Cursor row(ws, sql, binds);
    if (Result<void> r = row.status(); !r) {
        return r.error();
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
    BucketRow current;
    const auto emit = [&]() -> bool {
        if (current.bucket < 0) {
            return true;
        }
        csv.text(toIso(fromMs(current.bucket * per * 60000)));
        csv.text(bucket);
        csv.text(current.project);
        csv.text(current.keyId);
        csv.text(current.hint);
        qint64 total = 0;
        for (const qint64 c : current.counts) {
            csv.number(c);
            total += c;
        }
        const Health h = healthOf(current.counts);
        csv.number(total);
        csv.decimal(h.invalidKeyRate, 6);
        csv.decimal(h.successRate, 6);
        csv.text(healthLevelName(h.invalidLevel));
        csv.text(healthLevelName(h.successLevel));
        return run.rowDone();
    };
    bool writing = true;
    while (writing && row.next()) {
        writing = emit();
        current = BucketRow{row.integer(0), row.text(1), row.text(2), row.text(3), {}};
        for (int o = 0; o < OutcomeCount; ++o) {
            current.counts[std::size_t(o)] = row.integer(4 + o);
        }
    }
    if (writing) {
        emit();
    }
    return run.finish({}, row.status());
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
