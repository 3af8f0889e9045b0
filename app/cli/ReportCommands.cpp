// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/Context.h"
#include "core/Tr.h"
#include "reports/Report.h"

#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace kw::cli {

namespace {

// Resolves --project and --key to ids; false after reporting why not.
bool resolveScope(Context& c, Inventory& inv, QString& projectId, QString& keyId, int& exit)
{
    if (const QString project = c.args().value(QStringLiteral("project")); !project.isEmpty()) {
        Result<Project> p = inv.project(project);
        if (!p) {
            exit = c.fail(p.error());
            return false;
        }
        projectId = p->id;
    }
    if (const QString key = c.args().value(QStringLiteral("key")); !key.isEmpty()) {
        Result<KeyRecord> k = c.resolveKey(inv, key);
        if (!k) {
            exit = c.fail(k.error());
            return false;
        }
        keyId = k->id;
    }
    return true;
}

// --out, --bom, --digest, and a progress line when stderr is a terminal.
bool readExportOptions(Context& c, ExportOptions& options)
{
    options.path = c.args().value(QStringLiteral("out"));
    if (options.path.isEmpty()) {
        c.usage(tr("--out FILE is required (--out - writes to standard output)."));
        return false;
    }
    options.bom = c.args().isSet(QStringLiteral("bom"));
    options.digest = c.args().isSet(QStringLiteral("digest"));
    if (options.digest && options.path == QLatin1String("-")) {
        c.usage(tr("--digest needs --out FILE: the digest is written beside it."));
        return false;
    }
    if (isatty(STDERR_FILENO)) {
        options.progress = [](qint64 rows) {
            std::fprintf(stderr, "\r%lld rows…", static_cast<long long>(rows));
            std::fflush(stderr);
        };
    }
    return true;
}

int finish(Context& c, const ExportOptions& options, const Result<ExportSummary>& summary)
{
    if (options.progress) {
        std::fputs("\r\033[K", stderr);
    }
    if (!summary) {
        return c.fail(summary.error());
    }
    const QString where = options.path == QLatin1String("-") ? tr("standard output") : options.path;
    if (c.json() && options.path != QLatin1String("-")) {
        QJsonObject o{{QStringLiteral("rows"), summary->rows}, {QStringLiteral("file"), options.path}};
        if (!summary->digestPath.isEmpty()) {
            o.insert(QStringLiteral("digest"), summary->digestPath);
        }
        if (summary->chainChecked) {
            o.insert(QStringLiteral("chain_ok"), summary->chainOk);
            o.insert(QStringLiteral("chain"), summary->chainMessage);
        }
        c.printJson(o);
    } else {
        c.err() << tr("Wrote %n row(s) to %1.", nullptr, int(summary->rows)).arg(where) << Qt::endl;
        if (summary->chainChecked) {
            c.err() << tr("Audit %1.").arg(summary->chainMessage) << Qt::endl;
        }
        if (!summary->digestPath.isEmpty()) {
            c.err() << tr("Digest: %1 (check with sha256sum -c).").arg(summary->digestPath) << Qt::endl;
        }
    }
    return summary->chainOk ? ExitOk : ExitFailure;
}

// The scoped reports share their steps: options, the workspace, --project/--key, the export.
template<typename Filter, typename Export>
int exportScoped(Context& c, Filter& filter, Export&& exportRows)
{
    ExportOptions options;
    if (!readExportOptions(c, options)) {
        return ExitUsage;
    }
    if constexpr (requires { filter.from; }) {
        if (!readTimeOption(c, QStringLiteral("since"), filter.from) ||
            !readTimeOption(c, QStringLiteral("until"), filter.to)) {
            return ExitUsage;
        }
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    int exit = ExitOk;
    if (!resolveScope(c, **inv, filter.projectId, filter.keyId, exit)) {
        return exit;
    }
    return finish(c, options, exportRows((*inv)->workspace(), filter, options));
}

void addExportOptions(QCommandLineParser& p)
{
    p.addOption(
        valueOption(QStringLiteral("out"), tr("The CSV file to write; - for standard output."), tr("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("bom"), tr("Start with a UTF-8 BOM (for Excel).")));
    p.addOption(
        QCommandLineOption(QStringLiteral("digest"), tr("Also write FILE.sha256 (sha256sum format).")));
}

void setupAudit(QCommandLineParser& p)
{
    addAuditFilterOptions(p);
    addExportOptions(p);
}

int audit(Context& c)
{
    if (c.args().isSet(QStringLiteral("limit"))) {
        // A report is the whole filtered range: a cut-off export would look complete.
        return c.usage(tr("report audit has no --limit; narrow it with --since and --until."));
    }
    AuditReportFilter filter;
    filter.actor = c.args().value(QStringLiteral("actor-name"));
    filter.action = c.args().value(QStringLiteral("action"));
    return exportScoped(c, filter, exportAudit);
}

void setupInventory(QCommandLineParser& p)
{
    addKeyFilterOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("with-hashes"),
                                   tr("Add each key's SHA-256 (never the key itself).")));
    addExportOptions(p);
}

int inventory(Context& c)
{
    ExportOptions options;
    KeyFilter filter;
    if (!readKeyFilter(c, filter) || !readExportOptions(c, options)) {
        return ExitUsage;
    }
    Result<Inventory*> inv = openForKeyFilter(c, filter);
    if (!inv) {
        return c.fail(inv.error());
    }
    return finish(c, options,
                  exportInventory(**inv, filter, c.args().isSet(QStringLiteral("with-hashes")), options));
}

void setupUsage(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("Only this project."), tr("PROJECT")));
    p.addOption(valueOption(QStringLiteral("key"), tr("Only this key."), tr("KEY")));
    p.addOption(
        valueOption(QStringLiteral("since"), tr("From this time (ISO 8601, inclusive)."), tr("TIME")));
    p.addOption(valueOption(QStringLiteral("until"), tr("Up to this time (exclusive)."), tr("TIME")));
    p.addOption(valueOption(QStringLiteral("bucket"), tr("minute, hour (default) or day."), tr("BUCKET")));
    addExportOptions(p);
}

int usage(Context& c)
{
    UsageReportFilter filter;
    if (const QString b = c.args().value(QStringLiteral("bucket")); !b.isEmpty()) {
        const std::optional<Bucket> bucket = bucketFromName(b);
        if (!bucket || *bucket == Bucket::Week) {
            return c.usage(tr("--bucket is minute, hour or day, not '%1'.").arg(b));
        }
        filter.bucket = *bucket;
    }
    return exportScoped(c, filter, exportUsage);
}

void setupFindings(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("Only this project."), tr("PROJECT")));
    p.addOption(valueOption(QStringLiteral("key"), tr("Only this key."), tr("KEY")));
    p.addOption(valueOption(QStringLiteral("kind"),
                            tr("plaintext_key, accepted_expired or accepted_revoked."), tr("KIND")));
    addExportOptions(p);
}

int findings(Context& c)
{
    FindingsReportFilter filter;
    filter.kind = c.args().value(QStringLiteral("kind"));
    return exportScoped(c, filter, exportFindings);
}

} // namespace

QList<Command> reportCommands()
{
    const QString report = QStringLiteral("report");
    return {
        {report,
         QStringLiteral("audit"),
         tr("Export audit events to CSV, verifying the chain."),
         {},
         setupAudit,
         audit},
        {report,
         QStringLiteral("inventory"),
         tr("Export keys and their state to CSV."),
         {},
         setupInventory,
         inventory},
        {report,
         QStringLiteral("usage"),
         tr("Export usage per bucket, key and outcome to CSV."),
         {},
         setupUsage,
         usage},
        {report,
         QStringLiteral("findings"),
         tr("Export log findings (file, line, key) to CSV."),
         {},
         setupFindings,
         findings},
    };
}

} // namespace kw::cli
