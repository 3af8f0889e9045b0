// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Job.h"
#include "core/Result.h"
#include "usage/import/Rejection.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace kw {

enum class ImportFormat
{
    Auto, // detected per file (FormatDetect)
    Combined,
    Json,
    Csv,
};
// "auto", "combined", "json", "csv" (what --format takes); nullopt for anything else.
std::optional<ImportFormat> importFormatFromName(QStringView name);
QStringView importFormatName(ImportFormat format);

struct ImportOptions
{
    QString projectId; // id or name
    QStringList files;
    ImportFormat format = ImportFormat::Auto;
    // --map text ("status=response.status,time=started_at"); empty = the dialect's defaults.
    QString mapping;
    // With `mapping`: the mapping is saved under this name (setting import_profile/NAME).
    // Alone: the saved mapping is used. An unknown profile without a mapping is an error.
    QString profile;
    QString actor;        // usage_files.imported_by
    bool explain = false; // fill FileSummary::explanation with the detection's reasoning
    // The files are complete: a plain file's last line counts without its '\n' (otherwise it
    // is held back until a later import finds it ended).
    bool complete = false;
    // The console's import: its threads run at a lower CPU priority (nice +10 on Linux), so on a
    // busy machine the GUI thread gets a core first (docs/gui.md, responsiveness).
    bool background = false;
};

// What became of one file. Counts cover this run only (a resumed file: the appended part).
struct FileSummary
{
    enum class State
    {
        Imported,        // new content, counted from the start
        AlreadyImported, // the same content was imported before: nothing added
        Resumed,         // a grown file: counted from `resumedFrom`
        Refused,         // not imported; `reason` says why (not a log, unreadable, truncated .gz …)
        // Lines were read and none was counted (all rejected): not remembered, so importing it
        // again with another --format or --map starts afresh.
        NothingCounted,
    };

    QString path;
    QString format; // combined, json (+ dialect), csv; empty when refused before detection
    State state = State::Refused;
    QString reason;         // for Refused, and for a file cut short (a truncated .gz keeps its part)
    QString explanation;    // with ImportOptions::explain
    qint64 resumedFrom = 0; // content offset the run started at
    qint64 lines = 0;
    qint64 imported = 0;  // counted in usage_hours
    qint64 anonymous = 0; // rule 6
    qint64 rejected = 0;
    std::array<qint64, RejectReasonCount> rejectedBy{};
    QStringList rejectSamples; // first few, "file:line: reason", never line text
    qint64 findings = 0;       // finding lines (plaintext keys, accepted expired/revoked keys)
    // Finding lines that earlier imports of this content recorded: a re-import that adds nothing
    // still shows them.
    qint64 earlierFindings = 0;
    qint64 bytes = 0; // content bytes read in this run (decompressed for .gz)
    // A plain file's last line without '\n', not counted in this run (ImportOptions::complete).
    qint64 heldBackBytes = 0;
    qint64 elapsedMs = 0;

    // imported, already_imported, resumed, refused, nothing_counted
    static QStringView stateName(State state);
    // Nothing counted, refused, or cut short: the CLI exits 1.
    bool failed() const;
};

class ImportWorker;

// Imports access logs into a workspace (docs/design/import-pipeline.md), off the caller's thread: start()
// returns at once, the files are parsed on all cores, and every chunk is committed in one transaction
// together with the file's resume offset, so a cancel or crash leaves the workspace as before or
// resumable, never double-counted. The job opens its own connection to the workspace file.
// A core/Job: start, progress, cancel, finished(Job*), waitForFinished.
class ImportJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(QString workspacePath, ImportOptions options, QObject* parent = nullptr);
    ~ImportJob() override; // cancels and waits for the workers

    const ImportOptions& options() const { return m_options; }

    // After finished(): one entry per file, in the order given.
    QList<FileSummary> summaries() const;
    // After finished(): a failure that stopped the whole job (workspace, project, profile); files
    // that were refused are in summaries() and do not set it.
    Result<void> error() const;
    // A file refused, or cut short (a truncated .gz): the CLI exits 1.
    bool anyFailed() const;

    // Runs the job on worker threads and waits, for the CLI and tests. `onProgress` and
    // `onFileStarted` are called on the calling thread.
    static Result<QList<FileSummary>>
    runSync(const QString& workspacePath, const ImportOptions& options,
            const std::function<void(qint64 done, qint64 total, qint64 lines)>& onProgress = {},
            const std::function<void(const QString& path)>& onFileStarted = {});

Q_SIGNALS:
    void fileStarted(const QString& path);
    // Throttled (at most ~20 per second); bytes are on-disk bytes over all files. progress(done,
    // total) follows it with the bytes.
    void importProgress(qint64 bytesDone, qint64 bytesTotal, qint64 lines);

private:
    // Stops after the chunk being committed; the workspace keeps what was committed (resumable).
    void doCancel() override;
    void doStart() override;
    void onWorkerDone();

    QString m_workspacePath;
    ImportOptions m_options;
    std::unique_ptr<ImportWorker> m_worker;
    QList<FileSummary> m_summaries;
    Result<void> m_error;
};

} // namespace kw
