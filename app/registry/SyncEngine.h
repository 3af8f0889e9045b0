// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Time.h"
#include "core/Types.h"
#include "registry/EtcdClient.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <atomic>
#include <functional>

namespace kw {

class Workspace;
struct OutboxEntry;

struct SyncReport
{
    qint64 pushed = 0;    // outbox entries written to the registry
    qint64 pulled = 0;    // registry records applied here
    qint64 created = 0;   // projects and keys new to this workspace
    qint64 conflicts = 0; // merges that had to choose (docs/design/sync.md)
    qint64 skipped = 0;   // malformed records, and records of projects not bound to this profile
    qint64 revision = 0;  // the registry revision applied
    QStringList problems; // one line per malformed record: what and where, never a secret
};

// Design §5 for one profile: pull (range over the namespace above the last applied revision,
// merge), then push (drain the outbox in order, one etcd txn per entry, compare-and-swap on the
// key's mod_revision; a refused compare pulls, merges and pushes again). Blocking: run it on a
// worker thread (SyncJob) or in the CLI.
class SyncEngine final
{
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    using Progress = std::function<void(qint64 done, qint64 total, const QString& step)>;

    SyncEngine(Workspace& ws, EtcdClient& client, QString actor, Clock clock = systemClock());

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool* cancelled) { m_cancelled = cancelled; }
    // Keys per range request; small values let tests cover the paging.
    void setPageSize(qint64 keys) { m_pageSize = keys; }

    // Pull then push; records the attempt (and its error) for `registry status`.
    Result<SyncReport> sync();
    Result<SyncReport> pullOnly();

private:
    using ApplyOne = Result<void> (SyncEngine::*)(const EtcdKv&, SyncReport&);

    Result<void> pull(SyncReport& report);
    // The first pull: everything, keys read on a second thread while the previous page is applied.
    Result<void> pullAll(SyncReport& report);
    // Pages through one prefix at one store revision (snapshot 0: the current one, then set).
    Result<void> readPrefix(EtcdClient& client, const QByteArray& part, qint64 minModRevision,
                            qint64& snapshot, const std::function<void(QList<EtcdKv>&&)>& page);
    Result<void> beginApply(bool bulk);
    Result<void> applyList(const QList<EtcdKv>& list, ApplyOne apply, SyncReport& report, qint64& done,
                           qint64 total);
    // Records 0..count-1 in transactions of ApplyBatch: a failure rolls back only its batch.
    Result<void> applyEach(qsizetype count, const std::function<Result<void>(qsizetype, SyncReport&)>& apply,
                           SyncReport& report, qint64& done, qint64 total);
    Result<void> loadLocalState();
    Result<void> push(SyncReport& report);
    Result<bool> pushOne(const OutboxEntry& entry);
    Result<void> applyProject(const EtcdKv& kv, SyncReport& report);
    Result<void> applyKey(const EtcdKv& kv, SyncReport& report);
    // parsed: keyFromRegistry(kv.value), already done on the reading thread (nullptr: not yet).
    Result<void> applyKeyParsed(const EtcdKv& kv, const Result<KeyRecord>* parsed, SyncReport& report);
    Result<void> applyAudit(const EtcdKv& kv, SyncReport& report);
    Result<void> recordConflict(const Project& project, const KeyRecord& merged, const QJsonObject& fields);
    Result<std::optional<Project>> boundProject(const QString& projectId);
    void skip(SyncReport& report, const EtcdKv& kv, const QString& why);
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }
    void progress(qint64 done, qint64 total, const QString& step);

    Workspace& m_ws;
    EtcdClient& m_client;
    QString m_actor;
    Clock m_clock;
    QString m_profile;
    QString m_ns;
    Progress m_progress;
    const std::atomic_bool* m_cancelled = nullptr;
    QHash<QString, std::optional<Project>> m_projects; // bound to this profile, by id
    // Loaded once per pull: a first pull of 100,000 keys must not ask SQLite three times per key.
    QHash<QByteArray, qint64> m_seen; // etcd key -> mod_revision last seen
    QSet<QString> m_localKeys;        // ids of the keys in this workspace
    bool m_bulk = false;              // the two above are loaded (a large pull)
    qint64 m_pageSize = 5000;
};

} // namespace kw
