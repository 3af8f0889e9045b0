// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SyncState.h"

#include "core/Time.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kw {

namespace {

Result<void> done(const Result<QSqlQuery>& q)
{
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace

Result<qint64> SyncState::modRevision(const QString& profile, const QByteArray& etcdKey)
{
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral("SELECT mod_revision FROM registry_revisions WHERE profile = ? AND etcd_key = ?"),
        {profile, QString::fromUtf8(etcdKey)});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<void> SyncState::setModRevision(const QString& profile, const QByteArray& etcdKey, qint64 revision)
{
    return m_ws.write(QStringLiteral("INSERT INTO registry_revisions(profile, etcd_key, mod_revision)"
                                     " VALUES(?, ?, ?) ON CONFLICT(profile, etcd_key) DO UPDATE"
                                     " SET mod_revision = max(mod_revision, excluded.mod_revision)"),
                      {profile, QString::fromUtf8(etcdKey), revision});
}

Result<void> SyncState::forgetModRevision(const QString& profile, const QByteArray& etcdKey)
{
    return done(m_ws.exec(QStringLiteral("DELETE FROM registry_revisions WHERE profile = ? AND etcd_key = ?"),
                          {profile, QString::fromUtf8(etcdKey)}));
}

Result<QHash<QByteArray, qint64>> SyncState::modRevisions(const QString& profile)
{
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral("SELECT etcd_key, mod_revision FROM registry_revisions WHERE profile = ?"), {profile});
    if (!q) {
        return q.error();
    }
    QHash<QByteArray, qint64> out;
    while (q->next()) {
        out.insert(q->value(0).toString().toUtf8(), q->value(1).toLongLong());
    }
    return out;
}

Result<void> SyncState::ensureRow(const QString& profile)
{
    return done(
        m_ws.exec(QStringLiteral("INSERT OR IGNORE INTO registry_sync(profile) VALUES(?)"), {profile}));
}

Result<SyncStatus> SyncState::status(const QString& profile)
{
    SyncStatus s;
    s.profile = profile;
    Result<QSqlQuery> q = m_ws.exec(QStringLiteral("SELECT applied_revision, last_sync_at, last_attempt_at,"
                                                   " last_error FROM registry_sync WHERE profile = ?"),
                                    {profile});
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        s.appliedRevision = q->value(0).toLongLong();
        s.lastSyncAt = fromMs(q->value(1).toLongLong());
        s.lastAttemptAt = fromMs(q->value(2).toLongLong());
        s.lastError = q->value(3).toString();
    }
    Result<QSqlQuery> c = m_ws.exec(QStringLiteral("SELECT count(*) FROM outbox o JOIN projects p ON p.id ="
                                                   " o.project_id WHERE p.registry_profile = ?"),
                                    {profile});
    if (!c) {
        return c.error();
    }
    c->next();
    s.pending = c->value(0).toLongLong();
    return s;
}

Result<void> SyncState::setApplied(const QString& profile, qint64 revision)
{
    if (Result<void> r = ensureRow(profile); !r) {
        return r;
    }
    return done(
        m_ws.exec(QStringLiteral("UPDATE registry_sync SET applied_revision = max(applied_revision, ?)"
                                 " WHERE profile = ?"),
                  {revision, profile}));
}

Result<void> SyncState::resetApplied(const QString& profile)
{
    if (Result<void> r = ensureRow(profile); !r) {
        return r;
    }
    return done(m_ws.exec(QStringLiteral("UPDATE registry_sync SET applied_revision = 0 WHERE profile = ?"),
                          {profile}));
}

Result<void> SyncState::recordAttempt(const QString& profile, const QDateTime& at, const QString& error)
{
    if (Result<void> r = ensureRow(profile); !r) {
        return r;
    }
    if (error.isEmpty()) {
        return done(m_ws.exec(QStringLiteral("UPDATE registry_sync SET last_attempt_at = ?, last_sync_at = ?,"
                                             " last_error = '' WHERE profile = ?"),
                              {toMs(at), toMs(at), profile}));
    }
    return done(m_ws.exec(
        QStringLiteral("UPDATE registry_sync SET last_attempt_at = ?, last_error = ? WHERE profile = ?"),
        {toMs(at), error, profile}));
}

Result<void> SyncState::addConflict(const SyncConflict& c)
{
    return done(m_ws.exec(
        QStringLiteral(
            "INSERT INTO registry_conflicts(profile, project_id, key_id, at, fields, event_id, origin)"
            " VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {c.profile, c.projectId, c.keyId, toMs(c.at),
         QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact)), c.eventId, c.origin}));
}

Result<QList<SyncConflict>> SyncState::conflicts(const QString& profile)
{
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral(
            "SELECT id, profile, project_id, key_id, at, fields, event_id, origin FROM registry_conflicts"
            " WHERE ? = '' OR profile = ? ORDER BY id"),
        {profile, profile});
    if (!q) {
        return q.error();
    }
    QList<SyncConflict> out;
    while (q->next()) {
        SyncConflict c;
        c.id = q->value(0).toLongLong();
        c.profile = q->value(1).toString();
        c.projectId = q->value(2).toString();
        c.keyId = q->value(3).toString();
        c.at = fromMs(q->value(4).toLongLong());
        c.fields = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        c.eventId = q->value(6).toString();
        c.origin = q->value(7).toString();
        out.append(c);
    }
    return out;
}

} // namespace kw
