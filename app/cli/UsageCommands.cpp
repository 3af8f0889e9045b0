// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/Table.h"
#include "core/Tr.h"
#include "usage/query/UsageQuery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kw::cli {

namespace {

// The CLI prints a table: a range is split into at most this many buckets unless --by says otherwise.
constexpr int MaxTableBuckets = 200;

QJsonObject countsJson(const OutcomeCounts& counts)
{
    QJsonObject o;
    for (int i = 0; i < OutcomeCount; ++i) {
        o.insert(outcomeName(Outcome(i)).toString(), counts[std::size_t(i)]);
    }
    o.insert(QStringLiteral("total"), totalOf(counts));
    return o;
}

QJsonObject healthJson(const Health& h)
{
    return {{QStringLiteral("total"), h.total},
            {QStringLiteral("invalid_key_rate"), h.invalidKeyRate},
            {QStringLiteral("invalid_level"), healthLevelName(h.invalidLevel).toString()},
            {QStringLiteral("success_rate"), h.successRate},
            {QStringLiteral("success_level"), healthLevelName(h.successLevel).toString()}};
}

QStringList countCells(const OutcomeCounts& counts)
{
    QStringList cells;
    for (const qint64 n : counts) {
        cells.append(QString::number(n));
    }
    cells.append(QString::number(totalOf(counts)));
    return cells;
}

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 2) + QStringLiteral(" %");
}

bool readMinute(Context& c, const QString& option, std::optional<qint64>& into)
{
    QDateTime t;
    if (!readTimeOption(c, option, t)) {
        return false;
    }
    if (t.isValid()) {
        into = minuteOf(t);
    }
    return true;
}

void printHealth(Context& c, const QString& label, const Health& h)
{
    if (h.total == 0) {
        c.out() << label << ": " << tr("no requests") << Qt::endl;
        return;
    }
    c.out() << label << ": "
            << tr("invalid-key rate %1 (%2), success rate %3 (%4), %5 requests")
                   .arg(percent(h.invalidKeyRate), healthLevelName(h.invalidLevel), percent(h.successRate),
                        healthLevelName(h.successLevel))
                   .arg(h.total)
            << Qt::endl;
}

int summary(Context& c)
{
    UsageFilter filter;
    if (!readMinute(c, QStringLiteral("since"), filter.fromMinute) ||
        !readMinute(c, QStringLiteral("until"), filter.toMinute)) {
        return ExitUsage;
    }
    std::optional<Bucket> bucket;
    if (const QString by = c.args().value(QStringLiteral("by")); !by.isEmpty()) {
        bucket = bucketFromName(by);
        if (!bucket) {
            return c.usage(tr("--by takes minute, hour, day or week, not '%1'.").arg(by));
        }
    }
    const QString projectName = c.args().value(QStringLiteral("project"));
    if (projectName.isEmpty()) {
        return c.usage(tr("usage summary needs --project."));
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<Project> project = (*inv)->project(projectName);
    if (!project) {
        return c.fail(project.error());
    }
    filter.projectId = project->id;
    for (const QString& reference : c.listOption(QStringLiteral("key"))) {
        Result<KeyRecord> k = c.resolveKey(**inv, reference);
        if (!k) {
            return c.fail(k.error());
        }
        if (k->projectId != project->id) {
            return c.fail(makeError(ErrorCode::Invalid,
                                    tr("The key %1 is not in the project %2.").arg(k->id, project->name)));
        }
        filter.keyIds.append(k->id);
    }
    UsageQuery query((*inv)->workspace());
    // An open end is closed at the data, so the trend compares like with like.
    if (!filter.fromMinute || !filter.toMinute) {
        Result<std::optional<std::pair<qint64, qint64>>> extent = query.dataExtent(filter);
        if (!extent) {
            return c.fail(extent.error());
        }
        if (*extent) {
            filter.fromMinute = filter.fromMinute.value_or((*extent)->first);
            filter.toMinute = filter.toMinute.value_or((*extent)->second + 1);
        }
    }
    if (filter.fromMinute && filter.toMinute && *filter.toMinute < *filter.fromMinute) {
        return c.usage(tr("--until is before --since."));
    }
    const qint64 length = filter.fromMinute && filter.toMinute ? *filter.toMinute - *filter.fromMinute : 0;
    const Bucket by = bucket.value_or(autoBucket(length, MaxTableBuckets));
    Result<UsageSeries> series = query.series(filter, by);
    if (!series) {
        return c.fail(series.error());
    }
    Result<UsageTrend> trend = query.trend(filter);
    if (!trend) {
        return c.fail(trend.error());
    }

    if (c.json()) {
        QJsonArray buckets;
        for (const UsagePoint& p : series->points) {
            QJsonObject o = countsJson(p.counts);
            o.insert(QStringLiteral("start"), toIso(minuteTime(p.minute)));
            buckets.append(o);
        }
        QJsonArray keys;
        for (const QString& id : std::as_const(filter.keyIds)) {
            keys.append(id);
        }
        c.printJson(QJsonObject{
            {QStringLiteral("project"), project->name},
            {QStringLiteral("project_id"), project->id},
            {QStringLiteral("keys"), keys},
            {QStringLiteral("from"), toIso(minuteTime(series->fromMinute))},
            {QStringLiteral("to"), toIso(minuteTime(series->toMinute))},
            {QStringLiteral("bucket"), bucketName(by).toString()},
            {QStringLiteral("buckets"), buckets},
            {QStringLiteral("totals"), countsJson(series->totals)},
            {QStringLiteral("health"), healthJson(trend->current)},
            {QStringLiteral("previous"),
             trend->previous.total > 0 ? QJsonValue(healthJson(trend->previous)) : QJsonValue()},
        });
        return ExitOk;
    }
    if (series->points.empty()) {
        c.out() << tr("No requests in %1 for this range.").arg(project->name) << Qt::endl;
        return ExitOk;
    }
    QStringList headers{tr("%1 (UTC)").arg(bucketName(by).toString().toUpper())};
    for (int i = 0; i < OutcomeCount; ++i) {
        headers.append(outcomeName(Outcome(i)).toString().toUpper());
    }
    headers.append(tr("TOTAL"));
    Table table(headers);
    for (const UsagePoint& p : series->points) {
        table.add(QStringList{toIso(minuteTime(p.minute))} + countCells(p.counts));
    }
    table.add(QStringList{tr("all")} + countCells(series->totals));
    table.print(c.out());
    c.out() << Qt::endl;
    printHealth(c, tr("Health"), trend->current);
    printHealth(c, tr("Previous period"), trend->previous);
    c.out() << tr("Thresholds: invalid-key rate good below 1 %, bad above 5 %; success rate good above 99 %, "
                  "bad below 95 %.")
            << Qt::endl;
    return ExitOk;
}

QString findingLabel(const QString& kind)
{
    if (kind == QLatin1String("plaintext_key")) {
        return tr("log contains plaintext keys");
    }
    if (kind == QLatin1String("accepted_expired")) {
        return tr("gateway accepted an expired key");
    }
    if (kind == QLatin1String("accepted_revoked")) {
        return tr("gateway accepted a revoked key");
    }
    return kind;
}

int findings(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    QString projectId;
    QHash<QString, QString> names;
    if (const QString name = c.args().value(QStringLiteral("project")); !name.isEmpty()) {
        Result<Project> p = (*inv)->project(name);
        if (!p) {
            return c.fail(p.error());
        }
        projectId = p->id;
    }
    if (Result<QList<Project>> all = (*inv)->projects(); all) {
        for (const Project& p : std::as_const(*all)) {
            names.insert(p.id, p.name);
        }
    }
    Result<std::vector<UsageFinding>> found = UsageQuery((*inv)->workspace()).findings(projectId);
    if (!found) {
        return c.fail(found.error());
    }
    if (c.json()) {
        QJsonArray array;
        for (const UsageFinding& f : *found) {
            array.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                     {QStringLiteral("project"), names.value(f.projectId, f.projectId)},
                                     {QStringLiteral("file"), f.filePath},
                                     {QStringLiteral("line"), f.line},
                                     {QStringLiteral("at"), toIso(f.at)},
                                     {QStringLiteral("key_id"), f.keyId},
                                     {QStringLiteral("key_hint"), f.keyHint},
                                     {QStringLiteral("count"), f.count}});
        }
        c.printJson(array);
        return ExitOk;
    }
    if (found->empty()) {
        c.out() << tr("No findings in the imported logs.") << Qt::endl;
        return ExitOk;
    }
    Table table({tr("FINDING"), tr("PROJECT"), tr("WHERE"), tr("TIME"), tr("KEY"), tr("LINES")});
    for (const UsageFinding& f : *found) {
        table.add({findingLabel(f.kind), names.value(f.projectId, f.projectId),
                   QStringLiteral("%1:%2").arg(f.filePath).arg(f.line), toIso(f.at),
                   f.keyHint.isEmpty() ? (f.keyId.isEmpty() ? QStringLiteral("-") : f.keyId) : f.keyHint,
                   QString::number(f.count)});
    }
    table.print(c.out());
    return ExitOk;
}

void setupSummary(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("The project (required)."), tr("PROJECT")));
    p.addOption(valueOption(QStringLiteral("key"),
                            tr("Only these keys (id or hint; repeat or comma-separate)."), tr("KEY")));
    p.addOption(
        valueOption(QStringLiteral("since"), tr("From this time (ISO 8601, inclusive)."), tr("TIME")));
    p.addOption(valueOption(QStringLiteral("until"), tr("Up to this time (exclusive)."), tr("TIME")));
    p.addOption(valueOption(QStringLiteral("by"),
                            tr("Bucket size: minute, hour, day or week (default: chosen "
                               "from the range)."),
                            tr("BUCKET")));
}

void setupFindings(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("Only this project."), tr("PROJECT")));
}

} // namespace

QList<Command> usageCommands()
{
    const QString usage = QStringLiteral("usage");
    return {
        {usage,
         QStringLiteral("summary"),
         tr("Requests per outcome and time bucket, with the health figures."),
         {},
         setupSummary,
         summary},
        {usage,
         QStringLiteral("findings"),
         tr("Plaintext keys in logs and gateways that accepted expired or revoked keys."),
         {},
         setupFindings,
         findings},
    };
}

} // namespace kw::cli
