// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/Context.h"
#include "core/Tr.h"
#include "reports/KeyImport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kw::cli {

namespace {

void setup(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("The project the keys join."), tr("PROJECT")));
    p.addOption(valueOption(QStringLiteral("format"), tr("aws (default), mapped or hashes."), tr("FORMAT")));
    p.addOption(valueOption(QStringLiteral("map"),
                            tr("For mapped: field=Column,… (name, key or hash, owner, "
                               "env, notes, enabled, scopes, models, expires)."),
                            tr("MAP")));
    p.addOption(valueOption(QStringLiteral("env"), tr("live (default) or test, for keys that do not say."),
                            tr("ENV")));
    p.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Check every line; add nothing.")));
}

QJsonArray linesJson(const QList<ImportLine>& lines)
{
    QJsonArray a;
    for (const ImportLine& l : lines) {
        a.append(QJsonObject{{QStringLiteral("line"), l.line}, {QStringLiteral("reason"), l.reason}});
    }
    return a;
}

int run(Context& c)
{
    if (c.positional().size() != 1) {
        return c.usage(tr("key import takes one FILE."));
    }
    KeyImportOptions options;
    options.project = c.args().value(QStringLiteral("project"));
    if (options.project.isEmpty()) {
        return c.usage(tr("--project is required: the keys join one project."));
    }
    QString format = c.args().value(QStringLiteral("format"));
    if (format.isEmpty()) {
        format = QStringLiteral("aws");
    }
    const std::optional<KeyImportFormat> f = keyImportFormatFromName(format);
    if (!f) {
        return c.usage(tr("--format is aws, mapped or hashes, not '%1'.").arg(format));
    }
    options.format = *f;
    const QString map = c.args().value(QStringLiteral("map"));
    if (options.format == KeyImportFormat::Mapped) {
        Result<QHash<QString, QString>> parsed = parseImportMap(map);
        if (!parsed) {
            return c.usage(parsed.error().message);
        }
        options.map = *parsed;
    } else if (!map.isEmpty()) {
        return c.usage(tr("--map goes with --format mapped."));
    }
    if (const QString env = c.args().value(QStringLiteral("env")); !env.isEmpty()) {
        const std::optional<Env> e = envFromName(env);
        if (!e) {
            return c.usage(tr("--env is live or test, not '%1'.").arg(env));
        }
        options.defaultEnv = *e;
    }
    options.dryRun = c.args().isSet(QStringLiteral("dry-run"));
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    const QString file = c.positional().at(0);
    Result<KeyImportResult> r = importKeys(**inv, file, options);
    if (!r) {
        return c.fail(r.error());
    }
    const bool refused = !r->refused.isEmpty();
    if (c.json()) {
        QJsonArray added;
        for (const KeyRecord& k : std::as_const(r->added)) {
            added.append(QJsonObject{{QStringLiteral("id"), k.id},
                                     {QStringLiteral("hint"), k.hint},
                                     {QStringLiteral("name"), k.name},
                                     {QStringLiteral("status"), statusName(k.status).toString()}});
        }
        c.printJson(QJsonObject{{QStringLiteral("committed"), r->committed},
                                {QStringLiteral("dry_run"), options.dryRun},
                                {QStringLiteral("added"), added},
                                {QStringLiteral("skipped"), linesJson(r->skipped)},
                                {QStringLiteral("refused"), linesJson(r->refused)}});
    } else {
        for (const ImportLine& l : std::as_const(r->refused)) {
            c.err() << file << ':' << l.line << ": " << tr("refused: %1").arg(l.reason) << Qt::endl;
        }
        for (const ImportLine& l : std::as_const(r->skipped)) {
            c.err() << file << ':' << l.line << ": " << tr("skipped: %1").arg(l.reason) << Qt::endl;
        }
        for (const KeyRecord& k : std::as_const(r->added)) {
            c.out() << k.id << '\t' << k.hint << '\t' << statusName(k.status) << '\t' << k.name << Qt::endl;
        }
        const QString verdict =
            refused          ? tr("Nothing imported: %n line(s) refused.", nullptr, int(r->refused.size()))
            : options.dryRun ? tr("Dry run: nothing imported.")
                             : tr("Imported.");
        const QString counts =
            options.dryRun && !refused
                ? tr("%1 %2 to add, %3 skipped (already there), %4 refused, of %5 line(s).")
                : tr("%1 %2 added, %3 skipped (already there), %4 refused, of %5 line(s).");
        c.err() << counts.arg(verdict)
                       .arg(r->added.size())
                       .arg(r->skipped.size())
                       .arg(r->refused.size())
                       .arg(r->rows)
                << Qt::endl;
    }
    return refused ? ExitFailure : ExitOk;
}

} // namespace

Command keyImportCommand()
{
    return {QStringLiteral("key"),
            QStringLiteral("import"),
            tr("Import keys from CSV (AWS, mapped, or SHA-256 hashes); all or nothing."),
            tr("FILE"),
            setup,
            run};
}

} // namespace kw::cli
