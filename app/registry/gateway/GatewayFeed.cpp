// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/gateway/GatewayFeed.h"

#include "core/Tr.h"
#include "registry/EtcdClient.h"
#include "registry/RangeScanner.h"
#include "registry/Records.h"
#include "registry/gateway/GatewayCopy.h"
#include "registry/gateway/KeyTable.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace kw::gateway {

namespace {

constexpr int FirstBackOffMs = 1000;
constexpr int MaxBackOffMs = 30000;
constexpr qint64 PageSize = 5000;

qint64 number(const QJsonValue& v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

GatewayFeed::GatewayFeed(RegistryProfile profile, QByteArray password, QByteArray keyPassphrase,
                         GatewayCopy& copy)
    : m_copy(copy)
    , m_index(std::make_shared<KeyTable>())
    , m_worker(std::move(profile), std::move(password), std::move(keyPassphrase))
{}

GatewayFeed::~GatewayFeed() = default;

Result<void> GatewayFeed::start(int timeoutMs)
{
    if (QThread* thread = m_worker.start([this] { run(); })) {
        thread->start();
    }
    std::unique_lock lock(m_startMutex);
    if (!m_started.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_firstDone; })) {
        m_worker.cancel();
        return makeError(
            ErrorCode::External,
            tr("the first pull of the registry took longer than %n second(s)", nullptr, timeoutMs / 1000));
    }
    if (m_firstError) {
        return *m_firstError;
    }
    return {};
}

void GatewayFeed::firstPullDone(const std::optional<Error>& error)
{
    const std::lock_guard lock(m_startMutex);
    m_firstDone = true;
    m_firstError = error;
    m_started.notify_all();
}

void GatewayFeed::say(const QString& line) const
{
    if (m_log) {
        m_log(line);
    }
}

bool GatewayFeed::pause(int ms) const
{
    const QDeadlineTimer deadline(ms);
    while (!m_worker.cancelled() && !deadline.hasExpired()) {
        QThread::msleep(50);
    }
    return !m_worker.cancelled();
}

bool GatewayFeed::apply(const EtcdKv& kv, bool deleted)
{
    const std::string etcdKey = kv.key.toStdString();
    const auto old = m_hashOf.find(etcdKey);
    if (deleted) {
        if (old == m_hashOf.end()) {
            return false;
        }
        m_index->byHash.erase(old->second);
        m_hashOf.erase(old);
        return true;
    }
    Result<KeyRecord> record = keyFromRegistry(kv.value);
    KeyHash hash{};
    std::shared_ptr<const GatewayKey> key;
    if (record && kv.key.endsWith((u'/' + record->projectId + u'/' + record->id).toUtf8())) {
        key = gatewayKey(*record, &hash);
    }
    if (!key) {
        // Skipped whole, as the console's pull does: a record it cannot read grants nothing.
        if (++m_problems <= 10) {
            say(tr("skipped the record %1: %2")
                    .arg(QString::fromUtf8(kv.key),
                         record ? tr("its place does not match its ids") : record.error().message));
        }
        return false;
    }
    if (old != m_hashOf.end() && old->second != hash) {
        m_index->byHash.erase(old->second);
    }
    m_hashOf[etcdKey] = hash;
    m_index->byHash[hash] = std::move(key);
    return true;
}

void GatewayFeed::publish()
{
    // Readers keep the table they hold; the next request of each takes this one.
    m_copy.publish(std::make_shared<const KeyTable>(*m_index), m_revision);
}

Result<void> GatewayFeed::pullAll(EtcdClient& client)
{
    // Into a fresh index: a pull that fails half-way leaves the working one as it was.
    auto previousIndex = std::exchange(m_index, std::make_shared<KeyTable>());
    auto previousHashes = std::exchange(m_hashOf, {});
    const QByteArray prefix = m_worker.profile().ns.toUtf8() + "/keys/";
    const QByteArray end = EtcdClient::prefixEnd(prefix);
    QByteArray from = prefix;
    qint64 revision = 0;
    for (;;) {
        Result<EtcdRange> page = client.range(from, end, PageSize, 0, revision);
        if (!page) {
            m_index = std::move(previousIndex);
            m_hashOf = std::move(previousHashes);
            return page.error();
        }
        if (revision == 0) {
            revision = page->revision; // every later page at the same revision: one consistent copy
        }
        for (const EtcdKv& kv : std::as_const(page->kvs)) {
            apply(kv, false);
        }
        if (!page->more || page->kvs.isEmpty()) {
            break;
        }
        from = page->kvs.constLast().key + '\0';
    }
    m_revision = revision;
    publish();
    say(tr("copy of %1/keys/: %n key(s) at revision %2", nullptr, int(m_index->byHash.size()))
            .arg(m_worker.profile().ns)
            .arg(revision));
    return {};
}

void GatewayFeed::run()
{
    EtcdClient client(m_worker.profile(), m_worker.password(), m_worker.keyPassphrase());
    client.setCancelFlag(m_worker.cancelFlag());
    client.setTimeout(10000);
    if (Result<void> c = client.configure(); !c) {
        firstPullDone(c.error());
        return;
    }
    const QByteArray prefix = m_worker.profile().ns.toUtf8() + "/keys/";
    const QByteArray end = EtcdClient::prefixEnd(prefix);
    bool needPull = true;
    bool first = true;
    bool reachable = true;
    int backOff = FirstBackOffMs;
    QString lastProblem;
    const auto lost = [&](const QString& problem) {
        if (reachable) {
            say(tr("registry unreachable (%1); answering from the copy at revision %2 and reconnecting")
                    .arg(problem)
                    .arg(m_revision));
        } else if (problem != lastProblem) {
            say(tr("still unreachable: %1; next attempt in %n second(s)", nullptr, backOff / 1000)
                    .arg(problem));
        }
        lastProblem = problem;
        reachable = false;
        m_copy.setReachable(false, nowMs(), problem.toStdString());
    };
    while (!m_worker.cancelled()) {
        if (needPull) {
            Result<void> pulled = pullAll(client);
            if (first) {
                firstPullDone(pulled ? std::nullopt : std::optional<Error>(pulled.error()));
                if (!pulled) {
                    return;
                }
                first = false;
            }
            if (!pulled) {
                lost(pulled.error().message);
                if (!pause(backOff)) {
                    break;
                }
                backOff = std::min(backOff * 2, MaxBackOffMs);
                continue;
            }
            needPull = false;
            if (!reachable) {
                say(tr("registry reachable again"));
            }
            reachable = true;
            m_copy.setReachable(true, nowMs(), {});
        }
        QString refused;
        bool compacted = false;
        Result<void> r =
            client.watch(prefix, end, m_revision + 1, m_sessionMs, [&](const QJsonObject& result) {
                if (number(result.value(QStringLiteral("compact_revision"))) > 0) {
                    compacted = true;
                    return false;
                }
                refused = EtcdClient::watchCancelReason(result);
                if (!refused.isEmpty()) {
                    return false;
                }
                if (result.value(QStringLiteral("created")).toBool()) {
                    if (!reachable) {
                        say(tr("registry reachable again; following it from revision %1")
                                .arg(m_revision + 1));
                    }
                    reachable = true;
                    backOff = FirstBackOffMs;
                    m_copy.setReachable(true, nowMs(), {});
                }
                bool changed = false;
                const QJsonArray events = result.value(QStringLiteral("events")).toArray();
                for (const QJsonValue& e : events) {
                    const QJsonObject event = e.toObject();
                    const EtcdKv kv = kvFromJson(event.value(QStringLiteral("kv")).toObject());
                    m_revision = std::max(m_revision, kv.modRevision);
                    changed = apply(kv, event.value(QStringLiteral("type")).toString() ==
                                            QLatin1String("DELETE")) ||
                              changed;
                }
                if (changed) {
                    publish();
                }
                return true;
            });
        if (m_worker.cancelled()) {
            break;
        }
        if (compacted) {
            say(tr("the registry's history before revision %1 is compacted: pulling the copy again")
                    .arg(m_revision + 1));
            needPull = true;
            continue;
        }
        if (r && refused.isEmpty()) {
            continue; // the session ended on time: open the next one from where it stopped
        }
        lost(r ? refused : r.error().message);
        if (!pause(backOff)) {
            break;
        }
        backOff = std::min(backOff * 2, MaxBackOffMs);
    }
}

} // namespace kw::gateway
