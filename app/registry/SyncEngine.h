// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Time.h"
#include "core/Types.h"
#include "registry/EtcdClient.h"
#include "registry/OutboxPusher.h"
#include "registry/RecordApplier.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <atomic>
#include <functional>

namespace kw {

class Workspace;

struct SyncReport
{
    qint64 pushed = 0;    // outbox entries written to the registry
    qint64 pulled = 0;    // registry records applied here
    qint64 created = 0;   // projects and keys new to this workspace
    qint64 conflicts = 0; // merges that had to choose (docs/registry.md, "Merge rules")
    qint64 skipped = 0;   // malformed records, and records of projects not bound to this profile
    qint64 revision = 0;  // the registry revision applied
    QStringList problems; // one line per malformed record: what and where, never a secret
    // Keys whose revocation the registry accepted in this sync, with the time it answered.
    QHash<QString, QDateTime> revocationsConfirmed;
};

// One sync of one profile (docs/registry.md, "Sync"): pull (what changed since the last applied
// revision, merged by the RecordApplier), then push (the OutboxPusher: the outbox in order, many
// entries per etcd txn, compare-and-swap on each key's mod_revision). Blocking: run it on a worker
// thread (SyncJob) or in the CLI.
class SyncEngine final
{
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    using Progress = std::function<void(qint64 done, qint64 total, const QString& step)>;

    SyncEngine(Workspace& ws, EtcdClient& client, QString actor, Clock clock = systemClock());

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool* cancelled)
    {
        m_cancelled = cancelled;
        m_pusher.setCancelFlag(cancelled);
    }
    // Keys per range request; small values let tests cover the paging.
    void setPageSize(qint64 keys) { m_pageSize = keys; }
    // The push's batching (tests start with a small --max-txn-ops, count the txns).
    OutboxPusher& pusher() { return m_pusher; }

    // Pull then push; records the attempt (and its error) for `registry status`.
    Result<SyncReport> sync();
    Result<SyncReport> pullOnly();
    // The push alone; a refused compare still merges the keys that changed meanwhile.
    Result<SyncReport> pushOnly();

private:
    using ApplyOne = Result<void> (RecordApplier::*)(const EtcdKv&, SyncReport&);

    Result<void> pull(SyncReport& report);
    // The first pull: everything, keys read on a second thread while the previous page is applied.
    Result<void> pullAll(SyncReport& report);
    // Pages through one prefix at one store revision (snapshot 0: the current one, then set).
    Result<void> readPrefix(EtcdClient& client, const QByteArray& part, qint64 minModRevision,
                            qint64& snapshot, const std::function<void(QList<EtcdKv>&&)>& page);
    Result<void> applyList(const QList<EtcdKv>& list, ApplyOne apply, SyncReport& report, qint64& done,
                           qint64 total);
    // Records 0..count-1 in transactions of ApplyBatch: a failure rolls back only its batch.
    Result<void> applyEach(qsizetype count, const std::function<Result<void>(qsizetype, SyncReport&)>& apply,
                           SyncReport& report, qint64& done, qint64 total);
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }
    void progress(qint64 done, qint64 total, const QString& step);

    Workspace& m_ws;
    EtcdClient& m_client;
    Clock m_clock;
    QString m_profile;
    QString m_ns;
    Progress m_progress;
    const std::atomic_bool* m_cancelled = nullptr;
    RecordApplier m_applier;
    OutboxPusher m_pusher;
    qint64 m_pageSize = 5000;
};

} // namespace kw
