// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kw {

class Workspace;

struct SyncStatus
{
    QString profile;
    qint64 appliedRevision = 0;
    QDateTime lastSyncAt;    // the last sync that finished
    QDateTime lastAttemptAt; // the last one tried
    QString lastError;       // empty after a good sync
    qint64 pending = 0;      // outbox entries of the profile's projects
    bool online() const { return lastError.isEmpty() && lastSyncAt.isValid(); }
};

struct SyncConflict
{
    qint64 id = 0;
    QString profile;
    QString projectId;
    QString keyId;
    QDateTime at;
    QJsonObject fields; // field -> {local, remote, kept}
    QString eventId;
    QString origin; // local: merged here; registry: merged by another console
};

// The registry tables of schema 3: what the sync engine remembers between runs.
class SyncState final
{
public:
    explicit SyncState(Workspace& ws)
        : m_ws(ws)
    {}

    Result<qint64> modRevision(const QString& profile, const QByteArray& etcdKey);
    Result<void> setModRevision(const QString& profile, const QByteArray& etcdKey, qint64 revision);
    // The key is gone from the registry: the next write of it expects to create it.
    Result<void> forgetModRevision(const QString& profile, const QByteArray& etcdKey);
    // Every etcd key of the profile this console has seen, with its mod_revision.
    Result<QHash<QByteArray, qint64>> modRevisions(const QString& profile);
    Result<SyncStatus> status(const QString& profile);
    Result<void> setApplied(const QString& profile, qint64 revision);
    // A full pull next time: a newly bound project may have older keys in the registry.
    Result<void> resetApplied(const QString& profile);
    Result<void> recordAttempt(const QString& profile, const QDateTime& at, const QString& error);
    Result<void> addConflict(const SyncConflict& conflict);
    Result<QList<SyncConflict>> conflicts(const QString& profile = {});

private:
    Result<void> ensureRow(const QString& profile);
    Workspace& m_ws;
};

} // namespace kw
