// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SyncEngine.h"

#include "core/Json.h"
#include "core/Tr.h"
#include "registry/Records.h"
#include "registry/SyncState.h"
#include "store/AuditLog.h"
#include "store/KeyRepo.h"
#include "store/Outbox.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

namespace kw {

namespace {

// Records per local transaction: a commit writes every index page it touched again, and the hash
// index is in random order, so larger batches write far less (and still commit well under a second).
constexpr int ApplyBatch = 10000;
constexpr int PushAttempts = 5;
// How long a delta read through /v3/watch may take before the pull falls back to a range: etcd
// sends a watch's history on its next 100 ms sync tick, and never when nothing in the namespace
// changed at or after the revision asked for.
constexpr int WatchLimitMs = 400;

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject putOp(const QByteArray& key, const QByteArray& value)
{
    return {{QStringLiteral("request_put"), QJsonObject{{QStringLiteral("key"), EtcdClient::b64(key)},
                                                        {QStringLiteral("value"), EtcdClient::b64(value)}}}};
}

// Compare-and-swap on what this console last saw: create_revision 0 for a key it never saw.
QJsonObject compareOp(const QByteArray& key, qint64 lastSeen)
{
    QJsonObject c{{QStringLiteral("key"), EtcdClient::b64(key)},
                  {QStringLiteral("result"), QStringLiteral("EQUAL")}};
    if (lastSeen > 0) {
        c.insert(QStringLiteral("target"), QStringLiteral("MOD"));
        c.insert(QStringLiteral("mod_revision"), QString::number(lastSeen));
    } else {
        c.insert(QStringLiteral("target"), QStringLiteral("CREATE"));
        c.insert(QStringLiteral("create_revision"), QStringLiteral("0"));
    }
    return c;
}

Result<std::optional<AuditEvent>> auditEvent(Workspace& ws, const QString& id)
{
    if (id.isEmpty()) {
        return std::optional<AuditEvent>();
    }
    Result<QSqlQuery> q =
        ws.exec(QStringLiteral("SELECT seq, id, at, actor, action, project_id, key_id, details,"
                               " prev_hash, hash FROM audit WHERE id = ?"),
                {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<AuditEvent>();
    }
    AuditEvent e;
    e.seq = q->value(0).toLongLong();
    e.id = q->value(1).toString();
    e.at = fromMs(q->value(2).toLongLong());
    e.actor = q->value(3).toString();
    e.action = q->value(4).toString();
    e.projectId = q->value(5).toString();
    e.keyId = q->value(6).toString();
    e.details = QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object();
    e.prevHash = q->value(8).toString();
    e.hash = q->value(9).toString();
    return std::optional<AuditEvent>(e);
}

Result<bool> hasPending(Workspace& ws, const QString& entity, const QString& entityId)
{
    Result<QSqlQuery> q =
        ws.exec(QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? LIMIT 1"),
                {entity, entityId});
    if (!q) {
        return q.error();
    }
    return q->next();
}

// Pages handed from the thread that reads the registry to the one that applies them, in order.
class PageQueue final
{
    Q_DISABLE_COPY_MOVE(PageQueue)

public:
    struct Page
    {
        int part = 0; // 0 keys, 1 audit
        QList<EtcdKv> kvs;
        QList<Result<KeyRecord>> keys; // the key records parsed by the reader, one per kv
    };

    PageQueue() = default;
    void put(Page&& page)
    {
        const QMutexLocker lock(&m_mutex);
        m_pages.append(std::move(page));
        m_ready.wakeAll();
    }
    void finish(const Result<void>& result)
    {
        const QMutexLocker lock(&m_mutex);
        m_result = result;
        m_finished = true;
        m_ready.wakeAll();
    }
    // The next page, or nullopt once the reader finished (see result()).
    std::optional<Page> take()
    {
        const QMutexLocker lock(&m_mutex);
        while (m_pages.isEmpty() && !m_finished) {
            m_ready.wait(&m_mutex);
        }
        if (m_pages.isEmpty()) {
            return std::nullopt;
        }
        return m_pages.takeFirst();
    }
    Result<void> result()
    {
        const QMutexLocker lock(&m_mutex);
        return m_result;
    }
    void stop() { m_stop = true; }
    const std::atomic_bool* stopFlag() const { return &m_stop; }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    QList<Page> m_pages;
    bool m_finished = false;
    Result<void> m_result;
    std::atomic_bool m_stop = false;
};

} // namespace

SyncEngine::SyncEngine(Workspace& ws, EtcdClient& client, QString actor, Clock clock)
    : m_ws(ws)
    , m_client(client)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_profile(client.profile().name)
    , m_ns(client.profile().ns)
{}

void SyncEngine::progress(qint64 done, qint64 total, const QString& step)
{
    if (m_progress) {
        m_progress(done, total, step);
    }
}

void SyncEngine::skip(SyncReport& report, const EtcdKv& kv, const QString& why)
{
    ++report.skipped;
    report.problems.append(tr("registry key %1: %2; skipped").arg(QString::fromUtf8(kv.key), why));
}

Result<std::optional<Project>> SyncEngine::boundProject(const QString& projectId)
{
    auto it = m_projects.constFind(projectId);
    if (it != m_projects.constEnd()) {
        return *it;
    }
    Result<Project> p = ProjectRepo(m_ws).find(projectId);
    std::optional<Project> bound;
    if (p && p->id == projectId && p->registryProfile == m_profile) {
        bound = *p;
    } else if (!p && p.error().code != ErrorCode::NotFound) {
        return p.error();
    }
    m_projects.insert(projectId, bound);
    return bound;
}

Result<SyncReport> SyncEngine::sync()
{
    SyncReport report;
    Result<void> r = pull(report);
    if (r) {
        r = push(report);
    }
    const QString error = r ? QString() : r.error().message;
    if (Result<void> a = SyncState(m_ws).recordAttempt(m_profile, m_clock(), error); !a) {
        return a.error();
    }
    if (!r) {
        return r.error();
    }
    return report;
}

Result<SyncReport> SyncEngine::pullOnly()
{
    SyncReport report;
    if (Result<void> r = pull(report); !r) {
        return r.error();
    }
    return report;
}

Result<void> SyncEngine::pull(SyncReport& report)
{
    Result<SyncStatus> status = SyncState(m_ws).status(m_profile);
    if (!status) {
        return status.error();
    }
    const qint64 applied = status->appliedRevision;
    if (applied == 0) {
        return pullAll(report);
    }
    const QByteArray prefix = (m_ns + u'/').toUtf8();
    const QByteArray projectsPrefix = prefix + "projects/";
    const QByteArray keysPrefix = prefix + "keys/";
    const QByteArray auditPrefix = prefix + "audit/";
    QList<EtcdKv> projects, keys, audit;
    const auto sort = [&](QList<EtcdKv>&& kvs) {
        for (EtcdKv& kv : kvs) {
            if (kv.key.startsWith(keysPrefix)) {
                keys.append(std::move(kv));
            } else if (kv.key.startsWith(projectsPrefix)) {
                projects.append(std::move(kv));
            } else if (kv.key.startsWith(auditPrefix)) {
                audit.append(std::move(kv));
            }
        }
    };
    progress(0, 0, tr("Reading the registry"));
    // One key's range is cheap and its header tells the store's current revision.
    Result<EtcdRange> head = m_client.range(prefix, {}, 1);
    if (!head) {
        return head.error();
    }
    if (head->revision <= applied) {
        report.revision = applied;
        return {}; // nothing changed anywhere in the store
    }
    qint64 snapshot = head->revision;
    Result<std::optional<QList<EtcdKv>>> changes =
        m_client.changes(prefix, EtcdClient::prefixEnd(prefix), applied + 1, snapshot, WatchLimitMs);
    if (!changes) {
        return changes.error();
    }
    if (*changes) {
        sort(std::move(**changes));
    } else {
        snapshot = 0;
        for (const QByteArray& part : {projectsPrefix, keysPrefix, auditPrefix}) {
            if (Result<void> r = readPrefix(m_client, part, applied + 1, snapshot, sort); !r) {
                return r;
            }
        }
    }
    // A delta of a few records asks SQLite per record; loading 100,000 ids would cost more.
    if (Result<void> b = beginApply(keys.size() >= 1000); !b) {
        return b;
    }
    const qint64 total = projects.size() + keys.size() + audit.size();
    qint64 done = 0;
    // Projects before their keys, keys before the events that name them.
    for (const auto& [list, apply] :
         {std::pair{&projects, &SyncEngine::applyProject}, std::pair{&keys, &SyncEngine::applyKey},
          std::pair{&audit, &SyncEngine::applyAudit}}) {
        if (Result<void> r = applyList(*list, apply, report, done, total); !r) {
            return r;
        }
    }
    report.revision = snapshot;
    return SyncState(m_ws).setApplied(m_profile, snapshot);
}

Result<void> SyncEngine::pullAll(SyncReport& report)
{
    const QByteArray prefix = (m_ns + u'/').toUtf8();
    // Three ranges, not one over the namespace: by-hash/ (as large as keys/) is the gateways' index.
    qint64 snapshot = 0;
    QList<EtcdKv> projects;
    progress(0, 0, tr("Reading the registry"));
    if (Result<void> r = readPrefix(m_client, prefix + "projects/", 0, snapshot,
                                    [&](QList<EtcdKv>&& kvs) { projects.append(std::move(kvs)); });
        !r) {
        return r;
    }
    if (Result<void> b = beginApply(true); !b) {
        return b;
    }
    qint64 done = 0;
    if (Result<void> r = applyList(projects, &SyncEngine::applyProject, report, done, 0); !r) {
        return r;
    }
    // keys/ and audit/ are read on a second thread while this one applies the page before: etcd,
    // TLS and JSON, and the key records' JSON too, run alongside SQLite instead of before it.
    PageQueue queue;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        std::unique_ptr<EtcdClient> client = m_client.twin();
        client->setCancelFlag(queue.stopFlag());
        Result<void> r = client->configure();
        qint64 at = snapshot;
        for (int part = 0; r && part < 2; ++part) {
            r = readPrefix(*client, prefix + (part == 0 ? "keys/" : "audit/"), 0, at,
                           [&](QList<EtcdKv>&& kvs) {
                               PageQueue::Page page{part, std::move(kvs), {}};
                               if (part == 0) {
                                   page.keys.reserve(page.kvs.size());
                                   for (const EtcdKv& kv : std::as_const(page.kvs)) {
                                       page.keys.append(keyFromRegistry(kv.value));
                                   }
                               }
                               queue.put(std::move(page));
                           });
        }
        queue.finish(r);
    }));
    reader->start();
    const auto stopReader = qScopeGuard([&] {
        queue.stop();
        reader->wait();
    });
    while (std::optional<PageQueue::Page> page = queue.take()) {
        if (cancelled()) {
            return makeError(ErrorCode::External, tr("Cancelled."));
        }
        Result<void> r = page->part == 0
                             ? applyEach(
                                   page->kvs.size(),
                                   [&](qsizetype i, SyncReport& batch) {
                                       return applyKeyParsed(page->kvs.at(i), &page->keys.at(i), batch);
                                   },
                                   report, done, 0)
                             : applyList(page->kvs, &SyncEngine::applyAudit, report, done, 0);
        if (!r) {
            return r;
        }
    }
    if (Result<void> r = queue.result(); !r) {
        return r;
    }
    report.revision = snapshot;
    return SyncState(m_ws).setApplied(m_profile, snapshot);
}

Result<void> SyncEngine::readPrefix(EtcdClient& client, const QByteArray& part, qint64 minModRevision,
                                    qint64& snapshot, const std::function<void(QList<EtcdKv>&&)>& page)
{
    for (QByteArray from = part; !from.isEmpty();) {
        if (cancelled()) {
            return makeError(ErrorCode::External, tr("Cancelled."));
        }
        Result<EtcdRange> r =
            client.range(from, EtcdClient::prefixEnd(part), m_pageSize, minModRevision, snapshot);
        if (!r) {
            return r.error();
        }
        if (snapshot == 0) {
            snapshot = r->revision;
        }
        from = r->more && !r->kvs.isEmpty() ? r->kvs.constLast().key + '\0' : QByteArray();
        page(std::move(r->kvs));
    }
    return {};
}

Result<void> SyncEngine::beginApply(bool bulk)
{
    m_projects.clear();
    m_bulk = bulk;
    if (!m_bulk) {
        return {};
    }
    // SQLite's default 2 MB page cache makes every insert into the random-ordered hash and
    // revision indexes a miss once the tables outgrow it; 64 MB keeps a first pull linear.
    if (Result<QSqlQuery> cache = m_ws.exec(QStringLiteral("PRAGMA cache_size = -65536")); !cache) {
        return cache.error();
    }
    return loadLocalState();
}

Result<void> SyncEngine::applyList(const QList<EtcdKv>& list, ApplyOne apply, SyncReport& report,
                                   qint64& done, qint64 total)
{
    return applyEach(
        list.size(), [&](qsizetype i, SyncReport& batch) { return (this->*apply)(list.at(i), batch); },
        report, done, total);
}

Result<void> SyncEngine::applyEach(qsizetype count,
                                   const std::function<Result<void>(qsizetype, SyncReport&)>& apply,
                                   SyncReport& report, qint64& done, qint64 total)
{
    for (qsizetype i = 0; i < count; i += ApplyBatch) {
        if (cancelled()) {
            return makeError(ErrorCode::External, tr("Cancelled."));
        }
        const qsizetype n = std::min<qsizetype>(ApplyBatch, count - i);
        SyncReport batch = report;
        Result<void> r = m_ws.transaction([&]() -> Result<void> {
            for (qsizetype j = i; j < i + n; ++j) {
                if (Result<void> one = apply(j, batch); !one) {
                    return one;
                }
            }
            return {};
        });
        if (!r) {
            m_projects.clear(); // the cache may hold rows that were rolled back
            return r;
        }
        report = batch;
        done += n;
        progress(done, total, tr("Applying registry changes"));
    }
    return {};
}

Result<void> SyncEngine::loadLocalState()
{
    m_seen.clear();
    m_localKeys.clear();
    Result<QSqlQuery> seen =
        m_ws.exec(QStringLiteral("SELECT etcd_key, mod_revision FROM registry_revisions WHERE profile = ?"),
                  {m_profile});
    if (!seen) {
        return seen.error();
    }
    while (seen->next()) {
        m_seen.insert(seen->value(0).toString().toUtf8(), seen->value(1).toLongLong());
    }
    Result<QSqlQuery> keys = m_ws.exec(QStringLiteral("SELECT id FROM keys"));
    if (!keys) {
        return keys.error();
    }
    while (keys->next()) {
        m_localKeys.insert(keys->value(0).toString());
    }
    return {};
}

Result<void> SyncEngine::applyProject(const EtcdKv& kv, SyncReport& report)
{
    Result<Project> remote = projectFromRegistry(kv.value);
    if (!remote) {
        skip(report, kv, remote.error().message);
        return {};
    }
    if (kv.key != layout::projectKey(m_ns, remote->id)) {
        skip(report, kv, tr("the record's id %1 does not match its place").arg(remote->id));
        return {};
    }
    Result<Project> local = ProjectRepo(m_ws).find(remote->id);
    if (!local && local.error().code != ErrorCode::NotFound) {
        return local.error();
    }
    if (!local || local->id != remote->id) {
        Project p = *remote;
        p.registryProfile = m_profile;
        if (Result<void> ins = ProjectRepo(m_ws).insert(p); !ins) {
            if (ins.error().code != ErrorCode::Conflict) {
                return ins;
            }
            skip(report, kv,
                 tr("this workspace already has another project named %1 or with prefix %2")
                     .arg(p.name, p.prefix));
            return {};
        }
        m_projects.insert(p.id, p);
        ++report.created;
    } else if (local->registryProfile != m_profile) {
        ++report.skipped; // the project is here, but not bound to this registry
        return {};
    } else {
        Result<bool> pending = hasPending(m_ws, QStringLiteral("project"), local->id);
        if (!pending) {
            return pending.error();
        }
        if (!*pending && remote->updatedAt > local->updatedAt) {
            Project p = *local;
            p.description = remote->description;
            p.policy = remote->policy;
            p.updatedAt = remote->updatedAt;
            p.updatedBy = remote->updatedBy;
            if (Result<void> up = ProjectRepo(m_ws).update(p); !up) {
                return up;
            }
            m_projects.insert(p.id, p);
        }
    }
    ++report.pulled;
    return SyncState(m_ws).setModRevision(m_profile, kv.key, kv.modRevision);
}

Result<void> SyncEngine::applyKey(const EtcdKv& kv, SyncReport& report)
{
    return applyKeyParsed(kv, nullptr, report);
}

Result<void> SyncEngine::applyKeyParsed(const EtcdKv& kv, const Result<KeyRecord>* parsed, SyncReport& report)
{
    SyncState state(m_ws);
    qint64 seen = m_seen.value(kv.key);
    if (!m_bulk) {
        Result<qint64> stored = state.modRevision(m_profile, kv.key);
        if (!stored) {
            return stored.error();
        }
        seen = *stored;
    }
    if (kv.modRevision <= seen) {
        return {}; // this console wrote it, or applied it already
    }
    std::optional<Result<KeyRecord>> own;
    if (!parsed) {
        own = keyFromRegistry(kv.value);
        parsed = &*own;
    }
    const Result<KeyRecord>& remote = *parsed;
    if (!remote) {
        skip(report, kv, remote.error().message);
        return {};
    }
    if (kv.key != layout::keyKey(m_ns, remote->projectId, remote->id)) {
        skip(report, kv, tr("the record's ids do not match its place"));
        return {};
    }
    Result<std::optional<Project>> project = boundProject(remote->projectId);
    if (!project) {
        return project.error();
    }
    if (!*project) {
        ++report.skipped;
        return {};
    }
    KeyRepo repo(m_ws);
    bool known = m_localKeys.contains(remote->id);
    if (!m_bulk) {
        Result<KeyRecord> existing = repo.get(remote->id);
        if (!existing && existing.error().code != ErrorCode::NotFound) {
            return existing.error();
        }
        known = existing.ok();
    }
    if (!known) {
        KeyRecord k = remote.value();
        k.keptInKeychain = false; // it arrives as a hash: no secret, no keychain copy
        if (Result<void> ins = repo.insert(k); !ins) {
            if (ins.error().code != ErrorCode::Conflict) {
                return ins;
            }
            // Only the statement failed; the batch's transaction goes on.
            skip(report, kv, tr("its hash belongs to another key of this workspace"));
            return {};
        }
        m_localKeys.insert(k.id);
        ++report.created;
    } else {
        Result<KeyRecord> local = repo.get(remote->id);
        if (!local) {
            return local.error();
        }
        if (local->projectId != remote->projectId || local->hash != remote->hash) {
            skip(report, kv,
                 tr("it names key %1 with another project or hash than this workspace's").arg(local->id));
            return {};
        }
        Result<bool> pending = hasPending(m_ws, QStringLiteral("key"), local->id);
        if (!pending) {
            return pending.error();
        }
        const KeyMerge m = mergeKey(*local, remote.value(), *pending);
        if (m.changesLocal) {
            if (Result<void> up = repo.update(m.merged); !up) {
                return up;
            }
        }
        if (!m.conflicts.isEmpty()) {
            ++report.conflicts;
            if (Result<void> c = recordConflict(**project, m.merged, m.conflicts); !c) {
                return c;
            }
        }
    }
    ++report.pulled;
    m_seen.insert(kv.key, kv.modRevision);
    return state.setModRevision(m_profile, kv.key, kv.modRevision);
}

Result<void> SyncEngine::recordConflict(const Project& project, const KeyRecord& merged,
                                        const QJsonObject& fields)
{
    const QDateTime at = m_clock();
    Result<AuditEvent> event =
        AuditLog(m_ws).append(m_actor, QStringLiteral("registry.conflict"), project.id, merged.id,
                              {{QStringLiteral("key_hint"), merged.hint},
                               {QStringLiteral("profile"), m_profile},
                               {QStringLiteral("fields"), fields}},
                              at);
    if (!event) {
        return event.error();
    }
    SyncConflict c;
    c.profile = m_profile;
    c.projectId = project.id;
    c.keyId = merged.id;
    c.at = at;
    c.fields = fields;
    c.eventId = event->id;
    c.origin = QStringLiteral("local");
    if (Result<void> r = SyncState(m_ws).addConflict(c); !r) {
        return r;
    }
    // The merged record and the event go to the registry with the next push.
    return Outbox(m_ws).enqueue(
        project, QStringLiteral("key"), merged.id, QStringLiteral("registry.conflict"),
        {{QStringLiteral("record"), toJson(merged)}, {QStringLiteral("audit_event_id"), event->id}}, at);
}

Result<void> SyncEngine::applyAudit(const EtcdKv& kv, SyncReport& report)
{
    Result<AuditEvent> remote = auditFromRegistry(kv.value);
    if (!remote) {
        skip(report, kv, remote.error().message);
        return {};
    }
    if (kv.key != layout::auditKey(m_ns, remote->projectId, remote->at, remote->id)) {
        skip(report, kv, tr("the event's id or time does not match its place"));
        return {};
    }
    Result<std::optional<AuditEvent>> local = auditEvent(m_ws, remote->id);
    if (!local) {
        return local.error();
    }
    if (*local) {
        return {}; // ours, or copied before
    }
    Result<std::optional<Project>> project = boundProject(remote->projectId);
    if (!project) {
        return project.error();
    }
    if (!*project) {
        ++report.skipped;
        return {};
    }
    // Another console's event joins this trail under its own id; the local chain covers the copy.
    QJsonObject details = remote->details;
    details.insert(QStringLiteral("via_registry"), m_profile);
    Result<AuditEvent> copied = AuditLog(m_ws).append(remote->actor, remote->action, remote->projectId,
                                                      remote->keyId, details, remote->at, remote->id);
    if (!copied) {
        return copied.error();
    }
    if (remote->action == QLatin1String("registry.conflict")) {
        SyncConflict c;
        c.profile = m_profile;
        c.projectId = remote->projectId;
        c.keyId = remote->keyId;
        c.at = remote->at;
        c.fields = remote->details.value(QStringLiteral("fields")).toObject();
        c.eventId = remote->id;
        c.origin = QStringLiteral("registry");
        if (Result<void> r = SyncState(m_ws).addConflict(c); !r) {
            return r;
        }
    }
    ++report.pulled;
    return {};
}

Result<void> SyncEngine::push(SyncReport& report)
{
    Result<QList<OutboxEntry>> entries = Outbox(m_ws).pending();
    if (!entries) {
        return entries.error();
    }
    m_projects.clear();
    QList<OutboxEntry> mine;
    for (const OutboxEntry& e : std::as_const(*entries)) {
        Result<std::optional<Project>> p = boundProject(e.projectId);
        if (!p) {
            return p.error();
        }
        if (*p) {
            mine.append(e);
        }
    }
    qint64 done = 0;
    for (const OutboxEntry& e : std::as_const(mine)) {
        if (cancelled()) {
            return makeError(ErrorCode::External, tr("Cancelled."));
        }
        bool written = false;
        for (int attempt = 0; attempt < PushAttempts && !written; ++attempt) {
            Result<bool> r = pushOne(e);
            if (!r) {
                return r.error();
            }
            written = *r;
            if (!written) {
                // Someone else changed it: take their change in, merge, and try again.
                if (Result<void> p = pull(report); !p) {
                    return p;
                }
            }
        }
        if (!written) {
            return makeError(ErrorCode::Conflict,
                             tr("%1 %2 kept changing in the registry; %3 attempts to push it were refused.")
                                 .arg(e.entity, e.entityId)
                                 .arg(PushAttempts));
        }
        ++report.pushed;
        progress(++done, mine.size(), tr("Pushing changes"));
    }
    return {};
}

Result<bool> SyncEngine::pushOne(const OutboxEntry& e)
{
    QByteArray key;
    QByteArray value;
    QJsonArray success;
    if (e.entity == QLatin1String("project")) {
        Result<Project> p = ProjectRepo(m_ws).find(e.entityId);
        if (!p) {
            return p.error();
        }
        key = layout::projectKey(m_ns, p->id);
        value = compact(registryRecord(*p));
    } else {
        Result<KeyRecord> k = KeyRepo(m_ws).get(e.entityId);
        if (!k) {
            return k.error();
        }
        // The current row, not the entry's snapshot: after a merge it is what both sides agree on.
        key = layout::keyKey(m_ns, k->projectId, k->id);
        value = compact(registryRecord(*k));
        success.append(putOp(
            layout::hashKey(m_ns, k->hash),
            compact({{QStringLiteral("project_id"), k->projectId}, {QStringLiteral("key_id"), k->id}})));
    }
    success.prepend(putOp(key, value));
    Result<std::optional<AuditEvent>> event =
        auditEvent(m_ws, e.payload.value(QStringLiteral("audit_event_id")).toString());
    if (!event) {
        return event.error();
    }
    if (*event) {
        const AuditEvent& ev = **event;
        success.append(
            putOp(layout::auditKey(m_ns, ev.projectId, ev.at, ev.id), compact(registryRecord(ev))));
    }
    SyncState state(m_ws);
    Result<qint64> seen = state.modRevision(m_profile, key);
    if (!seen) {
        return seen.error();
    }
    Result<QJsonObject> answer = m_client.txn({{QStringLiteral("compare"), QJsonArray{compareOp(key, *seen)}},
                                               {QStringLiteral("success"), success}});
    if (!answer) {
        return answer.error();
    }
    if (!answer->value(QStringLiteral("succeeded")).toBool()) {
        return false;
    }
    const qint64 revision = answer->value(QStringLiteral("header"))
                                .toObject()
                                .value(QStringLiteral("revision"))
                                .toString()
                                .toLongLong();
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        if (Result<void> s = state.setModRevision(m_profile, key, revision); !s) {
            return s;
        }
        return Outbox(m_ws).remove(e.seq);
    });
    if (!r) {
        return r.error();
    }
    return true;
}

} // namespace kw
