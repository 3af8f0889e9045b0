// SPDX-License-Identifier: GPL-3.0-or-later
// The Inventory's ways for a key to come in: issue, rotation (a successor) and import, each one
// transaction with its audit event and outbox entry.
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

KeyRecord recordFor(const PreparedIssue& prepared, const QString& actor)
{
    KeyRecord k;
    k.id = prepared.keyId;
    k.projectId = prepared.project.id;
    k.name = prepared.request.name;
    k.owner = prepared.request.owner;
    k.env = prepared.request.env;
    k.hint = prepared.generated.hint;
    k.hash = prepared.generated.hash;
    k.scopes = prepared.request.scopes;
    k.models = prepared.request.models;
    k.tier = prepared.request.tier.value_or(RateTier());
    k.createdAt = k.updatedAt = prepared.at;
    k.createdBy = k.updatedBy = actor;
    k.expiresAt = prepared.request.expiresAt;
    k.notes = prepared.request.notes;
    k.keptInKeychain = prepared.request.keepInKeychain;
    return k;
}

QJsonObject issueDetails(const KeyRecord& k)
{
    return {{QStringLiteral("name"), k.name},
            {QStringLiteral("owner"), k.owner},
            {QStringLiteral("env"), envName(k.env).toString()},
            {QStringLiteral("scopes"), toJsonArray(k.scopes)},
            {QStringLiteral("models"), toJsonArray(k.models)},
            {QStringLiteral("tier"), toJson(k.tier)},
            {QStringLiteral("expires_at"), jsonOf(k.expiresAt)},
            {QStringLiteral("kept_in_keychain"), k.keptInKeychain}};
}

} // namespace

Result<KeyRecord> Inventory::commitIssue(const PreparedIssue& prepared)
{
    const KeyRecord k = recordFor(prepared, m_actor);
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        if (Result<void> ins = KeyRepo(m_ws).insert(k); !ins) {
            return ins;
        }
        return record(prepared.project, QStringLiteral("key.issue"), &k, issueDetails(k), k.createdAt);
    });
    if (!r) {
        return r.error();
    }
    return k;
}

Result<PreparedRotation> Inventory::prepareRotate(const QString& reference,
                                                  std::optional<qint64> graceSeconds)
{
    Result<KeyRecord> old = key(reference);
    if (!old) {
        return old.error();
    }
    const KeyState state = stateOf(*old);
    if (state == KeyState::Revoked || state == KeyState::Expired) {
        return makeError(ErrorCode::Conflict,
                         tr("Key %1 is %2; only a live key can be rotated. Issue a new key instead.")
                             .arg(old->id, stateName(state)));
    }
    if (!old->rotatedTo.isEmpty()) {
        return makeError(ErrorCode::Conflict,
                         tr("Key %1 was already rotated to %2.").arg(old->id, old->rotatedTo));
    }
    Result<Project> p = project(old->projectId);
    if (!p) {
        return p.error();
    }
    const qint64 grace = graceSeconds.value_or(qint64(p->policy.graceDays) * 86400);
    if (grace < 0 || grace > 365LL * 86400) {
        return makeError(ErrorCode::Invalid, tr("The grace period must be between 0 and 365 days."));
    }
    IssueRequest request;
    request.projectId = p->id;
    request.name = old->name;
    request.owner = old->owner;
    request.env = old->env;
    request.scopes = old->scopes;
    request.models = old->models;
    request.tier = old->tier;
    request.notes = old->notes;
    request.keepInKeychain = old->keptInKeychain;
    const QDateTime t = now();
    if (old->expiresAt.isValid()) {
        // The successor lives as long as its predecessor was meant to, within today's policy.
        // In milliseconds: seconds would cut up to one off every rotation.
        const qint64 lifetime = old->createdAt.msecsTo(old->expiresAt);
        request.expiresAt = t.addMSecs(lifetime);
        if (p->policy.maxLifetimeDays > 0) {
            request.expiresAt = std::min(request.expiresAt, t.addDays(p->policy.maxLifetimeDays));
        }
    }
    Result<PreparedIssue> successor = prepareIssue(request);
    if (!successor) {
        return successor.error();
    }
    PreparedRotation rotation;
    rotation.predecessor = *old;
    rotation.successor = std::move(successor.value());
    rotation.graceUntil = rotation.successor.at.addSecs(grace);
    return rotation;
}

Result<KeyRecord> Inventory::commitRotate(const PreparedRotation& prepared)
{
    KeyRecord next = recordFor(prepared.successor, m_actor);
    next.rotatedFrom = prepared.predecessor.id;
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        // Re-read inside the transaction: another process may have revoked or rotated it meanwhile.
        Result<KeyRecord> old = KeyRepo(m_ws).get(prepared.predecessor.id);
        if (!old) {
            return old.error();
        }
        if (old->status == KeyStatus::Revoked || !old->rotatedTo.isEmpty()) {
            return makeError(ErrorCode::Conflict,
                             tr("Key %1 changed while it was being rotated.").arg(old->id));
        }
        KeyRecord updated = *old;
        updated.rotatedTo = next.id;
        updated.graceUntil = prepared.graceUntil;
        updated.updatedAt = next.createdAt;
        updated.updatedBy = m_actor;
        if (Result<void> ins = KeyRepo(m_ws).insert(next); !ins) {
            return ins;
        }
        if (Result<void> up = KeyRepo(m_ws).update(updated); !up) {
            return up;
        }
        QJsonObject details = issueDetails(next);
        details.insert(QStringLiteral("rotated_from"), updated.id);
        if (Result<void> a = record(prepared.successor.project, QStringLiteral("key.issue"), &next, details,
                                    next.createdAt);
            !a) {
            return a;
        }
        return record(prepared.successor.project, QStringLiteral("key.rotate"), &updated,
                      {{QStringLiteral("rotated_to"), next.id},
                       {QStringLiteral("grace_until"), jsonOf(updated.graceUntil)}},
                      next.createdAt);
    });
    if (!r) {
        return r.error();
    }
    return next;
}

Result<QList<KeyRecord>> Inventory::importKeys(const Project& project, const QList<ImportedKey>& keys,
                                               const std::function<bool(int)>& written)
{
    QList<KeyRecord> done;
    const QDateTime at = now();
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        for (const ImportedKey& item : keys) {
            KeyRecord k = item.key;
            k.projectId = project.id;
            k.createdAt = k.updatedAt = at;
            k.createdBy = k.updatedBy = m_actor;
            if (Result<void> ins = KeyRepo(m_ws).insert(k); !ins) {
                return ins;
            }
            QJsonObject details = issueDetails(k);
            for (auto it = item.details.begin(); it != item.details.end(); ++it) {
                details.insert(it.key(), it.value());
            }
            if (Result<void> a = record(project, QStringLiteral("key.import"), &k, details, at); !a) {
                return a;
            }
            if (item.disabled) {
                Result<KeyRecord> revoked = revokeIn(project, k, RevokeReason::Other,
                                                     tr("disabled in the system it was imported from"), at,
                                                     {{QStringLiteral("import"), true}});
                if (!revoked) {
                    return revoked.error();
                }
                k = *revoked;
            }
            done.append(k);
            if (written && !written(int(done.size()))) {
                return makeError(ErrorCode::Invalid, tr("Import stopped; nothing was imported."));
            }
        }
        return {};
    });
    if (!r) {
        return r.error();
    }
    return done;
}

} // namespace kw
