// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ProjectRepo.h"

#include "core/Json.h"
#include "core/Time.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kw {

namespace {

const QString Select = QStringLiteral("SELECT id, name, prefix, description, policy, created_at, updated_at,"
                                      " updated_by, registry_profile FROM projects");

Project projectFromQuery(const QSqlQuery& q)
{
    Project p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.prefix = q.value(2).toString();
    p.description = q.value(3).toString();
    p.policy = policyFromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
    p.createdAt = fromMs(q.value(5).toLongLong());
    p.updatedAt = fromMs(q.value(6).toLongLong());
    p.updatedBy = q.value(7).toString();
    p.registryProfile = q.value(8).toString();
    return p;
}

QString policyText(const Policy& policy)
{
    return QString::fromUtf8(QJsonDocument(toJson(policy)).toJson(QJsonDocument::Compact));
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Result<QList<Project>> ProjectRepo::all()
{
    Result<QSqlQuery> q = m_ws.exec(Select + QStringLiteral(" ORDER BY name"));
    if (!q) {
        return q.error();
    }
    QList<Project> out;
    while (q->next()) {
        out.append(projectFromQuery(*q));
    }
    return out;
}

Result<Project> ProjectRepo::find(const QString& nameOrId)
{
    Result<QSqlQuery> q =
        m_ws.exec(Select + QStringLiteral(" WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1"),
                  {nameOrId, nameOrId, nameOrId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("kw", "No project named %1 in this workspace.").arg(nameOrId));
    }
    return projectFromQuery(*q);
}

Result<void> ProjectRepo::insert(const Project& p)
{
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral("INSERT INTO projects(id, name, prefix, description, policy, created_at, updated_at,"
                       " updated_by, registry_profile) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.id, p.name, p.prefix, p.description, policyText(p.policy), toMs(p.createdAt), toMs(p.updatedAt),
         p.updatedBy, nullIfEmpty(p.registryProfile)});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<void> ProjectRepo::update(const Project& p)
{
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral(
                      "UPDATE projects SET name = ?, prefix = ?, description = ?, policy = ?, updated_at = ?,"
                      " updated_by = ?, registry_profile = ? WHERE id = ?"),
                  {p.name, p.prefix, p.description, policyText(p.policy), toMs(p.updatedAt), p.updatedBy,
                   nullIfEmpty(p.registryProfile), p.id});
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace kw
