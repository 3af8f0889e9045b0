// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Lifecycle.h"

#include "core/Time.h"
#include "core/Tr.h"

#include <QRegularExpression>

namespace kw {

namespace {

QStringList outside(const QStringList& wanted, const QStringList& allowed)
{
    QStringList out;
    for (const QString& item : wanted) {
        if (!allowed.contains(item)) {
            out.append(item);
        }
    }
    return out;
}

} // namespace

KeyState deriveState(const KeyRecord& key, const QDateTime& now, int reminderDays)
{
    if (key.status == KeyStatus::Revoked) {
        return KeyState::Revoked;
    }
    if (key.expiresAt.isValid() && now >= key.expiresAt) {
        return KeyState::Expired;
    }
    if (key.graceUntil.isValid()) {
        return now >= key.graceUntil ? KeyState::Expired : KeyState::InGrace;
    }
    if (key.expiresAt.isValid() && now.addDays(reminderDays) >= key.expiresAt) {
        return KeyState::Expiring;
    }
    return KeyState::Active;
}

QStringList normalizedList(const QStringList& items)
{
    QStringList out;
    for (const QString& item : items) {
        const QString v = item.trimmed().toLower();
        if (!v.isEmpty() && !out.contains(v)) {
            out.append(v);
        }
    }
    out.sort();
    return out;
}

bool isValidProjectName(QStringView name)
{
    // \A...\z: '$' would also match before a final newline and accept "chat-api\n".
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9._-]{0,62}")));
    return re.match(name).hasMatch();
}

Result<void> validateTier(const RateTier& tier)
{
    if (tier.requestsPerMinute < 0 || tier.tokensPerMinute < 0 || tier.monthlyQuota < 0) {
        return makeError(ErrorCode::Invalid, tr("Rate limits cannot be negative (0 means no limit)."));
    }
    return {};
}

Result<void> validatePolicy(const Policy& policy)
{
    if (policy.maxLifetimeDays < 0 || policy.maxLifetimeDays > 36500) {
        return makeError(ErrorCode::Invalid,
                         tr("The maximum lifetime must be between 0 (none) and 36500 days."));
    }
    if (policy.reminderDays < 0 || policy.reminderDays > 365) {
        return makeError(ErrorCode::Invalid,
                         tr("The expiry reminder window must be between 0 and 365 days."));
    }
    if (policy.graceDays < 0 || policy.graceDays > 365) {
        return makeError(ErrorCode::Invalid, tr("The rotation grace period must be between 0 and 365 days."));
    }
    return validateTier(policy.defaultTier);
}

Result<IssueRequest> applyPolicy(const Policy& policy, IssueRequest request, const QDateTime& now)
{
    request.name = request.name.trimmed();
    request.owner = request.owner.trimmed();
    if (request.name.isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("A key needs a name."));
    }
    if (request.name.size() > 200 || request.owner.size() > 200) {
        return makeError(ErrorCode::Invalid, tr("Name and owner are limited to 200 characters."));
    }
    request.scopes = normalizedList(request.scopes);
    request.models = normalizedList(request.models);
    if (!policy.allowedScopes.isEmpty()) {
        const QStringList bad = outside(request.scopes, normalizedList(policy.allowedScopes));
        if (!bad.isEmpty()) {
            return makeError(ErrorCode::Invalid,
                             tr("Scope not allowed by the project's policy: %1 (allowed: %2).")
                                 .arg(bad.join(u", "), policy.allowedScopes.join(u", ")));
        }
    }
    if (!policy.allowedModels.isEmpty()) {
        const QStringList bad = outside(request.models, normalizedList(policy.allowedModels));
        if (!bad.isEmpty()) {
            return makeError(ErrorCode::Invalid,
                             tr("Model not allowed by the project's policy: %1 (allowed: %2).")
                                 .arg(bad.join(u", "), policy.allowedModels.join(u", ")));
        }
    }
    if (!request.tier) {
        request.tier = policy.defaultTier;
    }
    if (Result<void> r = validateTier(*request.tier); !r) {
        return r.error();
    }
    if (request.expiresAt.isValid() && request.expiresAt <= now) {
        return makeError(ErrorCode::Invalid,
                         tr("The expiry %1 is in the past.").arg(toIso(request.expiresAt)));
    }
    if (policy.maxLifetimeDays > 0) {
        const QDateTime cap = now.addDays(policy.maxLifetimeDays);
        if (!request.expiresAt.isValid()) {
            request.expiresAt = cap;
        } else if (request.expiresAt > cap) {
            return makeError(ErrorCode::Invalid,
                             tr("The project's policy allows keys to live at most %1 days (until %2).")
                                 .arg(policy.maxLifetimeDays)
                                 .arg(toIso(cap)));
        }
    }
    return request;
}

} // namespace kw
