// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/ImportJob.h"

#include "core/Tr.h"
#include "usage/import/ImportEngine.h"

#include <algorithm>
#include <cerrno>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#include <QPointer>
#include <atomic>
#include <thread>

namespace kw {

QStringView importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return u"auto";
    case ImportFormat::Combined:
        return u"combined";
    case ImportFormat::Json:
        return u"json";
    case ImportFormat::Csv:
        return u"csv";
    }
    return u"auto";
}

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    if (name == u"auto") {
        return ImportFormat::Auto;
    }
    if (name == u"combined") {
        return ImportFormat::Combined;
    }
    if (name == u"json") {
        return ImportFormat::Json;
    }
    if (name == u"csv") {
        return ImportFormat::Csv;
    }
    return std::nullopt;
}

QStringView FileSummary::stateName(State state)
{
    switch (state) {
    case State::Imported:
        return u"imported";
    case State::AlreadyImported:
        return u"already_imported";
    case State::Resumed:
        return u"resumed";
    case State::Refused:
        return u"refused";
    case State::NothingCounted:
        return u"nothing_counted";
    }
    return u"refused";
}

bool FileSummary::failed() const
{
    return state == State::Refused || state == State::NothingCounted || !reason.isEmpty();
}

namespace {

// Lowers the calling thread's CPU priority. On Linux nice is per thread and inherited by the
// threads it creates, so the parsers started from the import's thread run at the same level.
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0) {
        (void)setpriority(PRIO_PROCESS, tid, std::min(19, nice + 10));
    }
#endif
}

} // namespace

// The thread that runs the import; it reports to the job through queued calls, which Qt drops
// if the job is gone (the job's destructor joins the thread first anyway).
class ImportWorker
{
public:
    std::thread thread;
    std::atomic<bool> cancel{false};
    std::atomic<bool> running{false};
    Result<QList<FileSummary>> result{QList<FileSummary>()};
};

ImportJob::ImportJob(QString workspacePath, ImportOptions options, QObject* parent)
    : Job(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options))
    , m_worker(std::make_unique<ImportWorker>())
{}

ImportJob::~ImportJob()
{
    m_worker->cancel = true;
    if (m_worker->thread.joinable()) {
        m_worker->thread.join();
    }
}

void ImportJob::doStart()
{
    m_worker->running = true;
    ImportWorker* worker = m_worker.get();
    m_worker->thread = std::thread([this, worker] {
        if (m_options.background) {
            lowerThreadPriority();
        }
        ImportHooks hooks;
        hooks.cancel = &worker->cancel;
        hooks.fileStarted = [this](const QString& path) {
            QMetaObject::invokeMethod(
                this, [this, path] { Q_EMIT fileStarted(path); }, Qt::QueuedConnection);
        };
        hooks.progress = [this](qint64 done, qint64 total, qint64 lines) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total, lines] {
                    Q_EMIT importProgress(done, total, lines);
                    Q_EMIT progress(done, total);
                },
                Qt::QueuedConnection);
        };
        worker->result = runImport(m_workspacePath, m_options, hooks);
        worker->running = false;
        QMetaObject::invokeMethod(this, &ImportJob::onWorkerDone, Qt::QueuedConnection);
    });
}

void ImportJob::onWorkerDone()
{
    if (m_worker->thread.joinable()) {
        m_worker->thread.join();
    }
    if (m_worker->result) {
        m_summaries = m_worker->result.value();
        m_error = {};
    } else {
        m_error = m_worker->result.error();
    }
    finish(m_error ? QString() : m_error.error().message);
}

void ImportJob::doCancel()
{
    m_worker->cancel = true;
}

QList<FileSummary> ImportJob::summaries() const
{
    return m_summaries;
}

Result<void> ImportJob::error() const
{
    return m_error;
}

bool ImportJob::anyFailed() const
{
    return std::any_of(m_summaries.cbegin(), m_summaries.cend(),
                       [](const FileSummary& s) { return s.failed(); });
}

Result<QList<FileSummary>> ImportJob::runSync(const QString& workspacePath, const ImportOptions& options,
                                              const std::function<void(qint64, qint64, qint64)>& onProgress,
                                              const std::function<void(const QString&)>& onFileStarted)
{
    ImportJob job(workspacePath, options);
    if (onProgress) {
        connect(&job, &ImportJob::importProgress, &job, onProgress);
    }
    if (onFileStarted) {
        connect(&job, &ImportJob::fileStarted, &job, onFileStarted);
    }
    job.waitForFinished();
    if (Result<void> e = job.error(); !e) {
        return e.error();
    }
    return job.summaries();
}

} // namespace kw
