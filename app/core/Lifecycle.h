// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"

namespace kw {

// Design §3: revoked > expired (past expiry, or a rotated key past its grace) > in grace > expiring.
KeyState deriveState(const KeyRecord& key, const QDateTime& now, int reminderDays);

// What the administrator asks for when issuing; unset fields take the project's defaults.
struct IssueRequest
{
    QString projectId;
    QString name;
    QString owner;
    Env env = Env::Test;
    QStringList scopes;
    QStringList models;
    std::optional<RateTier> tier;
    QDateTime expiresAt; // invalid: the policy's maximum lifetime, or never
    QString notes;
    bool keepInKeychain = false;
};

// Checks a request against the policy and fills defaults; the message says which rule refused it.
Result<IssueRequest> applyPolicy(const Policy& policy, IssueRequest request, const QDateTime& now);
Result<void> validatePolicy(const Policy& policy);
Result<void> validateTier(const RateTier& tier);
// Accepts a project name slug: chat-api.
bool isValidProjectName(QStringView name);
// Lower-cased, trimmed, de-duplicated, sorted: scopes and models compare as sets.
QStringList normalizedList(const QStringList& items);

} // namespace kw
