// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Job.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace kw {

Job::Job(QObject* parent)
    : QObject(parent)
{}

Job::~Job() = default;

void Job::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished) {
                doStart();
            }
        },
        Qt::QueuedConnection);
}

void Job::cancel()
{
    if (m_finished || m_cancel.exchange(true)) {
        return;
    }
    doCancel();
}

void Job::finish(const QString& errorString)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_errorString = errorString;
    Q_EMIT finished(this);
    if (m_autoDelete) {
        deleteLater();
    }
}

bool Job::waitForFinished(std::chrono::milliseconds timeout)
{
    if (m_finished) {
        return true;
    }
    // Auto-deletion is held back until the local loop has returned, so the job cannot be deleted
    // inside that loop before the caller has read its results.
    const bool autoDelete = m_autoDelete;
    m_autoDelete = false;

    QEventLoop loop;
    QPointer<Job> guard(this);
    connect(this, &Job::finished, &loop, &QEventLoop::quit);
    // A parent deleted from inside the loop takes the job with it: stop waiting then.
    connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (timeout != std::chrono::milliseconds::max()) {
        timer.start(timeout);
    }
    start();
    if (!m_finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!guard) {
        return false;
    }
    if (autoDelete) {
        m_autoDelete = true;
        if (m_finished) {
            deleteLater();
        }
    }
    return m_finished;
}

} // namespace kw
