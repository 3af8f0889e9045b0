// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Profile.h"

#include <QByteArray>
#include <atomic>
#include <functional>

class QThread;

namespace kw {

// What a registry job on a thread of its own (a sync, the live watch) holds: the profile, its
// secrets — wiped when the job goes — and the thread. Declare it as the job's last member: it is
// then destroyed first, and its destructor cancels and joins the thread before anything the
// thread uses is gone.
class RegistryThread final
{
    Q_DISABLE_COPY_MOVE(RegistryThread)

public:
    RegistryThread(RegistryProfile profile, QByteArray password, QByteArray keyPassphrase);
    ~RegistryThread();

    const RegistryProfile& profile() const { return m_profile; }
    const QByteArray& password() const { return m_password; }
    const QByteArray& keyPassphrase() const { return m_keyPassphrase; }

    // Makes the thread that runs body, once (null after that); the caller connects to it and
    // starts it.
    QThread* start(std::function<void()> body);
    bool started() const { return m_thread != nullptr; }
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }
    // For EtcdClient and SyncEngine, which stop at their next step once it is set.
    const std::atomic_bool* cancelFlag() const { return &m_cancelled; }

private:
    RegistryProfile m_profile;
    QByteArray m_password;
    QByteArray m_keyPassphrase;
    std::atomic_bool m_cancelled = false;
    QThread* m_thread = nullptr;
};

} // namespace kw
