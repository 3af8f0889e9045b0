// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SyncJob.h"

#include "store/Workspace.h"

#include <QEventLoop>
#include <QThread>

namespace kw {

SyncJob::SyncJob(QString workspacePath, RegistryProfile profile, QByteArray password,
                 QByteArray keyPassphrase, QString actor, QObject* parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_profile(std::move(profile))
    , m_password(std::move(password))
    , m_keyPassphrase(std::move(keyPassphrase))
    , m_actor(std::move(actor))
{}

SyncJob::~SyncJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
    m_password.fill('\0');
    m_keyPassphrase.fill('\0');
}

void SyncJob::start()
{
    if (m_thread) {
        return;
    }
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_finished = true;
        Q_EMIT finished(this);
    });
    m_thread->start();
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
    EtcdClient client(m_profile, m_password, m_keyPassphrase);
    client.setCancelFlag(&m_cancelled);
    if (Result<void> c = client.configure(); !c) {
        m_error = c.error();
        return;
    }
    SyncEngine engine(**ws, client, m_actor);
    engine.setCancelFlag(&m_cancelled);
    engine.setProgress([this](qint64 done, qint64 total, const QString& step) {
        QMetaObject::invokeMethod(
            this, [this, done, total, step] { Q_EMIT progress(done, total, step); }, Qt::QueuedConnection);
    });
    Result<SyncReport> r = engine.sync();
    if (!r) {
        m_error = r.error();
        return;
    }
    m_report = *r;
    m_ok = true;
}

void SyncJob::waitForFinished()
{
    if (m_finished) {
        return;
    }
    QEventLoop loop;
    connect(this, &SyncJob::finished, &loop, &QEventLoop::quit);
    if (!m_thread) {
        start();
    }
    loop.exec();
}

} // namespace kw
