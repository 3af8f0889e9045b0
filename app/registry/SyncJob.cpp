// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SyncJob.h"

#include "store/Workspace.h"

#include <QThread>

namespace kw {

SyncJob::SyncJob(QString workspacePath, RegistryProfile profile, QByteArray password,
                 QByteArray keyPassphrase, QString actor, QObject* parent)
    : Job(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_actor(std::move(actor))
    , m_worker(std::move(profile), std::move(password), std::move(keyPassphrase))
{}

SyncJob::~SyncJob() = default;

void SyncJob::doStart()
{
    QThread* thread = m_worker.start([this] { run(); });
    if (!thread) {
        return;
    }
    connect(thread, &QThread::finished, this, [this] { finish(m_ok ? QString() : m_error.message); });
    thread->start();
}

void SyncJob::run()
{
    // Everything below lives on this thread: a QSqlDatabase and a QNetworkAccessManager must not
    // cross threads.
    Result<std::unique_ptr<Workspace>> ws =
        Workspace::open(m_workspacePath, Workspace::OpenMode::OpenExisting);
    if (!ws) {
        m_error = ws.error();
        return;
    }
    EtcdClient client(m_worker.profile(), m_worker.password(), m_worker.keyPassphrase());
    client.setCancelFlag(m_worker.cancelFlag());
    if (Result<void> c = client.configure(); !c) {
        m_error = c.error();
        return;
    }
    SyncEngine engine(**ws, client, m_actor);
    engine.setCancelFlag(m_worker.cancelFlag());
    engine.setProgress([this](qint64 done, qint64 total, const QString& step) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total, step] {
                Q_EMIT stepProgress(done, total, step);
                Q_EMIT progress(done, total);
            },
            Qt::QueuedConnection);
    });
    Result<SyncReport> r = engine.sync();
    if (!r) {
        m_error = r.error();
        return;
    }
    m_report = *r;
    m_ok = true;
}

} // namespace kw
