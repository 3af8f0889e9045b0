// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Profile.h"
#include "registry/RegistryThread.h"

#include <QObject>
#include <atomic>
#include <chrono>

namespace kw {

// A /v3/watch kept open on a profile's namespace while the console runs, so a change made by
// another console or a gateway is pulled within moments instead of at the next interval. It only
// says *that* something changed (changed()); the sync's delta pull reads what. It runs on a thread
// of its own with its own EtcdClient (same TLS checks: CA, pin before anything is sent), renews
// the watch every session length (a silent dead connection is noticed then), and after an error,
// a compaction or a lost member opens it again with back-off (1 s doubling up to a minute), on the
// next endpoint. stop() or the destructor end it within a fraction of a second.
class RegistryWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryWatch)

public:
    RegistryWatch(RegistryProfile profile, QByteArray password, QByteArray keyPassphrase,
                  QObject* parent = nullptr);
    ~RegistryWatch() override;

    const RegistryProfile& profile() const { return m_worker.profile(); }
    // How long one watch request stays open before it is renewed; tests shorten it.
    void setSessionLength(std::chrono::milliseconds length) { m_sessionMs = int(length.count()); }
    void start();
    void stop() { m_worker.cancel(); }
    bool isLive() const { return m_live; }

Q_SIGNALS:
    // Something under the namespace changed, or may have (history compacted): pull.
    void changed();
    // live: the watch is open. problem: why it is not (empty while starting or after stop()).
    void stateChanged(bool live, const QString& problem);

private:
    void run();
    void setLive(bool live, const QString& problem);
    void notifyChanged();
    // Sleeps in short steps so stop() is not kept waiting; false once stopped.
    bool pause(std::chrono::milliseconds wait) const;

    int m_sessionMs = 60000;
    std::atomic_bool m_workerLive = false; // the worker's view, to signal only transitions
    bool m_live = false;                   // the GUI thread's view
    RegistryThread m_worker;               // last: joined before the members above go
};

} // namespace kw
