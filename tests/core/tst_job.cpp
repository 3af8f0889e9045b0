// SPDX-License-Identifier: GPL-3.0-or-later
// core/Job, the base of every asynchronous job: started once and queued, progress passed through,
// cancel reaching the work, finished(Job*) exactly once, and waitForFinished for callers without an
// event loop.
#include "core/Job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <thread>

using namespace kw;

namespace {

// Counts to `steps` on a worker thread, reporting progress through the job's thread, and stops early
// when cancelled.
class CountingJob final : public Job
{
public:
    explicit CountingJob(int steps, QObject* parent = nullptr)
        : Job(parent)
        , m_steps(steps)
    {}
    ~CountingJob() override
    {
        if (m_worker.joinable()) {
            m_worker.join();
        }
    }

    int starts = 0;
    int cancels = 0;
    int done = 0;
    bool finishTwice = false;

private:
    void doStart() override
    {
        ++starts;
        m_worker = std::thread([this] {
            int n = 0;
            for (; n < m_steps && !cancelFlag(); ++n) {
                QThread::msleep(2);
                QMetaObject::invokeMethod(this, [this, n] { Q_EMIT progress(n + 1, m_steps); });
            }
            QMetaObject::invokeMethod(this, [this, n] {
                done = n;
                finish(isCancelled() ? QStringLiteral("cancelled") : QString());
                if (finishTwice) {
                    finish(); // ignored: the job already ended
                }
            });
        });
    }
    void doCancel() override { ++cancels; }

    int m_steps;
    std::thread m_worker;
};

// Never finishes by itself.
class SilentJob final : public Job
{
public:
    using Job::finish;
    SilentJob()
        : Job(nullptr)
    {}

private:
    void doStart() override {}
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsQueuedAndOnce()
    {
        CountingJob job(3);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.start();
        QCOMPARE(job.starts, 0); // queued: the caller connects first
        QVERIFY(job.isRunning());
        QVERIFY(job.waitForFinished());
        QCOMPARE(job.starts, 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<Job*>(), &job);
        QVERIFY(!job.failed());
        QVERIFY(!job.isRunning());
    }

    void progressReachesTheCaller()
    {
        CountingJob job(5);
        QSignalSpy progress(&job, &Job::progress);
        QVERIFY(job.waitForFinished());
        QCOMPARE(progress.count(), 5);
        QCOMPARE(progress.last().at(0).toLongLong(), 5);
        QCOMPARE(progress.last().at(1).toLongLong(), 5);
        QCOMPARE(job.done, 5);
    }

    void finishedOnlyOnce()
    {
        CountingJob job(1);
        job.finishTwice = true;
        QSignalSpy finished(&job, &Job::finished);
        QVERIFY(job.waitForFinished());
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
    }

    void cancelStopsTheWork()
    {
        CountingJob job(100000);
        QSignalSpy finished(&job, &Job::finished);
        QObject::connect(&job, &Job::progress, &job, [&job](qint64 done) {
            if (done == 3) {
                job.cancel();
                job.cancel(); // reaches the work once
            }
        });
        QVERIFY(job.waitForFinished());
        QVERIFY(job.isCancelled());
        QCOMPARE(job.cancels, 1);
        QVERIFY(job.done < 100000);
        QVERIFY(job.failed());
        QCOMPARE(finished.count(), 1);
    }

    void cancelAfterFinishIsIgnored()
    {
        CountingJob job(1);
        QVERIFY(job.waitForFinished());
        job.cancel();
        QCOMPARE(job.cancels, 0);
        QVERIFY(!job.isCancelled());
    }

    void waitTimesOut()
    {
        SilentJob job;
        QVERIFY(!job.waitForFinished(std::chrono::milliseconds(20)));
        QVERIFY(job.isRunning());
        job.finish(QStringLiteral("gave up"));
        QVERIFY(job.waitForFinished());
        QCOMPARE(job.errorString(), QStringLiteral("gave up"));
    }

    void autoDeleteWaitsForTheCaller()
    {
        QPointer<CountingJob> job = new CountingJob(2);
        job->setAutoDelete(true);
        QVERIFY(job->waitForFinished());
        QVERIFY(job); // still readable after the wait
        QCOMPARE(job->done, 2);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!job);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
