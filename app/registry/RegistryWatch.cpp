// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryWatch.h"

#include "registry/EtcdClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace kw {

namespace {

constexpr auto FirstBackOff = std::chrono::seconds(1);
constexpr auto MaxBackOff = std::chrono::minutes(1);

qint64 number(const QJsonValue& v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace

RegistryWatch::RegistryWatch(RegistryProfile profile, QByteArray password, QByteArray keyPassphrase,
                             QObject* parent)
    : QObject(parent)
    , m_worker(std::move(profile), std::move(password), std::move(keyPassphrase))
{}

RegistryWatch::~RegistryWatch() = default;

void RegistryWatch::start()
{
    if (QThread* thread = m_worker.start([this] { run(); })) {
        thread->start();
    }
}

void RegistryWatch::setLive(bool live, const QString& problem)
{
    if (m_workerLive.exchange(live) == live && live) {
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, live, problem] {
            m_live = live;
            Q_EMIT stateChanged(live, problem);
        },
        Qt::QueuedConnection);
}

void RegistryWatch::notifyChanged()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT changed(); }, Qt::QueuedConnection);
}

bool RegistryWatch::pause(std::chrono::milliseconds wait) const
{
    const QDeadlineTimer deadline(wait);
    while (!m_worker.cancelled() && !deadline.hasExpired()) {
        QThread::msleep(50);
    }
    return !m_worker.cancelled();
}

void RegistryWatch::run()
{
    // The client and its QNetworkAccessManager live on this thread.
    EtcdClient client(m_worker.profile(), m_worker.password(), m_worker.keyPassphrase());
    client.setCancelFlag(m_worker.cancelFlag());
    if (Result<void> c = client.configure(); !c) {
        setLive(false, c.error().message); // the profile itself is wrong: no retry helps
        return;
    }
    const QByteArray prefix = m_worker.profile().ns.toUtf8() + '/';
    const QByteArray end = EtcdClient::prefixEnd(prefix);
    qint64 next = 0; // the revision to watch from; 0: from now
    std::chrono::milliseconds backOff = FirstBackOff;
    while (!m_worker.cancelled()) {
        QString refused;
        Result<void> r = client.watch(prefix, end, next, m_sessionMs, [&](const QJsonObject& result) {
            const qint64 revision =
                number(result.value(QStringLiteral("header")).toObject().value(QStringLiteral("revision")));
            if (number(result.value(QStringLiteral("compact_revision"))) > 0) {
                // Changes since `next` are gone from history: the delta pull falls back to ranges.
                next = 0;
                notifyChanged();
                return false;
            }
            refused = EtcdClient::watchCancelReason(result);
            if (!refused.isEmpty()) {
                return false;
            }
            if (result.value(QStringLiteral("created")).toBool()) {
                setLive(true, {});
                backOff = FirstBackOff;
                next = std::max(next, revision + 1);
            }
            const QJsonArray events = result.value(QStringLiteral("events")).toArray();
            for (const QJsonValue& e : events) {
                const QJsonObject kv = e.toObject().value(QStringLiteral("kv")).toObject();
                next = std::max(next, number(kv.value(QStringLiteral("mod_revision"))) + 1);
            }
            if (!events.isEmpty()) {
                notifyChanged();
            }
            return true;
        });
        if (m_worker.cancelled()) {
            break;
        }
        if (r && refused.isEmpty()) {
            continue; // the session ended on time, or after a compaction: open the next one now
        }
        setLive(false, r ? refused : r.error().message);
        if (!pause(backOff)) {
            break;
        }
        backOff = std::min<std::chrono::milliseconds>(backOff * 2, MaxBackOff);
    }
    setLive(false, {});
}

} // namespace kw
