// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ExportJob.h"

#include "store/Workspace.h"

namespace kw::gui {

ExportJob::ExportJob(QString workspacePath, Report report, ExportOptions options, QObject* parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_report(std::move(report))
    , m_options(std::move(options))
{
    m_options.cancel = &m_cancel;
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportJob::cancel()
{
    m_cancel = true;
}

void ExportJob::start()
{
    ExportOptions options = m_options;
    // Progress crosses to the GUI thread as a queued signal; the row count is all it carries.
    options.progress = [this](qint64 rows) {
        QMetaObject::invokeMethod(
            this, [this, rows] { Q_EMIT progress(rows); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, options] {
        Result<std::unique_ptr<Workspace>> ws =
            Workspace::open(m_workspacePath, Workspace::OpenMode::OpenExisting);
        Result<ExportSummary> r = ws ? m_report(**ws, options) : Result<ExportSummary>(ws.error());
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                m_result = r;
                m_thread->wait();
                m_thread->deleteLater();
                m_thread = nullptr;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace kw::gui
