// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/Profile.h"
#include "registry/RegistryThread.h"
#include "registry/gateway/KeyTable.h"

#include <QByteArray>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace kw {
class EtcdClient;
struct EtcdKv;
} // namespace kw

namespace kw::gateway {

class GatewayCopy;

// Keeps a GatewayCopy of the profile's key records: one pull of NS/keys/ at one revision, then a
// /v3/watch from the revision after it, each change published within the watch message that
// brought it. A broken stream marks the copy stale (the copy keeps answering) and is opened
// again after 1 s, doubling up to 30 s, from the revision after the last one seen, so nothing is
// missed; a compacted history starts a full pull. Runs on a thread of its own with its own
// EtcdClient (the profile's TLS rules). Needs read permission on NS/ only.
class GatewayFeed final
{
    Q_DISABLE_COPY_MOVE(GatewayFeed)

public:
    GatewayFeed(RegistryProfile profile, QByteArray password, QByteArray keyPassphrase, GatewayCopy& copy);
    ~GatewayFeed();

    // What the feed has to say (state changes, never a secret), one line each, from its thread.
    void setLog(std::function<void(const QString&)> log) { m_log = std::move(log); }
    // How long one watch request stays open before it is renewed (a silent dead connection is
    // noticed then).
    void setSessionLength(int ms) { m_sessionMs = ms; }
    // Starts the thread and waits for the first pull: its error ends the start.
    Result<void> start(int timeoutMs);
    void stop() { m_worker.cancel(); }

private:
    void run();
    Result<void> pullAll(EtcdClient& client);
    // Applies one record or deletion to the working index; false when it did not change it.
    bool apply(const EtcdKv& kv, bool deleted);
    void publish();
    void say(const QString& line) const;
    void firstPullDone(const std::optional<Error>& error);
    bool pause(int ms) const;

    GatewayCopy& m_copy;
    std::function<void(const QString&)> m_log;
    int m_sessionMs = 30000;
    qint64 m_revision = 0; // the store revision the working index reflects
    int m_problems = 0;    // records that could not be read, so far
    // The working index the published tables are copied from, and each etcd key's hash, to
    // drop the old entry when a record changes or goes.
    std::shared_ptr<KeyTable> m_index;
    std::unordered_map<std::string, KeyHash> m_hashOf;

    std::mutex m_startMutex;
    std::condition_variable m_started;
    bool m_firstDone = false;
    std::optional<Error> m_firstError;
    RegistryThread m_worker; // last: joined before the members above go
};

} // namespace kw::gateway
