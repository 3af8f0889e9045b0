// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Time.h"
#include "store/Outbox.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <atomic>
#include <functional>

namespace kw {

class EtcdClient;
class RecordApplier;
class Workspace;
struct SyncReport;

// Drains a profile's outbox into the registry (docs/registry.md, "Push"): many entries per etcd
// txn, each record behind a compare on the mod_revision this console last saw (create_revision 0
// for a key it never saw). Entries go in outbox order, a contiguous run per txn, all entries of one
// etcd key in the same txn; a refused txn reads the current copies of its keys in its failure
// branch, so only the keys that changed meanwhile are merged (through the RecordApplier) before
// the batch is sent again.
class OutboxPusher final
{
    Q_DISABLE_COPY_MOVE(OutboxPusher)

public:
    // etcd's default --max-txn-ops. The JSON gateway does not publish the server's setting, so the
    // pusher starts here and halves on a "too many operations" answer.
    static constexpr int DefaultMaxTxnOps = 128;
    static constexpr int PushAttempts = 5; // refused compares of one key before the push gives up

    using Progress = std::function<void(qint64 done, qint64 total)>;

    OutboxPusher(Workspace& ws, EtcdClient& client, RecordApplier& applier, QString profile, QString ns,
                 Clock clock);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool* cancelled) { m_cancelled = cancelled; }
    // Operations per txn to start with (tests start low or high).
    void setMaxTxnOps(int ops) { m_maxOps = ops; }
    int maxTxnOps() const { return m_maxOps; }
    // How many txns the last push sent (refused and resent ones included).
    int txnsSent() const { return m_txns; }

    Result<void> push(SyncReport& report);

private:
    // The outbox entries of one etcd key within a batch: one compare, the current record (and for
    // a key its by-hash entry) put once, and each entry's audit event.
    struct Group
    {
        QString entity;
        QString entityId;
        QByteArray key;
        qint64 seen = 0;
        QJsonArray puts;
        QList<qint64> seqs;
        bool revocation = false;
    };
    struct Batch
    {
        QList<Group> groups;
        qsizetype end = 0; // one past the last entry taken
        int ops = 0;
    };

    Result<QList<OutboxEntry>> pending();
    Result<Batch> nextBatch(const QList<OutboxEntry>& entries, qsizetype from);
    Result<Group> groupFor(const OutboxEntry& entry);
    Result<QJsonArray> eventPut(const OutboxEntry& entry, QSet<QString>& events);
    Result<qint64> seen(const QByteArray& key);
    Result<void> confirm(const Batch& batch, qint64 revision, SyncReport& report);
    // The failure branch's copies of the batch's keys: merges those whose compare was refused.
    Result<void> mergeRefused(const Batch& batch, const QJsonArray& responses, SyncReport& report);
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }

    Workspace& m_ws;
    EtcdClient& m_client;
    RecordApplier& m_applier;
    QString m_profile;
    QString m_ns;
    Clock m_clock;
    Progress m_progress;
    const std::atomic_bool* m_cancelled = nullptr;
    int m_maxOps = DefaultMaxTxnOps;
    int m_txns = 0;
    QHash<QByteArray, int> m_refusals; // per etcd key, in this push
    QHash<QByteArray, qint64> m_seen;  // loaded for a large push
    bool m_seenLoaded = false;
};

} // namespace kw
