// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QJsonObject>
#include <QList>

namespace kw {

class Workspace;

struct OutboxEntry
{
    qint64 seq = 0;
    QString projectId;
    QString entity; // project | key
    QString entityId;
    QString op; // create | update | issue | rotate | revoke | edit
    QJsonObject payload;
    QDateTime createdAt;
};

// Design §5: every change of a project bound to a registry enters the outbox in the transaction
// of the change itself, so a crash can lose neither the change nor its push.
class Outbox final
{
public:
    explicit Outbox(Workspace& ws)
        : m_ws(ws)
    {}

    // No-op for an unbound project. Call inside the change's transaction.
    Result<void> enqueue(const Project& project, const QString& entity, const QString& entityId,
                         const QString& op, const QJsonObject& payload, const QDateTime& at);
    Result<QList<OutboxEntry>> pending(int limit = 0);
    Result<qint64> pendingCount();
    Result<void> remove(qint64 seq);
    // Whether a change of this project or key waits to be pushed.
    Result<bool> hasPending(const QString& entity, const QString& entityId);
    // Drops a project's unpushed entries (when it is unbound); returns how many.
    Result<int> dropProject(const QString& projectId);

private:
    Workspace& m_ws;
};

} // namespace kw
