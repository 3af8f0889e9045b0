// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditLog.h"

#include "core/KeyFormat.h"
#include "core/Time.h"
#include "store/AuditChain.h"
#include "store/Cursor.h"
#include "store/KeyReplay.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kw {

namespace {

const QString HeadSeq = QStringLiteral("audit.head_seq");
const QString HeadHash = QStringLiteral("audit.head_hash");
const QString LegacyUntil = QStringLiteral("audit.legacy_until");

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

Result<std::optional<AuditEvent>> AuditLog::find(const QString& id)
{
    if (id.isEmpty()) {
        return std::optional<AuditEvent>();
    }
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<AuditEvent>();
    }
    return std::optional<AuditEvent>(eventFromQuery(*q));
}

QJsonObject toJson(const AuditEvent& e, const QJsonValue& at)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), at},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("project_id"), e.projectId},
            {QStringLiteral("key_id"), e.keyId},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

QByteArray AuditLog::canonical(const AuditEvent& event, bool withSeq)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical for a given content.
    QJsonObject o{{QStringLiteral("id"), event.id},
                  {QStringLiteral("at"), toMs(event.at)},
                  {QStringLiteral("actor"), event.actor},
                  {QStringLiteral("action"), event.action},
                  {QStringLiteral("project_id"), event.projectId},
                  {QStringLiteral("key_id"), event.keyId},
                  {QStringLiteral("details"), event.details}};
    if (withSeq) {
        o.insert(QStringLiteral("seq"), event.seq);
    }
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
    // The seq is part of the hash, so it is chosen here, as AUTOINCREMENT would: past every seq
    // ever used, and this runs inside the write transaction.
    Result<QSqlQuery> next = m_ws.exec(
        QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit'), 0),"
                       " coalesce((SELECT max(seq) FROM audit), 0)) + 1"));
    if (!next) {
        return next.error();
    }
    e.seq = next->next() ? next->value(0).toLongLong() : 1;
    e.hash = chainHash(e.prevHash, canonical(e));
    Result<QSqlQuery> ins = m_ws.exec(
        QStringLiteral(
            "INSERT INTO audit(seq, id, at, actor, action, project_id, key_id, details, prev_hash, hash)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.seq, e.id, toMs(e.at), e.actor, e.action, e.projectId, e.keyId,
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.prevHash, e.hash});
    if (!ins) {
        return ins.error();
    }
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
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit WHERE 1=1");
    QVariantList binds;
    const auto where = [&](const QString& clause, const QVariant& value) {
        sql += QStringLiteral(" AND ") + clause;
        binds.append(value);
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
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
        binds << filter.action.size() << filter.action;
    } else if (!filter.action.isEmpty()) {
        where(QStringLiteral("action = ?"), filter.action);
    }
    if (filter.from.isValid()) {
        where(QStringLiteral("at >= ?"), toMs(filter.from));
    }
    if (filter.to.isValid()) {
        where(QStringLiteral("at < ?"), toMs(filter.to));
    }
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
    Result<KeyReplay> replay = KeyReplay::forWorkspace(m_ws);
    if (!replay) {
        return replay.error();
    }
    Cursor row(m_ws, QStringLiteral("SELECT ") + AuditChain::columns() +
                         QStringLiteral(" FROM audit ORDER BY seq"));
    AuditChain chain(m_ws);
    while (row.next() && chain.check(row)) {
        replay->apply(row);
    }
    if (Result<void> r = row.status(); !r) {
        return r.error();
    }
    chain.finish(m_ws);
    AuditVerification v = chain.result();
    if (!v.ok) {
        return v;
    }
    // An intact chain: now the keys' rows must be what their events made them.
    Result<std::optional<KeyReplay::Mismatch>> mismatch = replay->compare(m_ws);
    if (!mismatch) {
        return mismatch.error();
    }
    if (*mismatch) {
        v.ok = false;
        v.badKeyId = (*mismatch)->keyId;
        v.firstBadSeq = (*mismatch)->lastSeq;
        v.problem = (*mismatch)->problem;
    }
    return v;
}

qint64 AuditLog::legacyUntil() const
{
    return m_ws.setting(LegacyUntil, QStringLiteral("0")).toLongLong();
}

Result<void> AuditLog::sealLegacyEvents(Workspace& ws)
{
    Result<QSqlQuery> range =
        ws.exec(QStringLiteral("SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0) FROM audit"));
    if (!range) {
        return range.error();
    }
    range->next();
    const qint64 count = range->value(0).toLongLong();
    const qint64 first = range->value(1).toLongLong();
    const qint64 last = range->value(2).toLongLong();
    range->finish();
    if (count == 0) {
        return {}; // nothing was hashed the old way
    }
    if (Result<void> r = ws.setSetting(LegacyUntil, QString::number(last)); !r) {
        return r;
    }
    Result<AuditEvent> seal =
        AuditLog(ws).append(QStringLiteral("keyward"), QLatin1String(UpgradeAction), {}, {},
                            {{QStringLiteral("schema"), 7},
                             {QStringLiteral("legacy_events"), count},
                             {QStringLiteral("legacy_first_seq"), first},
                             {QStringLiteral("legacy_until"), last}},
                            QDateTime::currentDateTimeUtc());
    if (!seal) {
        return seal.error();
    }
    return {};
}

AuditLog::Head AuditLog::recordedHead() const
{
    return {m_ws.setting(HeadSeq, QStringLiteral("0")).toLongLong(), m_ws.setting(HeadHash, genesisHash())};
}

} // namespace kw
