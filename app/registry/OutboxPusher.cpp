// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/OutboxPusher.h"

#include "core/Tr.h"
#include "registry/EtcdClient.h"
#include "registry/RecordApplier.h"
#include "registry/Records.h"
#include "registry/SyncEngine.h"
#include "registry/SyncState.h"
#include "store/AuditLog.h"
#include "store/KeyRepo.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

#include <QJsonDocument>

namespace kw {

namespace {

// A push this large reads what the console has seen once instead of once per key.
constexpr qsizetype BulkSeen = 1000;

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

QJsonObject rangeOp(const QByteArray& key)
{
    return {{QStringLiteral("request_range"), QJsonObject{{QStringLiteral("key"), EtcdClient::b64(key)}}}};
}

qint64 number(const QJsonValue& v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace

OutboxPusher::OutboxPusher(Workspace& ws, EtcdClient& client, RecordApplier& applier, QString profile,
                           QString ns, Clock clock)
    : m_ws(ws)
    , m_client(client)
    , m_applier(applier)
    , m_profile(std::move(profile))
    , m_ns(std::move(ns))
    , m_clock(std::move(clock))
{}

Result<QList<OutboxEntry>> OutboxPusher::pending()
{
    Result<QList<OutboxEntry>> entries = Outbox(m_ws).pending();
    if (!entries) {
        return entries.error();
    }
    if (Result<void> b = m_applier.begin(false); !b) {
        return b.error();
    }
    QList<OutboxEntry> mine;
    for (OutboxEntry& e : *entries) {
        Result<std::optional<Project>> p = m_applier.boundProject(e.projectId);
        if (!p) {
            return p.error();
        }
        if (*p) {
            mine.append(std::move(e));
        }
    }
    m_seenLoaded = false;
    m_seen.clear();
    if (mine.size() >= BulkSeen) {
        Result<QHash<QByteArray, qint64>> seen = SyncState(m_ws).modRevisions(m_profile);
        if (!seen) {
            return seen.error();
        }
        m_seen = std::move(*seen);
        m_seenLoaded = true;
    }
    return mine;
}

Result<qint64> OutboxPusher::seen(const QByteArray& key)
{
    if (m_seenLoaded) {
        return m_seen.value(key);
    }
    return SyncState(m_ws).modRevision(m_profile, key);
}

Result<void> OutboxPusher::push(SyncReport& report)
{
    m_txns = 0;
    m_refusals.clear();
    Result<QList<OutboxEntry>> entries = pending();
    if (!entries) {
        return entries.error();
    }
    qint64 done = 0;
    qint64 total = entries->size();
    qsizetype from = 0;
    while (from < entries->size()) {
        if (cancelled()) {
            return makeError(ErrorCode::External, tr("Cancelled."));
        }
        Result<Batch> batch = nextBatch(*entries, from);
        if (!batch) {
            return batch.error();
        }
        QJsonArray compares;
        QJsonArray success;
        QJsonArray failure;
        for (const Group& g : std::as_const(batch->groups)) {
            compares.append(compareOp(g.key, g.seen));
            for (const QJsonValue& put : g.puts) {
                success.append(put);
            }
            failure.append(rangeOp(g.key));
        }
        ++m_txns;
        Result<QJsonObject> answer = m_client.txn({{QStringLiteral("compare"), compares},
                                                   {QStringLiteral("success"), success},
                                                   {QStringLiteral("failure"), failure}});
        if (!answer) {
            if (m_client.lastFailure() == EtcdFailure::TooManyOps && m_maxOps > 1) {
                m_maxOps /= 2; // the server's limit is lower than assumed: smaller batches
                continue;
            }
            return answer.error();
        }
        if (answer->value(QStringLiteral("succeeded")).toBool()) {
            const qint64 revision =
                number(answer->value(QStringLiteral("header")).toObject().value(QStringLiteral("revision")));
            if (Result<void> c = confirm(*batch, revision, report); !c) {
                return c;
            }
            done += batch->end - from;
            from = batch->end;
            if (m_progress) {
                m_progress(done, total);
            }
            continue;
        }
        // Someone else changed some of these keys: merge their copies, then send what is left again
        // (a merge may have queued a registry.conflict entry, so the outbox is read again).
        if (Result<void> m =
                mergeRefused(*batch, answer->value(QStringLiteral("responses")).toArray(), report);
            !m) {
            return m;
        }
        entries = pending();
        if (!entries) {
            return entries.error();
        }
        total = done + entries->size();
        from = 0;
    }
    return {};
}

Result<OutboxPusher::Batch> OutboxPusher::nextBatch(const QList<OutboxEntry>& entries, qsizetype from)
{
    Batch batch;
    QHash<QByteArray, qsizetype> groupOf;
    QSet<QString> events;
    for (qsizetype i = from; i < entries.size(); ++i) {
        const OutboxEntry& e = entries.at(i);
        const QByteArray key = e.entity == QLatin1String("project")
                                   ? layout::projectKey(m_ns, e.entityId)
                                   : layout::keyKey(m_ns, e.projectId, e.entityId);
        QSet<QString> withThis = events;
        Result<QJsonArray> event = eventPut(e, withThis);
        if (!event) {
            return event.error();
        }
        auto at = groupOf.constFind(key);
        std::optional<Group> fresh;
        int cost = int(event->size());
        if (at == groupOf.constEnd()) {
            Result<Group> g = groupFor(e);
            if (!g) {
                return g.error();
            }
            fresh = std::move(*g);
            cost += int(fresh->puts.size());
        }
        // etcd counts compares and success operations separately; a group has one compare.
        if (batch.ops + cost > m_maxOps) {
            if (batch.groups.isEmpty()) {
                return makeError(
                    ErrorCode::External,
                    tr("The registry allows %n operation(s) per transaction; one change needs %1.", nullptr,
                       m_maxOps)
                        .arg(cost));
            }
            break;
        }
        events = withThis;
        batch.ops += cost;
        if (fresh) {
            groupOf.insert(key, batch.groups.size());
            batch.groups.append(std::move(*fresh));
            at = groupOf.constFind(key);
        }
        Group& g = batch.groups[*at];
        for (const QJsonValue& put : std::as_const(*event)) {
            g.puts.append(put);
        }
        g.seqs.append(e.seq);
        g.revocation = g.revocation || e.op == QLatin1String("key.revoke");
        batch.end = i + 1;
    }
    return batch;
}

Result<OutboxPusher::Group> OutboxPusher::groupFor(const OutboxEntry& e)
{
    Group g;
    g.entity = e.entity;
    g.entityId = e.entityId;
    if (e.entity == QLatin1String("project")) {
        Result<Project> p = ProjectRepo(m_ws).find(e.entityId);
        if (!p) {
            return p.error();
        }
        g.key = layout::projectKey(m_ns, p->id);
        g.puts.append(putOp(g.key, compact(registryRecord(*p))));
    } else {
        Result<KeyRecord> k = KeyRepo(m_ws).get(e.entityId);
        if (!k) {
            return k.error();
        }
        // The current row, not the entry's snapshot: after a merge it is what both sides agree on.
        g.key = layout::keyKey(m_ns, k->projectId, k->id);
        g.puts.append(putOp(g.key, compact(registryRecord(*k))));
        g.puts.append(putOp(
            layout::hashKey(m_ns, k->hash),
            compact({{QStringLiteral("project_id"), k->projectId}, {QStringLiteral("key_id"), k->id}})));
    }
    Result<qint64> s = seen(g.key);
    if (!s) {
        return s.error();
    }
    g.seen = *s;
    return g;
}

Result<QJsonArray> OutboxPusher::eventPut(const OutboxEntry& e, QSet<QString>& events)
{
    const QString id = e.payload.value(QStringLiteral("audit_event_id")).toString();
    if (id.isEmpty() || events.contains(id)) {
        return QJsonArray(); // etcd refuses a txn that writes one key twice
    }
    Result<std::optional<AuditEvent>> event = AuditLog(m_ws).find(id);
    if (!event) {
        return event.error();
    }
    if (!*event) {
        return QJsonArray();
    }
    events.insert(id);
    const AuditEvent& ev = **event;
    return QJsonArray{putOp(layout::auditKey(m_ns, ev.projectId, ev.at, ev.id), compact(registryRecord(ev)))};
}

Result<void> OutboxPusher::confirm(const Batch& batch, qint64 revision, SyncReport& report)
{
    SyncState state(m_ws);
    Outbox outbox(m_ws);
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        for (const Group& g : batch.groups) {
            if (Result<void> s = state.setModRevision(m_profile, g.key, revision); !s) {
                return s;
            }
            for (const qint64 seq : g.seqs) {
                if (Result<void> rm = outbox.remove(seq); !rm) {
                    return rm;
                }
            }
        }
        return {};
    });
    if (!r) {
        return r;
    }
    const QDateTime at = m_clock();
    for (const Group& g : batch.groups) {
        if (m_seenLoaded) {
            m_seen.insert(g.key, revision);
        }
        report.pushed += g.seqs.size();
        if (g.revocation) {
            report.revocationsConfirmed.insert(g.entityId, at);
        }
    }
    return {};
}

Result<void> OutboxPusher::mergeRefused(const Batch& batch, const QJsonArray& responses, SyncReport& report)
{
    SyncReport merged = report;
    bool any = false;
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        for (qsizetype i = 0; i < batch.groups.size(); ++i) {
            const Group& g = batch.groups.at(i);
            const QJsonArray kvs = responses.at(i)
                                       .toObject()
                                       .value(QStringLiteral("response_range"))
                                       .toObject()
                                       .value(QStringLiteral("kvs"))
                                       .toArray();
            EtcdKv kv;
            if (!kvs.isEmpty()) {
                const QJsonObject o = kvs.first().toObject();
                kv.key = QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1());
                kv.value = QByteArray::fromBase64(o.value(QStringLiteral("value")).toString().toLatin1());
                kv.modRevision = number(o.value(QStringLiteral("mod_revision")));
                kv.createRevision = number(o.value(QStringLiteral("create_revision")));
            }
            if (kv.modRevision == g.seen) {
                continue; // this compare held
            }
            any = true;
            if (++m_refusals[g.key] >= PushAttempts) {
                return makeError(
                    ErrorCode::Conflict,
                    tr("%1 %2 kept changing in the registry; %3 attempts to push it were refused.")
                        .arg(g.entity, g.entityId)
                        .arg(PushAttempts));
            }
            if (kvs.isEmpty()) {
                // Deleted behind the consoles' back: written anew by the next attempt.
                if (Result<void> f = SyncState(m_ws).forgetModRevision(m_profile, g.key); !f) {
                    return f;
                }
                continue;
            }
            Result<void> a = g.entity == QLatin1String("project") ? m_applier.applyProject(kv, merged)
                                                                  : m_applier.applyKey(kv, merged);
            if (!a) {
                return a;
            }
        }
        return {};
    });
    if (!r) {
        m_applier.forget();
        return r;
    }
    if (!any) {
        return makeError(ErrorCode::External,
                         tr("The registry refused a push without naming a changed key."));
    }
    report = merged;
    return {};
}

} // namespace kw
