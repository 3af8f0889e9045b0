// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>

namespace kw {

// The one shape of Keyward's asynchronous work (QtKeychain's Job): start() once, progress(),
// cancel(), finished(Job*) exactly once, errorString() after it, and waitForFinished() for callers
// without an event loop of their own (the CLI, tests). Subclasses run their work in doStart() —
// on this thread or another — and end it with finish() on this object's thread.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    ~Job() override;

    // Starts once; later calls do nothing. Queued, so a job never finishes before its caller has had
    // the chance to connect to finished(), and a failure found at once behaves like a later one.
    void start();
    // Asks the work to stop at its next safe point; the job still ends with finished().
    void cancel();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isCancelled() const { return m_cancel.load(std::memory_order_relaxed); }
    // After finished(): whether the job failed, and why, for the administrator.
    bool failed() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

    // An auto-deleting job deletes itself (deleteLater) once it has finished.
    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Starts the job if needed and runs a local event loop until it finishes or `timeout` passes;
    // true when it finished. An auto-deleting job stays alive until the caller's next return to an
    // event loop, so its results can be read after this.
    bool waitForFinished(std::chrono::milliseconds timeout = std::chrono::milliseconds::max());

Q_SIGNALS:
    // `total` 0: the amount of work is not known yet.
    void progress(qint64 done, qint64 total);
    void finished(kw::Job* job);

protected:
    explicit Job(QObject* parent = nullptr);

    // Begins the work; it must end with finish(), from the event loop, not from here.
    virtual void doStart() = 0;
    // Called on cancel() after the flag is set, e.g. to pass it to worker threads.
    virtual void doCancel() {}
    // Ends the job; only the first call counts (a late answer after a timeout must not turn a
    // reported failure into a success). An empty errorString is a success.
    void finish(const QString& errorString = QString());
    // For work on other threads: the flag cancel() sets.
    const std::atomic_bool& cancelFlag() const { return m_cancel; }

private:
    QString m_errorString;
    std::atomic_bool m_cancel{false};
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = false;
};

} // namespace kw
