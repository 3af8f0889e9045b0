// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Job.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <functional>

class QThread;

namespace kw {
class Workspace;
}

namespace kw::gui {

// What the console's workspace jobs share, on the one job base (core/Job: start, progress, cancel,
// finished(Job*), waitForFinished): the work runs on its own thread with its own connection to the
// workspace file, since a QSqlDatabase connection must not cross threads. ExportJob and
// KeyImportJob are built on it.
//
// The work reaches the job only through post(), which queues onto the job's thread: a job deleted
// while it works waits for the thread, and posted calls die with it.
class WorkerJob : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerJob)

public:
    ~WorkerJob() override; // cancels and waits for the work

protected:
    // Runs on the work's thread; `workspace` is its own connection, or why it could not be opened.
    using Work = std::function<void(Result<Workspace*> workspace)>;

    WorkerJob(QString workspacePath, QObject* parent);

    // From doStart(), once. finished() follows every call post()ed by the work.
    void startWork(Work work);
    // From the work: calls `f` on the job's thread.
    void post(std::function<void()> f);
    // From a call the work post()ed: the job fails with this message when the work ends.
    void setFailure(const QString& message) { m_failure = message; }
    // From the work: true at most every 50 ms, so progress never floods the GUI's event loop.
    bool progressDue();
    const QString& workspacePath() const { return m_workspacePath; }

private:
    QString m_workspacePath;
    QString m_failure;
    QThread* m_thread = nullptr;
    QElapsedTimer m_sincePost; // the work's thread only
};

} // namespace kw::gui
