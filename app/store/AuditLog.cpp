// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditLog.h"

#include "core/KeyFormat.h"
#include "core/Time.h"
#include "store/AuditChain.h"
#include "store/AuditQuery.h"
#include "store/Cursor.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kw {

namespace {

const QString HeadSeq = QStringLiteral("audit.head_seq");
const QString HeadHash = QStringLiteral("audit.head_hash");

AuditEvent eventFromQuery(const QSqlQuery& q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.at = fromMs(q.value(2).toLongLong());
    e.actor = q.value(3).toString();
    e.action = q.value(4).toString();
    e.projectId = q.value(5).toString();
    e.keyId = q.value(6).toString();
    e.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

const QString Columns =
    QStringLiteral("seq, id, at, actor, action, project_id, key_id, details, prev_hash, hash");

} // namespace

QByteArray AuditLog::canonical(const AuditEvent& event)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical for a given content.
    const QJsonObject o{{QStringLiteral("id"), event.id},
                        {QStringLiteral("at"), toMs(event.at)},
                        {QStringLiteral("actor"), event.actor},
                        {QStringLiteral("action"), event.action},
                        {QStringLiteral("project_id"), event.projectId},
                        {QStringLiteral("key_id"), event.keyId},
                        {QStringLiteral("details"), event.details}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AuditLog::chainHash(const QString& prevHash, const QByteArray& canonicalEvent)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonicalEvent);
    return QString::fromLatin1(h.result().toHex());
}

Result<AuditEvent> AuditLog::append(const QString& actor, const QString& action, const QString& projectId,
                                    const QString& keyId, const QJsonObject& details, const QDateTime& at,
                                    const QString& id)
{
    Q_ASSERT(m_ws.inTransaction());
    AuditEvent e;
    e.id = id.isEmpty() ? newEventId() : id;
    e.at = at;
    e.actor = actor;
    e.action = action;
    e.projectId = projectId;
    e.keyId = keyId;
    e.details = details;
    // Chain onto the recorded head rather than whatever row is last now: if events were cut from
    // the end, the new event points at the missing one and verify keeps reporting the cut.
    e.prevHash = m_ws.setting(HeadHash);
    if (e.prevHash.isEmpty()) {
        Result<QSqlQuery> last =
            m_ws.exec(QStringLiteral("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1"));
        if (!last) {
            return last.error();
        }
        e.prevHash = last->next() ? last->value(0).toString() : genesisHash();
    }
    e.hash = chainHash(e.prevHash, canonical(e));
    Result<QSqlQuery> ins = m_ws.exec(
        QStringLiteral(
            "INSERT INTO audit(id, at, actor, action, project_id, key_id, details, prev_hash, hash)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, toMs(e.at), e.actor, e.action, e.projectId, e.keyId,
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.prevHash, e.hash});
    if (!ins) {
        return ins.error();
    }
    e.seq = ins->lastInsertId().toLongLong();
    // The head lets verify notice events cut from the end, which the chain alone cannot show.
    if (Result<void> r = m_ws.setSetting(HeadSeq, QString::number(e.seq)); !r) {
        return r.error();
    }
    if (Result<void> r = m_ws.setSetting(HeadHash, e.hash); !r) {
        return r.error();
    }
    return e;
}

Result<QList<AuditEvent>> AuditLog::list(const AuditFilter& filter)
{
    const AuditCondition where = auditCondition(filter);
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit WHERE ") + where.sql;
    const QVariantList& binds = where.binds;
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("kw", "Cannot read the audit trail."));
    }
    QList<AuditEvent> out;
    while (q.next()) {
        out.append(eventFromQuery(q));
    }
    return out;
}

Result<AuditVerification> AuditLog::verify()
{
    Cursor row(m_ws, QStringLiteral("SELECT ") + AuditChain::columns() +
                         QStringLiteral(" FROM audit ORDER BY seq"));
    AuditChain chain;
    while (row.next() && chain.check(row)) {
    }
    if (Result<void> r = row.status(); !r) {
        return r.error();
    }
    chain.finish(m_ws);
    return chain.result();
}

AuditLog::Head AuditLog::recordedHead() const
{
    return {m_ws.setting(HeadSeq, QStringLiteral("0")).toLongLong(), m_ws.setting(HeadHash, genesisHash())};
}

} // namespace kw
