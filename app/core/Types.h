// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace kw {

enum class Env
{
    Test,
    Live
};

// Stored status. Only these two exist; everything else is derived at a point in time.
enum class KeyStatus
{
    Active,
    Revoked
};

// Derived state at time t, in order of precedence (docs/keys.md, Lifecycle).
enum class KeyState
{
    Active,
    Expiring,
    InGrace,
    Expired,
    Revoked
};

enum class RevokeReason
{
    Compromised,
    Unused,
    Rotated,
    OwnerLeft,
    Other
};

QStringView envName(Env env);
std::optional<Env> envFromName(QStringView name);
QStringView statusName(KeyStatus status);
std::optional<KeyStatus> statusFromName(QStringView name);
QStringView stateName(KeyState state);
std::optional<KeyState> stateFromName(QStringView name);
QStringView reasonName(RevokeReason reason);
std::optional<RevokeReason> reasonFromName(QStringView name);

// Metadata for the gateways, which enforce it; 0 means no limit.
struct RateTier
{
    int requestsPerMinute = 0;
    int tokensPerMinute = 0;
    qint64 monthlyQuota = 0;
    bool operator==(const RateTier&) const = default;
};
QString describeTier(const RateTier& tier);

struct Policy
{
    QStringList allowedScopes; // empty: any scope
    QStringList allowedModels; // empty: any model
    int maxLifetimeDays = 0;   // 0: keys may live forever
    RateTier defaultTier;
    int reminderDays = 14;
    int graceDays = 7;
    bool operator==(const Policy&) const = default;
};

struct Project
{
    QString id;
    QString name;   // slug, unique in the workspace: chat-api
    QString prefix; // key prefix, unique in the workspace: chat
    QString description;
    Policy policy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    QString registryProfile; // empty: not bound to a registry
};

struct KeyRecord
{
    QString id;
    QString projectId;
    QString name;
    QString owner;
    Env env = Env::Test;
    QString hint;
    QString hash;
    QStringList scopes;
    QStringList models;
    RateTier tier;
    QDateTime createdAt;
    QString createdBy;
    QDateTime expiresAt;  // invalid: never expires
    QDateTime lastUsedAt; // invalid: never seen in imported logs
    KeyStatus status = KeyStatus::Active;
    QDateTime revokedAt;
    QString revokedBy;
    std::optional<RevokeReason> revokeReason;
    QString revokeNote;
    QString rotatedFrom;
    QString rotatedTo;
    QDateTime graceUntil;
    QString notes;
    bool keptInKeychain = false;
    QDateTime updatedAt;
    QString updatedBy;
};

} // namespace kw
