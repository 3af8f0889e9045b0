// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Json.h"

#include "core/Time.h"

namespace kw {

namespace {

QJsonValue timeValue(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toIso(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonArray toJsonArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringListFromJson(const QJsonValue& v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& item : array) {
        out.append(item.toString());
    }
    return out;
}

QJsonObject toJson(const RateTier& tier)
{
    return {{QStringLiteral("requests_per_minute"), tier.requestsPerMinute},
            {QStringLiteral("tokens_per_minute"), tier.tokensPerMinute},
            {QStringLiteral("monthly_quota"), tier.monthlyQuota}};
}

RateTier tierFromJson(const QJsonObject& o)
{
    RateTier tier;
    tier.requestsPerMinute = o.value(QStringLiteral("requests_per_minute")).toInt();
    tier.tokensPerMinute = o.value(QStringLiteral("tokens_per_minute")).toInt();
    tier.monthlyQuota = o.value(QStringLiteral("monthly_quota")).toInteger();
    return tier;
}

QJsonObject toJson(const Policy& policy)
{
    return {{QStringLiteral("allowed_scopes"), toJsonArray(policy.allowedScopes)},
            {QStringLiteral("allowed_models"), toJsonArray(policy.allowedModels)},
            {QStringLiteral("max_lifetime_days"), policy.maxLifetimeDays},
            {QStringLiteral("default_tier"), toJson(policy.defaultTier)},
            {QStringLiteral("reminder_days"), policy.reminderDays},
            {QStringLiteral("grace_days"), policy.graceDays}};
}

Policy policyFromJson(const QJsonObject& o)
{
    Policy p;
    p.allowedScopes = stringListFromJson(o.value(QStringLiteral("allowed_scopes")));
    p.allowedModels = stringListFromJson(o.value(QStringLiteral("allowed_models")));
    p.maxLifetimeDays = o.value(QStringLiteral("max_lifetime_days")).toInt();
    p.defaultTier = tierFromJson(o.value(QStringLiteral("default_tier")).toObject());
    p.reminderDays = o.value(QStringLiteral("reminder_days")).toInt(14);
    p.graceDays = o.value(QStringLiteral("grace_days")).toInt(7);
    return p;
}

QJsonObject toJson(const Project& project)
{
    return {{QStringLiteral("id"), project.id},
            {QStringLiteral("name"), project.name},
            {QStringLiteral("prefix"), project.prefix},
            {QStringLiteral("description"), project.description},
            {QStringLiteral("policy"), toJson(project.policy)},
            {QStringLiteral("created_at"), timeValue(project.createdAt)},
            {QStringLiteral("updated_at"), timeValue(project.updatedAt)},
            {QStringLiteral("updated_by"), project.updatedBy},
            {QStringLiteral("registry_profile"), textOrNull(project.registryProfile)}};
}

QJsonObject toJson(const KeyRecord& key)
{
    QJsonObject o{{QStringLiteral("schema"), 1},
                  {QStringLiteral("id"), key.id},
                  {QStringLiteral("project_id"), key.projectId},
                  {QStringLiteral("name"), key.name},
                  {QStringLiteral("owner"), key.owner},
                  {QStringLiteral("env"), envName(key.env).toString()},
                  {QStringLiteral("hint"), key.hint},
                  {QStringLiteral("hash"), key.hash},
                  {QStringLiteral("scopes"), toJsonArray(key.scopes)},
                  {QStringLiteral("models"), toJsonArray(key.models)},
                  {QStringLiteral("tier"), toJson(key.tier)},
                  {QStringLiteral("created_at"), timeValue(key.createdAt)},
                  {QStringLiteral("created_by"), key.createdBy},
                  {QStringLiteral("expires_at"), timeValue(key.expiresAt)},
                  {QStringLiteral("last_used_at"), timeValue(key.lastUsedAt)},
                  {QStringLiteral("status"), statusName(key.status).toString()},
                  {QStringLiteral("revoked_at"), timeValue(key.revokedAt)},
                  {QStringLiteral("revoked_by"), textOrNull(key.revokedBy)},
                  {QStringLiteral("revoke_reason"), key.revokeReason
                                                        ? QJsonValue(reasonName(*key.revokeReason).toString())
                                                        : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("revoke_note"), textOrNull(key.revokeNote)},
                  {QStringLiteral("rotated_from"), textOrNull(key.rotatedFrom)},
                  {QStringLiteral("rotated_to"), textOrNull(key.rotatedTo)},
                  {QStringLiteral("grace_until"), timeValue(key.graceUntil)},
                  {QStringLiteral("notes"), key.notes},
                  {QStringLiteral("kept_in_keychain"), key.keptInKeychain},
                  {QStringLiteral("updated_at"), timeValue(key.updatedAt)},
                  {QStringLiteral("updated_by"), key.updatedBy}};
    return o;
}

} // namespace kw
