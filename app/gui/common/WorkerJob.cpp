// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/WorkerJob.h"

#include "store/Workspace.h"

#include <QThread>

namespace kw::gui {

namespace {

constexpr qint64 ProgressIntervalMs = 50;

} // namespace

WorkerJob::WorkerJob(QString workspacePath, QObject* parent)
    : Job(parent)
    , m_workspacePath(std::move(workspacePath))
{}

WorkerJob::~WorkerJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void WorkerJob::post(std::function<void()> f)
{
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

bool WorkerJob::progressDue()
{
    if (m_sincePost.isValid() && m_sincePost.elapsed() < ProgressIntervalMs) {
        return false;
    }
    m_sincePost.start();
    return true;
}

void WorkerJob::startWork(Work work)
{
    if (m_thread) {
        return;
    }
    m_thread = QThread::create([this, work = std::move(work)] {
        {
            Result<std::unique_ptr<Workspace>> ws =
                Workspace::open(m_workspacePath, Workspace::OpenMode::OpenExisting);
            work(ws ? Result<Workspace*>(ws->get()) : Result<Workspace*>(ws.error()));
        } // the connection closes on this thread, where it was opened
        post([this] {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            finish(m_failure);
        });
    });
    m_thread->start();
}

} // namespace kw::gui
