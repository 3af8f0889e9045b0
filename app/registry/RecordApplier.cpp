// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RecordApplier.h"

#include "core/Tr.h"
#include "registry/Records.h"
#include "registry/SyncEngine.h"
#include "registry/SyncState.h"
#include "store/AuditLog.h"
#include "store/KeyRepo.h"
#include "store/Outbox.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

#include <QSqlQuery>

namespace kw {

RecordApplier::RecordApplier(Workspace& ws, QString profile, QString ns, QString actor, Clock clock)
    : m_ws(ws)
    , m_inv(ws, std::move(actor), std::move(clock))
    , m_profile(std::move(profile))
    , m_ns(std::move(ns))
{}

void RecordApplier::skip(SyncReport& report, const EtcdKv& kv, const QString& why)
{
    ++report.skipped;
    report.problems.append(tr("registry key %1: %2; skipped").arg(QString::fromUtf8(kv.key), why));
}

Result<void> RecordApplier::begin(bool bulk)
{
    m_projects.clear();
    m_bulk = bulk;
    m_seen.clear();
    m_localKeys.clear();
    if (!m_bulk) {
        return {};
    }
    // SQLite's default 2 MB page cache makes every insert into the random-ordered hash and
    // revision indexes a miss once the tables outgrow it; 64 MB keeps a first pull linear.
    if (Result<QSqlQuery> cache = m_ws.exec(QStringLiteral("PRAGMA cache_size = -65536")); !cache) {
        return cache.error();
    }
    Result<QHash<QByteArray, qint64>> seen = SyncState(m_ws).modRevisions(m_profile);
    if (!seen) {
        return seen.error();
    }
    m_seen = std::move(*seen);
    Result<QSet<QString>> keys = KeyRepo(m_ws).ids();
    if (!keys) {
        return keys.error();
    }
    m_localKeys = std::move(*keys);
    return {};
}

Result<std::optional<Project>> RecordApplier::boundProject(const QString& projectId)
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

Result<std::optional<Project>> RecordApplier::boundOrSkipped(const QString& projectId, SyncReport& report)
{
    Result<std::optional<Project>> project = boundProject(projectId);
    if (project && !*project) {
        ++report.skipped; // a project of another registry, or not here
    }
    return project;
}

Result<void> RecordApplier::applyProject(const EtcdKv& kv, SyncReport& report)
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
        if (Result<void> ins = m_inv.adoptProject(p); !ins) {
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
        Result<bool> pending = Outbox(m_ws).hasPending(QStringLiteral("project"), local->id);
        if (!pending) {
            return pending.error();
        }
        if (!*pending && remote->updatedAt > local->updatedAt) {
            Project p = *local;
            p.description = remote->description;
            p.policy = remote->policy;
            p.updatedAt = remote->updatedAt;
            p.updatedBy = remote->updatedBy;
            if (Result<void> up = m_inv.acceptProject(p); !up) {
                return up;
            }
            m_projects.insert(p.id, p);
        }
    }
    ++report.pulled;
    return SyncState(m_ws).setModRevision(m_profile, kv.key, kv.modRevision);
}

Result<void> RecordApplier::applyKeyParsed(const EtcdKv& kv, const Result<KeyRecord>* parsed,
                                           SyncReport& report)
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
    Result<std::optional<Project>> project = boundOrSkipped(remote->projectId, report);
    if (!project || !*project) {
        return project ? Result<void>() : Result<void>(project.error());
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
        if (Result<void> ins = m_inv.adoptKey(remote.value()); !ins) {
            if (ins.error().code != ErrorCode::Conflict) {
                return ins;
            }
            // Only the statement failed; the batch's transaction goes on.
            skip(report, kv, tr("its hash belongs to another key of this workspace"));
            return {};
        }
        m_localKeys.insert(remote->id);
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
        Result<bool> pending = Outbox(m_ws).hasPending(QStringLiteral("key"), local->id);
        if (!pending) {
            return pending.error();
        }
        const KeyMerge m = mergeKey(*local, remote.value(), *pending);
        if (!m.conflicts.isEmpty()) {
            ++report.conflicts;
            if (Result<void> c = recordConflict(**project, m.merged, m.changesLocal, m.conflicts); !c) {
                return c;
            }
        } else if (m.changesLocal) {
            if (Result<void> up = m_inv.acceptKey(m.merged); !up) {
                return up;
            }
        }
    }
    ++report.pulled;
    m_seen.insert(kv.key, kv.modRevision);
    return state.setModRevision(m_profile, kv.key, kv.modRevision);
}

Result<void> RecordApplier::recordConflict(const Project& project, const KeyRecord& merged, bool changed,
                                           const QJsonObject& fields)
{
    // The merged record and the event go to the registry with the next push.
    Result<AuditEvent> event =
        m_inv.recordMerge(project, merged, changed,
                          {{QStringLiteral("profile"), m_profile}, {QStringLiteral("fields"), fields}});
    if (!event) {
        return event.error();
    }
    SyncConflict c;
    c.profile = m_profile;
    c.projectId = project.id;
    c.keyId = merged.id;
    c.at = event->at;
    c.fields = fields;
    c.eventId = event->id;
    c.origin = QStringLiteral("local");
    return SyncState(m_ws).addConflict(c);
}

Result<void> RecordApplier::applyAudit(const EtcdKv& kv, SyncReport& report)
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
    Result<std::optional<AuditEvent>> local = AuditLog(m_ws).find(remote->id);
    if (!local) {
        return local.error();
    }
    if (*local) {
        return {}; // ours, or copied before
    }
    Result<std::optional<Project>> project = boundOrSkipped(remote->projectId, report);
    if (!project || !*project) {
        return project ? Result<void>() : Result<void>(project.error());
    }
    // The local chain covers the copy; details say where it came from.
    AuditEvent copy = *remote;
    copy.details.insert(QStringLiteral("via_registry"), m_profile);
    if (Result<AuditEvent> copied = m_inv.adoptEvent(copy); !copied) {
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

} // namespace kw
