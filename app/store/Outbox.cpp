// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Outbox.h"

#include "core/Time.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kw {

Result<void> Outbox::enqueue(const Project& project, const QString& entity, const QString& entityId,
                             const QString& op, const QJsonObject& payload, const QDateTime& at)
{
    if (project.registryProfile.isEmpty()) {
        return {};
    }
    Q_ASSERT(m_ws.inTransaction());
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("INSERT INTO outbox(project_id, entity, entity_id, op, payload, created_at)"
                                 " VALUES(?, ?, ?, ?, ?, ?)"),
                  {project.id, entity, entityId, op,
                   QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), toMs(at)});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QList<OutboxEntry>> Outbox::pending(int limit)
{
    QString sql =
        QStringLiteral("SELECT seq, project_id, entity, entity_id, op, payload, created_at FROM outbox"
                       " ORDER BY seq");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    Result<QSqlQuery> q = m_ws.exec(sql);
    if (!q) {
        return q.error();
    }
    QList<OutboxEntry> out;
    while (q->next()) {
        OutboxEntry e;
        e.seq = q->value(0).toLongLong();
        e.projectId = q->value(1).toString();
        e.entity = q->value(2).toString();
        e.entityId = q->value(3).toString();
        e.op = q->value(4).toString();
        e.payload = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        e.createdAt = fromMs(q->value(6).toLongLong());
        out.append(e);
    }
    return out;
}

Result<qint64> Outbox::pendingCount()
{
    Result<QSqlQuery> q = m_ws.exec(QStringLiteral("SELECT count(*) FROM outbox"));
    if (!q) {
        return q.error();
    }
    q->next();
    return q->value(0).toLongLong();
}

Result<void> Outbox::remove(qint64 seq)
{
    Result<QSqlQuery> q = m_ws.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<bool> Outbox::hasPending(const QString& entity, const QString& entityId)
{
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? LIMIT 1"),
                  {entity, entityId});
    if (!q) {
        return q.error();
    }
    return q->next();
}

Result<int> Outbox::dropProject(const QString& projectId)
{
    Result<QSqlQuery> q = m_ws.exec(QStringLiteral("DELETE FROM outbox WHERE project_id = ?"), {projectId});
    if (!q) {
        return q.error();
    }
    return q->numRowsAffected();
}

} // namespace kw
