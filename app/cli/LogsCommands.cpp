// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/Table.h"
#include "core/Tr.h"
#include "store/Cursor.h"
#include "usage/import/FieldMapping.h"
#include "usage/import/ImportJob.h"
#include "usage/query/UsageListing.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

namespace kw::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

QJsonObject summaryJson(const FileSummary& s)
{
    QJsonObject rejected;
    for (int r = 0; r < RejectReasonCount; ++r) {
        if (const qint64 n = s.rejectedBy[std::size_t(r)]; n > 0) {
            rejected.insert(rejectReasonName(static_cast<RejectReason>(r)).toString(), n);
        }
    }
    return {{QStringLiteral("path"), s.path},
            {QStringLiteral("format"), s.format},
            {QStringLiteral("state"), FileSummary::stateName(s.state).toString()},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("explanation"), s.explanation},
            {QStringLiteral("resumed_from"), s.resumedFrom},
            {QStringLiteral("lines"), s.lines},
            {QStringLiteral("imported"), s.imported},
            {QStringLiteral("anonymous"), s.anonymous},
            {QStringLiteral("rejected"), s.rejected},
            {QStringLiteral("rejected_by_reason"), rejected},
            {QStringLiteral("rejected_samples"), QJsonArray::fromStringList(s.rejectSamples)},
            {QStringLiteral("findings"), s.findings},
            {QStringLiteral("earlier_findings"), s.earlierFindings},
            {QStringLiteral("held_back_lines"), s.heldBackBytes > 0 ? 1 : 0},
            {QStringLiteral("held_back_bytes"), s.heldBackBytes},
            {QStringLiteral("bytes"), s.bytes},
            {QStringLiteral("elapsed_ms"), s.elapsedMs}};
}

QString stateText(const FileSummary& s)
{
    switch (s.state) {
    case FileSummary::State::Imported:
        return tr("imported");
    case FileSummary::State::AlreadyImported:
        return tr("already imported, nothing new");
    case FileSummary::State::Resumed:
        return tr("resumed at byte %1").arg(s.resumedFrom);
    case FileSummary::State::Refused:
        return tr("REFUSED");
    case FileSummary::State::NothingCounted:
        return tr("NOTHING COUNTED");
    }
    return {};
}

void printSummary(QTextStream& out, const FileSummary& s, bool explain)
{
    out << s.path << QLatin1String(": ") << stateText(s);
    if (!s.format.isEmpty()) {
        out << QLatin1String(" (") << s.format << QLatin1Char(')');
    }
    out << Qt::endl;
    if (explain && !s.explanation.isEmpty()) {
        out << QLatin1String("  ") << tr("format: %1").arg(s.explanation) << Qt::endl;
    }
    if (!s.reason.isEmpty()) {
        out << QLatin1String("  ") << s.reason << Qt::endl;
    }
    if (s.heldBackBytes > 0) {
        out << QLatin1String("  ")
            << tr("1 unterminated last line held back (%1 bytes): it counts once it ends with a newline, "
                  "or with --complete")
                   .arg(s.heldBackBytes)
            << Qt::endl;
    }
    if (s.earlierFindings > 0) {
        out << QLatin1String("  ")
            << tr("%1 finding line(s) from earlier imports: see `keyward usage findings`")
                   .arg(s.earlierFindings)
            << Qt::endl;
    }
    if (s.state == FileSummary::State::Refused || s.state == FileSummary::State::AlreadyImported) {
        return;
    }
    const double seconds = qMax<qint64>(s.elapsedMs, 1) / 1000.0;
    out << QLatin1String("  ")
        << tr("%1 lines: %2 counted, %3 anonymous, %4 rejected; %5 MB in %6 s (%7 MB/s)")
               .arg(s.lines)
               .arg(s.imported)
               .arg(s.anonymous)
               .arg(s.rejected)
               .arg(megabytes(s.bytes))
               .arg(seconds, 0, 'f', 2)
               .arg(double(s.bytes) / 1e6 / seconds, 0, 'f', 0)
        << Qt::endl;
    for (int r = 0; r < RejectReasonCount; ++r) {
        if (const qint64 n = s.rejectedBy[std::size_t(r)]; n > 0) {
            out << QLatin1String("  ")
                << tr("rejected %1: %2").arg(rejectReasonName(static_cast<RejectReason>(r))).arg(n)
                << Qt::endl;
        }
    }
    for (const QString& sample : s.rejectSamples) {
        out << QLatin1String("    ") << sample << Qt::endl;
    }
    if (s.findings > 0) {
        out << QLatin1String("  ")
            << tr("%n finding line(s): see `keyward usage findings`", nullptr, int(s.findings)) << Qt::endl;
    }
}

int import(Context& c)
{
    ImportOptions options;
    options.files = c.positional();
    options.projectId = c.args().value(QStringLiteral("project"));
    options.mapping = c.args().value(QStringLiteral("map"));
    options.profile = c.args().value(QStringLiteral("profile"));
    options.explain = c.args().isSet(QStringLiteral("explain"));
    options.complete = c.args().isSet(QStringLiteral("complete"));
    if (options.files.isEmpty() || options.projectId.isEmpty()) {
        return c.usage(tr("logs import needs one FILE or more and --project."));
    }
    const QString formatName = c.args().value(QStringLiteral("format"));
    const std::optional<ImportFormat> format =
        importFormatFromName(formatName.isEmpty() ? QStringLiteral("auto") : formatName);
    if (!format) {
        return c.usage(tr("--format takes auto, combined, json or csv, not '%1'.").arg(formatName));
    }
    options.format = *format;
    if (!options.mapping.isEmpty()) {
        // A mistyped mapping is a usage error, found before any file is opened.
        if (Result<FieldMapping> mapping = parseMapping(options.mapping, FieldMapping{}); !mapping) {
            return c.usage(mapping.error().message);
        }
    }
    // The import's thread opens the workspace (and reports it missing or damaged): a second
    // connection here would cost the start-up of one, and the checkpoint at its close.
    options.actor = c.actor();

    const bool showProgress = !c.json() && isatty(STDERR_FILENO);
    QString current;
    QElapsedTimer clock;
    clock.start();
    auto onProgress = [&](qint64 done, qint64 total, qint64 lines) {
        if (!showProgress) {
            return;
        }
        const double seconds = qMax<qint64>(clock.elapsed(), 1) / 1000.0;
        c.err() << QLatin1Char('\r')
                << tr("Importing %1: %2 %, %3 lines, %4 MB/s")
                       .arg(QFileInfo(current).fileName())
                       .arg(total > 0 ? 100 * done / total : 100)
                       .arg(lines)
                       .arg(double(done) / 1e6 / seconds, 0, 'f', 0)
                << QStringLiteral("\x1b[K") << Qt::flush;
    };
    auto onFile = [&](const QString& path) {
        current = path;
    };
    Result<QList<FileSummary>> summaries = ImportJob::runSync(c.workspacePath(), options, onProgress, onFile);
    if (showProgress) {
        c.err() << QLatin1Char('\r') << QStringLiteral("\x1b[K") << Qt::flush;
    }
    if (!summaries) {
        return c.fail(summaries.error());
    }
    bool failed = false;
    QJsonArray array;
    for (const FileSummary& s : std::as_const(*summaries)) {
        failed = failed || s.failed();
        if (c.json()) {
            array.append(summaryJson(s));
        } else {
            printSummary(c.out(), s, options.explain);
        }
    }
    if (c.json()) {
        c.printJson(array);
    }
    return failed ? ExitFailure : ExitOk;
}

int files(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    QString projectId;
    if (const QString project = c.args().value(QStringLiteral("project")); !project.isEmpty()) {
        Result<Project> p = (*inv)->project(project);
        if (!p) {
            return c.fail(p.error());
        }
        projectId = p->id;
    }
    Result<std::vector<ImportedFileRow>> rows = importedFileRows((*inv)->workspace(), projectId);
    if (!rows) {
        return c.fail(rows.error());
    }
    const auto time = [](qint64 ms) {
        return ms == 0 ? QString() : toIso(fromMs(ms));
    };
    QJsonArray array;
    Table table({tr("ID"), tr("PROJECT"), tr("FORMAT"), tr("LINES"), tr("COUNTED"), tr("ANONYMOUS"),
                 tr("REJECTED"), tr("FINDINGS"), tr("FROM"), tr("TO"), tr("PATH")});
    for (const ImportedFileRow& f : *rows) {
        if (c.json()) {
            array.append(QJsonObject{{QStringLiteral("id"), f.id},
                                     {QStringLiteral("project"), f.projectName},
                                     {QStringLiteral("path"), f.path},
                                     {QStringLiteral("format"), f.format},
                                     {QStringLiteral("bytes"), f.bytes},
                                     {QStringLiteral("lines"), f.lines},
                                     {QStringLiteral("imported"), f.imported},
                                     {QStringLiteral("anonymous"), f.anonymous},
                                     {QStringLiteral("rejected"), f.rejected},
                                     {QStringLiteral("first_at"), time(f.firstAtMs)},
                                     {QStringLiteral("last_at"), time(f.lastAtMs)},
                                     {QStringLiteral("imported_at"), time(f.importedAtMs)},
                                     {QStringLiteral("imported_by"), f.importedBy},
                                     {QStringLiteral("findings"), f.findings}});
        } else {
            table.add({QString::number(f.id), f.projectName, f.format, QString::number(f.lines),
                       QString::number(f.imported), QString::number(f.anonymous), QString::number(f.rejected),
                       QString::number(f.findings), time(f.firstAtMs), time(f.lastAtMs), f.path});
        }
    }
    if (c.json()) {
        c.printJson(array);
    } else {
        table.print(c.out());
    }
    return ExitOk;
}

void setupImport(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("Project the logs belong to."), tr("PROJECT")));
    p.addOption(
        valueOption(QStringLiteral("format"), tr("auto (default), combined, json or csv."), tr("FORMAT")));
    p.addOption(
        valueOption(QStringLiteral("map"),
                    tr("Field mapping, e.g. status=response.status,time=started_at,key=consumer.username."),
                    tr("MAPPING")));
    p.addOption(valueOption(QStringLiteral("profile"),
                            tr("With --map: save the mapping under NAME; alone: use the saved one."),
                            tr("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("explain"), tr("Say why each file's format was chosen.")));
    p.addOption(QCommandLineOption(QStringLiteral("complete"),
                                   tr("The files are complete: count a last line that has no newline.")));
}

void setupFiles(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("Only files of this project."), tr("PROJECT")));
}

} // namespace

QList<Command> logsCommands()
{
    return {
        {QStringLiteral("logs"), QStringLiteral("import"),
         tr("Import access logs (combined, JSON lines, CSV, .gz)."), QStringLiteral("FILE..."), &setupImport,
         &import},
        {QStringLiteral("logs"), QStringLiteral("files"), tr("List the imported log files."), QString(),
         &setupFiles, &files},
    };
}

} // namespace kw::cli
