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
    QString sql =
        QStringLiteral(
            "SELECT m.minute / %1 AS b, coalesce(p.name, m.project_id), m.key_id, coalesce(k.hint, ''),"
            " m.outcome, sum(m.count) FROM usage_minutes m"
            " LEFT JOIN projects p ON p.id = m.project_id LEFT JOIN keys k ON k.id = m.key_id WHERE 1=1")
            .arg(per);
    QVariantList binds;
    if (!filter.projectId.isEmpty()) {
        sql += QStringLiteral(" AND m.project_id = ?");
        binds.append(filter.projectId);
    }
    if (!filter.keyId.isEmpty()) {
        sql += QStringLiteral(" AND m.key_id = ?");
        binds.append(filter.keyId);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND m.minute >= ?");
        binds.append(toMs(filter.from) / 60000);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND m.minute < ?");
        binds.append((toMs(filter.to) + 59999) / 60000);
    }
    sql += QStringLiteral(
        " GROUP BY b, m.project_id, m.key_id, m.outcome ORDER BY b, m.project_id, m.key_id, m.outcome");
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
        const qint64 b = row.integer(0);
        const QString project = row.text(1);
        const QString key = row.text(2);
        if (b != current.bucket || project != current.project || key != current.keyId) {
            writing = emit();
            current = BucketRow{b, project, key, row.text(3), {}};
        }
        const qint64 outcome = row.integer(4);
        if (outcome >= 0 && outcome < OutcomeCount) {
            current.counts[std::size_t(outcome)] += row.integer(5);
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
