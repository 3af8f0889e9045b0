// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditQuery.h"

#include "core/Time.h"
#include "store/Cursor.h"

namespace kw {

AuditCondition auditCondition(const AuditFilter& filter, const QString& prefix)
{
    QStringList conditions;
    AuditCondition out;
    const auto where = [&](const QString& clause, const QVariant& value) {
        conditions.append(prefix + clause);
        out.binds.append(value);
    };
    if (!filter.projectId.isEmpty()) {
        where(QStringLiteral("project_id = ?"), filter.projectId);
    }
    if (!filter.keyId.isEmpty()) {
        where(QStringLiteral("key_id = ?"), filter.keyId);
    }
    if (!filter.actor.isEmpty()) {
        where(QStringLiteral("actor = ?"), filter.actor);
    }
    if (filter.action.endsWith(u'.')) {
        // A prefix such as "key.": compared by substr so that LIKE's wildcards in an action
        // name mean nothing.
        conditions.append(QStringLiteral("substr(%1action, 1, ?) = ?").arg(prefix));
        out.binds << filter.action.size() << filter.action;
    } else if (!filter.action.isEmpty()) {
        where(QStringLiteral("action = ?"), filter.action);
    }
    if (filter.from.isValid()) {
        where(QStringLiteral("at >= ?"), toMs(filter.from));
    }
    if (filter.to.isValid()) {
        where(QStringLiteral("at < ?"), toMs(filter.to));
    }
    out.sql = conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    return out;
}

std::unique_ptr<Cursor> openAuditExport(Workspace& ws, const AuditFilter& filter)
{
    // SQLite evaluates the filter into the last column, so the reader walks every event for the
    // chain yet formats only the matching ones.
    const AuditCondition matches = auditCondition(filter, QStringLiteral("a."));
    return std::make_unique<Cursor>(
        ws,
        QStringLiteral("SELECT ") + AuditChain::columns(QStringLiteral("a.")) +
            QStringLiteral(", coalesce(p.name, ''), (") + matches.sql +
            QStringLiteral(") FROM audit a LEFT JOIN projects p ON p.id = a.project_id ORDER BY a.seq"),
        matches.binds);
}

} // namespace kw
