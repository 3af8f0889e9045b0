// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/Profile.h"
#include "registry/RegistryThread.h"
#include "registry/SyncEngine.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace kw {

// One sync of one profile as a job (QtKeychain's shape): start(), progress(), finished(); cancel()
// stops it between two requests. The work runs on a thread of its own with its own workspace
// connection and network manager, so the GUI never waits for the registry.
class SyncJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)

public:
    SyncJob(QString workspacePath, RegistryProfile profile, QByteArray password, QByteArray keyPassphrase,
            QString actor, QObject* parent = nullptr);
    ~SyncJob() override;

    const RegistryProfile& profile() const { return m_worker.profile(); }
    void start();
    void cancel() { m_worker.cancel(); }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_ok; }
    // Valid once finished.
    const SyncReport& report() const { return m_report; }
    const Error& error() const { return m_error; }
    // Blocks in a local event loop until finished (for the CLI).
    void waitForFinished();

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString& step);
    void finished(kw::SyncJob* job);

private:
    void run();

    QString m_workspacePath;
    QString m_actor;
    bool m_finished = false;
    bool m_ok = false;
    SyncReport m_report;
    Error m_error;
    RegistryThread m_worker; // last: joined before the members above go
};

} // namespace kw
