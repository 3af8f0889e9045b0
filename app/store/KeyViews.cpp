// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/KeyViews.h"

#include "store/Cursor.h"
#include "store/Workspace.h"

#include <QSqlQuery>

namespace kw::keyviews {

namespace {

Result<void> visitAll(Cursor& c, const std::function<void(const Cursor&)>& visit)
{
    if (Result<void> s = c.status(); !s) {
        return s;
    }
    while (c.next()) {
        visit(c);
    }
    return c.status();
}

} // namespace

Result<void> tableRows(Workspace& ws, const QString& projectId,
                       const std::function<void(const Cursor&)>& visit)
{
    Cursor c(ws,
             QStringLiteral(
                 "SELECT id, name, owner, env, hint, scopes, models, rpm, tpm, monthly_quota, created_at,"
                 " expires_at, last_used_at, status, revoked_at, rotated_from, rotated_to, grace_until,"
                 " kept_in_keychain FROM keys WHERE project_id = ? ORDER BY created_at"),
             {projectId});
    return visitAll(c, visit);
}

Result<void> census(Workspace& ws, const std::function<void(const Cursor&)>& visit)
{
    Cursor c(ws,
             QStringLiteral("SELECT project_id, status, expires_at, grace_until, id, name, hint FROM keys"));
    return visitAll(c, visit);
}

Result<void> clearLastUsed(Workspace& ws, const QString& projectId)
{
    Result<QSqlQuery> q =
        ws.exec(QStringLiteral("UPDATE keys SET last_used_at = 0 WHERE project_id = ?"), {projectId});
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace kw::keyviews
