// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Job.h"
#include "core/Result.h"
#include "registry/Profile.h"
#include "registry/RegistryThread.h"
#include "registry/SyncEngine.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace kw {

// One sync of one profile as a core/Job: start(), progress(), finished(Job*), waitForFinished();
// cancel() stops it between two requests. The work runs on a thread of its own with its own workspace
// connection and network manager, so the GUI never waits for the registry.
class SyncJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)

public:
    SyncJob(QString workspacePath, RegistryProfile profile, QByteArray password, QByteArray keyPassphrase,
            QString actor, QObject* parent = nullptr);
    ~SyncJob() override;

    const RegistryProfile& profile() const { return m_worker.profile(); }
    bool ok() const { return m_ok; }
    // Valid once finished.
    const SyncReport& report() const { return m_report; }
    const Error& error() const { return m_error; }

Q_SIGNALS:
    // With the step's name; progress(done, total) follows it.
    void stepProgress(qint64 done, qint64 total, const QString& step);

private:
    void doStart() override;
    void doCancel() override { m_worker.cancel(); }
    void run();

    QString m_workspacePath;
    QString m_actor;
    bool m_ok = false;
    SyncReport m_report;
    Error m_error;
    RegistryThread m_worker; // last: joined before the members above go
};

} // namespace kw
