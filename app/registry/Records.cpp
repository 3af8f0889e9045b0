// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/Records.h"

#include "core/Json.h"
#include "core/KeyFormat.h"
#include "core/Tr.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace kw {

namespace {

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// Null or missing: not set. Anything else must parse.
bool readTime(const QJsonObject& o, const QString& field, QDateTime* out)
{
    const QJsonValue v = o.value(field);
    if (v.isNull() || v.isUndefined()) {
        *out = QDateTime();
        return true;
    }
    *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return out->isValid();
}

Result<QJsonObject> parseObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(
            ErrorCode::Invalid,
            tr("not valid JSON (%1)")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object")));
    }
    const QJsonObject o = doc.object();
    const int schema = o.value(QStringLiteral("schema")).toInt(-1);
    if (schema != RecordSchema) {
        return makeError(ErrorCode::Invalid,
                         tr("unknown schema version %1 (this Keyward reads %2)")
                             .arg(o.value(QStringLiteral("schema")).toVariant().toString())
                             .arg(RecordSchema));
    }
    return o;
}

const QString Schema = QStringLiteral("schema");

} // namespace

namespace layout {

QByteArray projectKey(const QString& ns, const QString& projectId)
{
    return (ns + QStringLiteral("/projects/") + projectId).toUtf8();
}

QByteArray keyKey(const QString& ns, const QString& projectId, const QString& keyId)
{
    return (ns + QStringLiteral("/keys/") + projectId + u'/' + keyId).toUtf8();
}

QByteArray hashKey(const QString& ns, const QString& hash)
{
    return (ns + QStringLiteral("/by-hash/") + hash).toUtf8();
}

QByteArray auditKey(const QString& ns, const QString& projectId, const QDateTime& at, const QString& eventId)
{
    return (ns + QStringLiteral("/audit/") + projectId + u'/' +
            QStringLiteral("%1").arg(at.toMSecsSinceEpoch(), 13, 10, QLatin1Char('0')) + u'-' + eventId)
        .toUtf8();
}

} // namespace layout

QJsonObject registryRecord(const KeyRecord& key)
{
    QJsonObject o = toJson(key);
    o.remove(QStringLiteral("kept_in_keychain"));
    o.remove(QStringLiteral("last_used_at"));
    o.insert(Schema, RecordSchema);
    for (const auto& [field, t] : {std::pair{QStringLiteral("created_at"), &key.createdAt},
                                   std::pair{QStringLiteral("expires_at"), &key.expiresAt},
                                   std::pair{QStringLiteral("revoked_at"), &key.revokedAt},
                                   std::pair{QStringLiteral("grace_until"), &key.graceUntil},
                                   std::pair{QStringLiteral("updated_at"), &key.updatedAt}}) {
        o.insert(field, timeJson(*t));
    }
    return o;
}

QJsonObject registryRecord(const Project& project)
{
    QJsonObject o = toJson(project);
    o.remove(QStringLiteral("registry_profile"));
    o.insert(Schema, RecordSchema);
    o.insert(QStringLiteral("created_at"), timeJson(project.createdAt));
    o.insert(QStringLiteral("updated_at"), timeJson(project.updatedAt));
    return o;
}

QJsonObject registryRecord(const AuditEvent& e)
{
    // With the origin's prev_hash and hash: the registry's copy anchors its chain outside the
    // workspace file.
    QJsonObject o = toJson(e, timeJson(e.at));
    o.insert(Schema, RecordSchema);
    return o;
}

Result<KeyRecord> keyFromRegistry(const QByteArray& json)
{
    Result<QJsonObject> parsed = parseObject(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject& o = *parsed;
    static const QRegularExpression hashRe(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression idRe(QStringLiteral("^key_[0-9A-Za-z]{16}$"));
    static const QRegularExpression projectRe(QStringLiteral("^prj_[0-9A-Za-z]{16}$"));
    KeyRecord k;
    k.id = o.value(QStringLiteral("id")).toString();
    k.projectId = o.value(QStringLiteral("project_id")).toString();
    k.hash = o.value(QStringLiteral("hash")).toString();
    k.hint = o.value(QStringLiteral("hint")).toString();
    if (!idRe.match(k.id).hasMatch() || !projectRe.match(k.projectId).hasMatch()) {
        return makeError(ErrorCode::Invalid, tr("a key record without a valid id or project_id"));
    }
    if (!hashRe.match(k.hash).hasMatch()) {
        return makeError(ErrorCode::Invalid, tr("key %1 has no valid hash").arg(k.id));
    }
    if (k.hint.isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("key %1 has no hint").arg(k.id));
    }
    const std::optional<Env> env = envFromName(o.value(QStringLiteral("env")).toString());
    const std::optional<KeyStatus> status = statusFromName(o.value(QStringLiteral("status")).toString());
    if (!env || !status) {
        return makeError(ErrorCode::Invalid, tr("key %1 has an unknown env or status").arg(k.id));
    }
    k.env = *env;
    k.status = *status;
    k.name = o.value(QStringLiteral("name")).toString();
    k.owner = o.value(QStringLiteral("owner")).toString();
    k.scopes = stringListFromJson(o.value(QStringLiteral("scopes")));
    k.models = stringListFromJson(o.value(QStringLiteral("models")));
    k.tier = tierFromJson(o.value(QStringLiteral("tier")).toObject());
    k.createdBy = o.value(QStringLiteral("created_by")).toString();
    k.revokedBy = o.value(QStringLiteral("revoked_by")).toString();
    k.revokeNote = o.value(QStringLiteral("revoke_note")).toString();
    k.rotatedFrom = o.value(QStringLiteral("rotated_from")).toString();
    k.rotatedTo = o.value(QStringLiteral("rotated_to")).toString();
    k.notes = o.value(QStringLiteral("notes")).toString();
    k.updatedBy = o.value(QStringLiteral("updated_by")).toString();
    if (const QJsonValue r = o.value(QStringLiteral("revoke_reason")); r.isString()) {
        k.revokeReason = reasonFromName(r.toString());
        if (!k.revokeReason) {
            return makeError(ErrorCode::Invalid, tr("key %1 has an unknown revoke reason").arg(k.id));
        }
    }
    if (!readTime(o, QStringLiteral("created_at"), &k.createdAt) ||
        !readTime(o, QStringLiteral("expires_at"), &k.expiresAt) ||
        !readTime(o, QStringLiteral("revoked_at"), &k.revokedAt) ||
        !readTime(o, QStringLiteral("grace_until"), &k.graceUntil) ||
        !readTime(o, QStringLiteral("updated_at"), &k.updatedAt) || !k.createdAt.isValid() ||
        !k.updatedAt.isValid()) {
        return makeError(ErrorCode::Invalid, tr("key %1 has a time that is not ISO 8601").arg(k.id));
    }
    if (k.status == KeyStatus::Revoked && !k.revokedAt.isValid()) {
        return makeError(ErrorCode::Invalid, tr("key %1 is revoked without revoked_at").arg(k.id));
    }
    return k;
}

Result<Project> projectFromRegistry(const QByteArray& json)
{
    Result<QJsonObject> parsed = parseObject(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject& o = *parsed;
    Project p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.prefix = o.value(QStringLiteral("prefix")).toString();
    p.description = o.value(QStringLiteral("description")).toString();
    p.policy = policyFromJson(o.value(QStringLiteral("policy")).toObject());
    p.updatedBy = o.value(QStringLiteral("updated_by")).toString();
    if (!p.id.startsWith(QLatin1String("prj_")) || p.name.isEmpty() || !isValidPrefix(p.prefix) ||
        !readTime(o, QStringLiteral("created_at"), &p.createdAt) ||
        !readTime(o, QStringLiteral("updated_at"), &p.updatedAt) || !p.updatedAt.isValid()) {
        return makeError(ErrorCode::Invalid, tr("a project record without valid id, name, prefix or times"));
    }
    if (!p.createdAt.isValid()) {
        p.createdAt = p.updatedAt;
    }
    return p;
}

Result<AuditEvent> auditFromRegistry(const QByteArray& json)
{
    Result<QJsonObject> parsed = parseObject(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject& o = *parsed;
    AuditEvent e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.projectId = o.value(QStringLiteral("project_id")).toString();
    e.keyId = o.value(QStringLiteral("key_id")).toString();
    e.details = o.value(QStringLiteral("details")).toObject();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    if (!e.id.startsWith(QLatin1String("evt_")) || e.action.isEmpty() ||
        !readTime(o, QStringLiteral("at"), &e.at) || !e.at.isValid()) {
        return makeError(ErrorCode::Invalid, tr("an audit event without valid id, action or time"));
    }
    return e;
}

namespace {

QDateTime earlierSet(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid()) {
        return b;
    }
    if (!b.isValid()) {
        return a;
    }
    return std::min(a, b);
}

} // namespace

KeyMerge mergeKey(const KeyRecord& local, const KeyRecord& remote, bool localPending)
{
    KeyMerge m;
    const QJsonObject l = registryRecord(local);
    const QJsonObject r = registryRecord(remote);
    const bool remoteNewer = remote.updatedAt > local.updatedAt;
    if (!localPending) {
        m.merged = remote;
    } else {
        // Last writer wins for ordinary fields...
        m.merged = remoteNewer ? remote : local;
        // ...but expiry and grace only ever get shorter in a conflict.
        m.merged.expiresAt = earlierSet(local.expiresAt, remote.expiresAt);
        m.merged.graceUntil = earlierSet(local.graceUntil, remote.graceUntil);
    }
    // A revocation is final, wherever it was made; the earliest one is the one kept.
    const KeyRecord* revoker = nullptr;
    for (const KeyRecord* k : {&local, &remote}) {
        if (k->status == KeyStatus::Revoked && (!revoker || k->revokedAt < revoker->revokedAt)) {
            revoker = k;
        }
    }
    if (revoker) {
        m.merged.status = KeyStatus::Revoked;
        m.merged.revokedAt = revoker->revokedAt;
        m.merged.revokedBy = revoker->revokedBy;
        m.merged.revokeReason = revoker->revokeReason;
        m.merged.revokeNote = revoker->revokeNote;
    }
    m.merged.updatedAt = std::max(local.updatedAt, remote.updatedAt);
    m.merged.updatedBy = remoteNewer ? remote.updatedBy : local.updatedBy;
    m.merged.keptInKeychain = local.keptInKeychain;
    m.merged.lastUsedAt = local.lastUsedAt;

    const QJsonObject kept = registryRecord(m.merged);
    const bool localRevocationLost =
        local.status == KeyStatus::Revoked && remote.status != KeyStatus::Revoked;
    if (localPending || localRevocationLost) {
        for (auto it = kept.begin(); it != kept.end(); ++it) {
            if (it.key() == QLatin1String("updated_at") || it.key() == QLatin1String("updated_by")) {
                continue;
            }
            if (l.value(it.key()) != r.value(it.key())) {
                m.conflicts.insert(it.key(), QJsonObject{{QStringLiteral("local"), l.value(it.key())},
                                                         {QStringLiteral("remote"), r.value(it.key())},
                                                         {QStringLiteral("kept"), it.value()}});
            }
        }
    }
    m.changesLocal = kept != l;
    m.differsFromRemote = kept != r;
    return m;
}

} // namespace kw
