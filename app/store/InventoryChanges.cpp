// SPDX-License-Identifier: GPL-3.0-or-later
// The Inventory's changes to keys it holds: revocation (one or many), edits and the audited reveal
// of a keychain copy.
#include "core/Json.h"
#include "core/Tr.h"
#include "store/AuditLog.h"
#include "store/Inventory.h"
#include "store/InventoryChangeSet.h"
#include "store/Outbox.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

namespace kw {

using namespace inventory;

namespace {

Result<void> checkReason(RevokeReason reason, const QString& note)
{
    if (reason == RevokeReason::Other && note.trimmed().isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("Revoking for reason 'other' needs a note saying why."));
    }
    return {};
}

} // namespace

Result<KeyRecord> Inventory::revokeIn(const Project& project, KeyRecord key, RevokeReason reason,
                                      const QString& note, const QDateTime& at, const QJsonObject& extra)
{
    if (key.status == KeyStatus::Revoked) {
        return makeError(
            ErrorCode::Conflict,
            tr("Key %1 was already revoked on %2 by %3.").arg(key.id, toIso(key.revokedAt), key.revokedBy));
    }
    key.status = KeyStatus::Revoked;
    key.revokedAt = at;
    key.revokedBy = m_actor;
    key.revokeReason = reason;
    key.revokeNote = note.trimmed();
    key.updatedAt = at;
    key.updatedBy = m_actor;
    if (Result<void> up = KeyRepo(m_ws).update(key); !up) {
        return up.error();
    }
    QJsonObject details = extra;
    details.insert(QStringLiteral("reason"), reasonName(reason).toString());
    details.insert(QStringLiteral("note"), key.revokeNote);
    if (Result<void> a = record(project, QStringLiteral("key.revoke"), &key, details, at); !a) {
        return a.error();
    }
    return key;
}

Result<KeyRecord> Inventory::revoke(const QString& reference, RevokeReason reason, const QString& note)
{
    if (Result<void> r = checkReason(reason, note); !r) {
        return r.error();
    }
    Result<KeyRecord> current = key(reference);
    if (!current) {
        return current;
    }
    Result<Project> p = project(current->projectId);
    if (!p) {
        return p.error();
    }
    std::optional<KeyRecord> revoked;
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        Result<KeyRecord> fresh = KeyRepo(m_ws).get(current->id);
        if (!fresh) {
            return fresh.error();
        }
        Result<KeyRecord> done = revokeIn(*p, *fresh, reason, note, now(), {});
        if (!done) {
            return done.error();
        }
        revoked = *done;
        return {};
    });
    if (!r) {
        return r.error();
    }
    return *revoked;
}

Result<QList<KeyRecord>> Inventory::bulkRevoke(const KeyFilter& filter, RevokeReason reason,
                                               const QString& note)
{
    if (Result<void> r = checkReason(reason, note); !r) {
        return r.error();
    }
    if (filter.projectId.isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("A bulk revoke works on one project at a time."));
    }
    Result<Project> p = project(filter.projectId);
    if (!p) {
        return p.error();
    }
    KeyFilter scoped = filter;
    scoped.projectId = p->id;
    QList<KeyRecord> done;
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        Result<QList<KeyRecord>> matched = keys(scoped);
        if (!matched) {
            return matched.error();
        }
        const QDateTime at = now();
        const QJsonObject extra{{QStringLiteral("bulk"), true}};
        for (const KeyRecord& k : std::as_const(*matched)) {
            if (k.status == KeyStatus::Revoked) {
                continue;
            }
            Result<KeyRecord> one = revokeIn(*p, k, reason, note, at, extra);
            if (!one) {
                return one.error();
            }
            done.append(*one);
        }
        return {};
    });
    if (!r) {
        return r.error();
    }
    return done;
}

Result<KeyRecord> Inventory::edit(const QString& reference, const KeyEdit& e)
{
    Result<KeyRecord> current = key(reference);
    if (!current) {
        return current;
    }
    if (current->status == KeyStatus::Revoked) {
        return makeError(
            ErrorCode::Conflict,
            tr("Key %1 is revoked; a revoked key is final and cannot be edited.").arg(current->id));
    }
    Result<Project> p = project(current->projectId);
    if (!p) {
        return p.error();
    }
    KeyRecord k = *current;
    const QDateTime t = now();
    // Re-run the issue rules on the edited settings so an edit cannot escape the policy.
    IssueRequest check;
    check.projectId = p->id;
    check.name = e.name.value_or(k.name);
    check.owner = e.owner.value_or(k.owner);
    check.scopes = e.scopes.value_or(k.scopes);
    check.models = e.models.value_or(k.models);
    check.tier = e.tier.value_or(k.tier);
    check.expiresAt = e.expiresAt.value_or(k.expiresAt);
    if (e.expiresAt && !e.expiresAt->isValid() && p->policy.maxLifetimeDays > 0) {
        // Asked for explicitly, "never" would otherwise become the maximum without a word.
        return makeError(ErrorCode::Invalid,
                         tr("Project %1 allows keys of at most %2 days; a key that never expires is not "
                            "allowed. Give --expires DATE or --lifetime DURATION within that.")
                             .arg(p->name)
                             .arg(p->policy.maxLifetimeDays));
    }
    if (e.expiresAt || (p->policy.maxLifetimeDays > 0 && !k.expiresAt.isValid())) {
        Result<IssueRequest> ok = applyPolicy(p->policy, check, t);
        if (!ok) {
            return ok.error();
        }
        check = *ok;
    } else {
        // The expiry is untouched: check everything else against the policy with no expiry rule.
        Policy noLifetime = p->policy;
        noLifetime.maxLifetimeDays = 0;
        IssueRequest rest = check;
        rest.expiresAt = QDateTime();
        Result<IssueRequest> ok = applyPolicy(noLifetime, rest, t);
        if (!ok) {
            return ok.error();
        }
        ok->expiresAt = check.expiresAt;
        check = *ok;
    }
    k.name = check.name;
    k.owner = check.owner;
    k.scopes = check.scopes;
    k.models = check.models;
    k.tier = *check.tier;
    k.expiresAt = check.expiresAt;
    k.notes = e.notes.value_or(k.notes);
    ChangeSet set;
    set.compare(QStringLiteral("name"), current->name, k.name, asText);
    set.compare(QStringLiteral("owner"), current->owner, k.owner, asText);
    set.compare(QStringLiteral("notes"), current->notes, k.notes, asText);
    set.compare(QStringLiteral("scopes"), current->scopes, k.scopes, asList);
    set.compare(QStringLiteral("models"), current->models, k.models, asList);
    set.compare(QStringLiteral("tier"), current->tier, k.tier, asTier);
    set.compare(QStringLiteral("expires_at"), current->expiresAt, k.expiresAt, asTime);
    if (set.isEmpty()) {
        return k;
    }
    k.updatedAt = t;
    k.updatedBy = m_actor;
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        if (Result<void> up = KeyRepo(m_ws).update(k); !up) {
            return up;
        }
        return record(*p, QStringLiteral("key.edit"), &k, {{QStringLiteral("changes"), set.json()}}, t);
    });
    if (!r) {
        return r.error();
    }
    return k;
}

Result<void> Inventory::recordReveal(const QString& reference)
{
    Result<KeyRecord> k = key(reference);
    if (!k) {
        return k.error();
    }
    Result<Project> p = project(k->projectId);
    if (!p) {
        return p.error();
    }
    return m_ws.transaction([&]() -> Result<void> {
        Result<AuditEvent> event = AuditLog(m_ws).append(m_actor, QStringLiteral("key.reveal"), p->id, k->id,
                                                         {{QStringLiteral("key_hint"), k->hint}}, now());
        if (!event) {
            return event.error();
        }
        return {};
    });
}

} // namespace kw
