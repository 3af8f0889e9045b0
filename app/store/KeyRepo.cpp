// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/KeyRepo.h"

#include "core/Json.h"
#include "core/KeyFormat.h"
#include "core/Time.h"
#include "core/Tr.h"
#include "store/Cursor.h"
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
    if (text == QLatin1String("[]")) {
        return {}; // most rows: skip the JSON parser
    }
    return stringListFromJson(QJsonDocument::fromJson(text.toUtf8()).array());
}

QString listText(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(toJsonArray(list)).toJson(QJsonDocument::Compact));
}

KeyRecord keyFromRow(const Cursor& row)
{
    KeyRecord k;
    int i = 0;
    const auto text = [&] {
        return row.text(i++);
    };
    const auto number = [&] {
        return row.integer(i++);
    };
    const auto time = [&] {
        return fromMs(row.integer(i++));
    };
    const auto list = [&] {
        const bool empty = row.textEquals(i, "[]");
        return empty ? (++i, QStringList()) : listFromText(row.text(i++));
    };
    k.id = text();
    k.projectId = text();
    k.name = text();
    k.owner = text();
    k.env = row.textEquals(i++, "live") ? Env::Live : Env::Test;
    k.hint = text();
    k.hash = text();
    k.scopes = list();
    k.models = list();
    k.tier.requestsPerMinute = int(number());
    k.tier.tokensPerMinute = int(number());
    k.tier.monthlyQuota = number();
    k.createdAt = time();
    k.createdBy = text();
    k.expiresAt = time();
    k.lastUsedAt = time();
    k.status = row.textEquals(i++, "revoked") ? KeyStatus::Revoked : KeyStatus::Active;
    k.revokedAt = time();
    k.revokedBy = text();
    k.revokeReason = row.isEmptyText(i) ? (++i, std::nullopt) : reasonFromName(text());
    k.revokeNote = text();
    k.rotatedFrom = text();
    k.rotatedTo = text();
    k.graceUntil = time();
    k.notes = text();
    k.keptInKeychain = number() != 0;
    k.updatedAt = time();
    k.updatedBy = text();
    return k;
}

// Runs a SELECT of all key columns and hands each row to visit until it returns false.
Result<void> selectKeys(Workspace& ws, const QString& where, const QVariantList& binds,
                        const std::function<bool(KeyRecord&&)>& visit)
{
    Cursor cursor(ws, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM keys ") + where, binds);
    while (cursor.next()) {
        if (!visit(keyFromRow(cursor))) {
            break;
        }
    }
    return cursor.status();
}

Result<QList<KeyRecord>> selectKeys(Workspace& ws, const QString& where, const QVariantList& binds)
{
    QList<KeyRecord> out;
    Result<void> r = selectKeys(ws, where, binds, [&](KeyRecord&& k) {
        out.append(std::move(k));
        return true;
    });
    if (!r) {
        return r.error();
    }
    return out;
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
    Result<QList<KeyRecord>> found = selectKeys(m_ws, QStringLiteral("WHERE id = ?"), {id});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(ErrorCode::NotFound, tr("No key %1 in this workspace.").arg(id));
    }
    return found->constFirst();
}

Result<KeyRecord> KeyRepo::resolve(const QString& reference)
{
    if (isKeyIdShape(reference)) {
        return get(reference);
    }
    const bool hint = isHintShape(reference);
    if (hint) {
        Result<QList<KeyRecord>> found =
            selectKeys(m_ws, QStringLiteral("WHERE hint = ? LIMIT 2"), {reference});
        if (!found) {
            return found.error();
        }
        if (found->size() > 1) {
            return makeError(ErrorCode::Invalid,
                             tr("The hint %1 names more than one key; use the key id.").arg(reference));
        }
        if (!found->isEmpty()) {
            return found->constFirst();
        }
    }
    // Anything else may be the secret itself (an administrator revoking a leaked key pastes it):
    // found by its hash, and never repeated in a message, which may end up in a log.
    Result<std::optional<KeyRecord>> byItsHash = byHash(keyHash(reference));
    if (!byItsHash) {
        return byItsHash.error();
    }
    if (*byItsHash) {
        return **byItsHash;
    }
    if (hint) {
        return makeError(ErrorCode::NotFound, tr("No key %1 in this workspace.").arg(reference));
    }
    const ParsedKey parsed = parseKey(reference);
    if (!parsed.hint.isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         tr("No key in this workspace is the key %1… you gave.").arg(parsed.hint));
    }
    return makeError(ErrorCode::NotFound,
                     tr("No key in this workspace has the id, hint or secret you gave (not repeated here: "
                        "it may be a secret)."));
}

Result<std::optional<KeyRecord>> KeyRepo::byHash(const QString& hash)
{
    Result<QList<KeyRecord>> found = selectKeys(m_ws, QStringLiteral("WHERE hash = ?"), {hash});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<KeyRecord>();
    }
    return std::optional<KeyRecord>(found->constFirst());
}

Result<void> KeyRepo::scan(const KeyFilter& filter, const std::function<bool(KeyRecord&&)>& visit)
{
    QString sql = QStringLiteral("WHERE 1=1");
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
    // Matches keys_by_project (whose entries end in the rowid), so SQLite sorts nothing.
    sql += QStringLiteral(" ORDER BY created_at, rowid");
    return selectKeys(m_ws, sql, binds, visit);
}

Result<void> KeyRepo::insert(const KeyRecord& key)
{
    return m_ws.write(QStringLiteral("INSERT INTO keys(") + Columns +
                          QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      bindsOf(key));
}

Result<void> KeyRepo::update(const KeyRecord& key)
{
    // Every column but id; the hash and project of a key never change after issue.
    return m_ws.write(QStringLiteral("UPDATE keys SET name = ?, owner = ?, scopes = ?, models = ?, rpm = ?,"
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

Result<QSet<QString>> KeyRepo::ids()
{
    Result<QSqlQuery> q = m_ws.exec(QStringLiteral("SELECT id FROM keys"));
    if (!q) {
        return q.error();
    }
    QSet<QString> out;
    while (q->next()) {
        out.insert(q->value(0).toString());
    }
    return out;
}

} // namespace kw
