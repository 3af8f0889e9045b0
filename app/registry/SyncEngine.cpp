// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SyncEngine.h"

#include "core/Tr.h"
#include "registry/PageQueue.h"
#include "registry/Records.h"
#include "registry/SyncState.h"
#include "store/Workspace.h"

#include <QScopeGuard>
#include <QThread>

namespace kw {

namespace {

// Records per local transaction: a commit writes every index page it touched again, and the hash
// index is in random order, so larger batches write far less (and still commit well under a second).
constexpr int ApplyBatch = 10000;
// How long a delta read through /v3/watch may take before the pull falls back to a range: etcd
// sends a watch's history on its next 100 ms sync tick, and never when nothing in the namespace
// changed at or after the revision asked for.
constexpr int WatchLimitMs = 400;

} // namespace

SyncEngine::SyncEngine(Workspace& ws, EtcdClient& client, QString actor, Clock clock)
    : m_ws(ws)
    , m_client(client)
    , m_clock(clock)
    , m_profile(client.profile().name)
    , m_ns(client.profile().ns)
    , m_applier(ws, m_profile, m_ns, std::move(actor), clock)
    , m_pusher(ws, client, m_applier, m_profile, m_ns, clock)
{
    m_pusher.setProgress([this](qint64 done, qint64 total) { progress(done, total, tr("Pushing changes")); });
}

void SyncEngine::progress(qint64 done, qint64 total, const QString& step)
{
    if (m_progress) {
        m_progress(done, total, step);
    }
}

Result<SyncReport> SyncEngine::sync()
{
    SyncReport report;
    Result<void> r = pull(report);
    if (r) {
        r = m_pusher.push(report);
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

Result<SyncReport> SyncEngine::pushOnly()
{
    SyncReport report;
    if (Result<void> r = m_pusher.push(report); !r) {
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
    if (Result<void> b = m_applier.begin(keys.size() >= 1000); !b) {
        return b;
    }
    const qint64 total = projects.size() + keys.size() + audit.size();
    qint64 done = 0;
    // Projects before their keys, keys before the events that name them.
    for (const auto& [list, apply] :
         {std::pair{&projects, &RecordApplier::applyProject}, std::pair{&keys, &RecordApplier::applyKey},
          std::pair{&audit, &RecordApplier::applyAudit}}) {
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
    if (Result<void> b = m_applier.begin(true); !b) {
        return b;
    }
    qint64 done = 0;
    if (Result<void> r = applyList(projects, &RecordApplier::applyProject, report, done, 0); !r) {
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
        Result<void> r = page->part == 0 ? applyEach(
                                               page->kvs.size(),
                                               [&](qsizetype i, SyncReport& batch) {
                                                   return m_applier.applyKeyParsed(page->kvs.at(i),
                                                                                   &page->keys.at(i), batch);
                                               },
                                               report, done, 0)
                                         : applyList(page->kvs, &RecordApplier::applyAudit, report, done, 0);
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

Result<void> SyncEngine::applyList(const QList<EtcdKv>& list, ApplyOne apply, SyncReport& report,
                                   qint64& done, qint64 total)
{
    return applyEach(
        list.size(), [&](qsizetype i, SyncReport& batch) { return (m_applier.*apply)(list.at(i), batch); },
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
            m_applier.forget(); // the cache may hold rows that were rolled back
            return r;
        }
        report = batch;
        done += n;
        progress(done, total, tr("Applying registry changes"));
    }
    return {};
}

} // namespace kw
