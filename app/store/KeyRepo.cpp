// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/KeyRepo.h"

#include "core/Json.h"
#include "core/Time.h"
#include "core/Tr.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kw {

namespace {

const QString Columns = QStringLiteral(
    "id, project_id, name, owner, env, hint, hash, scopes, models, rpm, tpm, monthly_quota, created_at,"
    " created_by, expires_at, last_used_at, status, revoked_at, revoked_by, revoke_reason, revoke_note,"
    " rotated_from, rotated_to, grace_until, notes, kept_in_keychain, updated_at, updated_by");

QStringList listFromText(const QString& text)
{
    return stringListFromJson(QJsonDocument::fromJson(text.toUtf8()).array());
}

QString listText(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(toJsonArray(list)).toJson(QJsonDocument::Compact));
}

KeyRecord keyFromQuery(const QSqlQuery& q)
{
    KeyRecord k;
    int i = 0;
    const auto next = [&] {
        return q.value(i++);
    };
    k.id = next().toString();
    k.projectId = next().toString();
    k.name = next().toString();
    k.owner = next().toString();
    k.env = envFromName(next().toString()).value_or(Env::Test);
    k.hint = next().toString();
    k.hash = next().toString();
    k.scopes = listFromText(next().toString());
    k.models = listFromText(next().toString());
    k.tier.requestsPerMinute = next().toInt();
    k.tier.tokensPerMinute = next().toInt();
    k.tier.monthlyQuota = next().toLongLong();
    k.createdAt = fromMs(next().toLongLong());
    k.createdBy = next().toString();
    k.expiresAt = fromMs(next().toLongLong());
    k.lastUsedAt = fromMs(next().toLongLong());
    k.status = statusFromName(next().toString()).value_or(KeyStatus::Active);
    k.revokedAt = fromMs(next().toLongLong());
    k.revokedBy = next().toString();
    k.revokeReason = reasonFromName(next().toString());
    k.revokeNote = next().toString();
    k.rotatedFrom = next().toString();
    k.rotatedTo = next().toString();
    k.graceUntil = fromMs(next().toLongLong());
    k.notes = next().toString();
    k.keptInKeychain = next().toBool();
    k.updatedAt = fromMs(next().toLongLong());
    k.updatedBy = next().toString();
    return k;
}

QVariantList bindsOf(const KeyRecord& k)
{
    return {k.id,
            k.projectId,
            k.name,
            k.owner,
            envName(k.env).toString(),
            k.hint,
            k.hash,
            listText(k.scopes),
            listText(k.models),
            k.tier.requestsPerMinute,
            k.tier.tokensPerMinute,
            k.tier.monthlyQuota,
            toMs(k.createdAt),
            k.createdBy,
            toMs(k.expiresAt),
            toMs(k.lastUsedAt),
            statusName(k.status).toString(),
            toMs(k.revokedAt),
            k.revokedBy,
            k.revokeReason ? reasonName(*k.revokeReason).toString() : QString(),
            k.revokeNote,
            k.rotatedFrom,
            k.rotatedTo,
            toMs(k.graceUntil),
            k.notes,
            k.keptInKeychain ? 1 : 0,
            toMs(k.updatedAt),
            k.updatedBy};
}

} // namespace

Result<KeyRecord> KeyRepo::get(const QString& id)
{
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM keys WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, tr("No key %1 in this workspace.").arg(id));
    }
    return keyFromQuery(*q);
}

Result<KeyRecord> KeyRepo::resolve(const QString& reference)
{
    if (reference.startsWith(QLatin1String("key_"))) {
        return get(reference);
    }
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM keys WHERE hint = ? LIMIT 2"),
                  {reference});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, tr("No key %1 in this workspace.").arg(reference));
    }
    KeyRecord first = keyFromQuery(*q);
    if (q->next()) {
        return makeError(ErrorCode::Invalid,
                         tr("The hint %1 names more than one key; use the key id.").arg(reference));
    }
    return first;
}

Result<std::optional<KeyRecord>> KeyRepo::byHash(const QString& hash)
{
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM keys WHERE hash = ?"), {hash});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<KeyRecord>();
    }
    return std::optional<KeyRecord>(keyFromQuery(*q));
}

Result<void> KeyRepo::scan(const KeyFilter& filter, const std::function<bool(KeyRecord&&)>& visit)
{
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM keys WHERE 1=1");
    QVariantList binds;
    if (!filter.projectId.isEmpty()) {
        sql += QStringLiteral(" AND project_id = ?");
        binds << filter.projectId;
    }
    if (filter.env) {
        sql += QStringLiteral(" AND env = ?");
        binds << envName(*filter.env).toString();
    }
    if (!filter.owner.isEmpty()) {
        sql += QStringLiteral(" AND owner = ? COLLATE NOCASE");
        binds << filter.owner;
    }
    if (!filter.scope.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(keys.scopes) WHERE value = ?)");
        binds << filter.scope.toLower();
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (instr(lower(name), ?) OR instr(lower(hint), ?) OR instr(lower(owner), ?)"
                              " OR instr(lower(id), ?))");
        const QString needle = filter.text.toLower();
        binds << needle << needle << needle << needle;
    }
    if (!filter.ids.isEmpty()) {
        sql += QStringLiteral(" AND id IN (SELECT value FROM json_each(?))");
        binds << listText(filter.ids);
    }
    sql += QStringLiteral(" ORDER BY created_at, id");
    Result<QSqlQuery> q = m_ws.exec(sql, binds);
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        if (!visit(keyFromQuery(*q))) {
            break;
        }
    }
    return {};
}

Result<void> KeyRepo::insert(const KeyRecord& key)
{
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("INSERT INTO keys(") + Columns +
                      QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  bindsOf(key));
    if (!q) {
        return q.error();
    }
    return {};
}

Result<void> KeyRepo::update(const KeyRecord& key)
{
    // Every column but id; the hash and project of a key never change after issue.
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("UPDATE keys SET name = ?, owner = ?, scopes = ?, models = ?, rpm = ?,"
                                 " tpm = ?, monthly_quota = ?, expires_at = ?, last_used_at = ?,"
                                 " status = ?, revoked_at = ?, revoked_by = ?, revoke_reason = ?,"
                                 " revoke_note = ?, rotated_to = ?, grace_until = ?, notes = ?,"
                                 " kept_in_keychain = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                  {key.name,
                   key.owner,
                   listText(key.scopes),
                   listText(key.models),
                   key.tier.requestsPerMinute,
                   key.tier.tokensPerMinute,
                   key.tier.monthlyQuota,
                   toMs(key.expiresAt),
                   toMs(key.lastUsedAt),
                   statusName(key.status).toString(),
                   toMs(key.revokedAt),
                   key.revokedBy,
                   key.revokeReason ? reasonName(*key.revokeReason).toString() : QString(),
                   key.revokeNote,
                   key.rotatedTo,
                   toMs(key.graceUntil),
                   key.notes,
                   key.keptInKeychain ? 1 : 0,
                   toMs(key.updatedAt),
                   key.updatedBy,
                   key.id});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<qint64> KeyRepo::count(const QString& projectId)
{
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("SELECT count(*) FROM keys WHERE project_id = ?"), {projectId});
    if (!q) {
        return q.error();
    }
    q->next();
    return q->value(0).toLongLong();
}

} // namespace kw
