// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/gateway/GatewayCopy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::gateway {

namespace {

QJsonValue isoOrNull(std::int64_t ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

} // namespace

GatewayCopy::GatewayCopy()
    : m_table(std::make_shared<const KeyTable>())
{}

void GatewayCopy::publish(std::shared_ptr<const KeyTable> table, std::int64_t revision)
{
    m_keys = table->byHash.size();
    {
        const std::lock_guard lock(m_mutex);
        m_table = std::move(table);
    }
    m_revision = revision;
    m_updatedMs = QDateTime::currentMSecsSinceEpoch();
    m_generation.fetch_add(1, std::memory_order_release);
    m_ready = true;
}

std::shared_ptr<const KeyTable> GatewayCopy::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_table;
}

void GatewayCopy::setReachable(bool reachable, std::int64_t nowMs, const std::string& problem)
{
    {
        const std::lock_guard lock(m_mutex);
        m_problem = problem;
    }
    if (reachable) {
        m_staleSinceMs = 0;
    } else if (m_reachable.load() || m_staleSinceMs.load() == 0) {
        m_staleSinceMs = nowMs;
    }
    m_reachable = reachable;
}

std::string GatewayCopy::healthJson() const
{
    QString problem;
    {
        const std::lock_guard lock(m_mutex);
        problem = QString::fromStdString(m_problem);
    }
    const QJsonObject o{{QStringLiteral("ready"), m_ready.load()},
                        {QStringLiteral("registry"),
                         m_reachable.load() ? QStringLiteral("reachable") : QStringLiteral("unreachable")},
                        {QStringLiteral("stale"), !m_reachable.load()},
                        {QStringLiteral("stale_since"), isoOrNull(m_staleSinceMs.load())},
                        {QStringLiteral("problem"), problem},
                        {QStringLiteral("keys"), qint64(m_keys.load())},
                        {QStringLiteral("revision"), qint64(m_revision.load())},
                        {QStringLiteral("updated_at"), isoOrNull(m_updatedMs.load())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace kw::gateway
