// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/KeyFormat.h"
#include "core/Lifecycle.h"
#include "core/Result.h"
#include "core/Time.h"
#include "core/Types.h"
#include "store/AuditLog.h"
#include "store/KeyRepo.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace kw {

class Workspace;

// An issued key before it is written: the caller may store a keychain copy first, so that a
// failing keychain leaves nothing behind (design §1: secrets only in the OS keychain).
struct PreparedIssue
{
    Project project;
    IssueRequest request;
    QString keyId;
    GeneratedKey generated;
    QDateTime at;
};

struct PreparedRotation
{
    KeyRecord predecessor;
    PreparedIssue successor;
    QDateTime graceUntil;
};

struct KeyEdit
{
    std::optional<QString> name;
    std::optional<QString> owner;
    std::optional<QString> notes;
    std::optional<QStringList> scopes;
    std::optional<QStringList> models;
    std::optional<RateTier> tier;
    std::optional<QDateTime> expiresAt; // an invalid QDateTime: never expires
};

// A key brought in from another system (issue 7): its record is complete, hash and hint only.
struct ImportedKey
{
    KeyRecord key;
    bool disabled = false; // disabled at the source: imported, then revoked in the same transaction
    QJsonObject details;   // where it came from (file line, format), for the audit event
};

struct ProjectDraft
{
    QString name;
    QString prefix;
    QString description;
    Policy policy;
};

// The lifecycle of design §3. Every mutation is one transaction with its audit event and, for a
// project bound to a registry, its outbox entry.
class Inventory final
{
public:
    Inventory(Workspace& ws, QString actor, Clock clock = systemClock());

    const QString& actor() const { return m_actor; }
    QDateTime now() const { return m_clock(); }
    const Clock& clock() const { return m_clock; }
    Workspace& workspace() { return m_ws; }

    Result<Project> createProject(const ProjectDraft& draft);
    Result<Project> editProject(const QString& nameOrId, const ProjectDraft& changes);
    Result<QList<Project>> projects();
    Result<Project> project(const QString& nameOrId);

    Result<KeyRecord> key(const QString& reference);
    Result<QList<KeyRecord>> keys(const KeyFilter& filter);
    // Streams matching keys with their state now; for lists too long to hold (100,000 keys).
    Result<void> scanKeys(const KeyFilter& filter, const std::function<bool(KeyRecord&&, KeyState)>& visit);
    Result<std::optional<KeyRecord>> keyByHash(const QString& hash);
    KeyState stateOf(const KeyRecord& key);

    Result<PreparedIssue> prepareIssue(IssueRequest request);
    Result<KeyRecord> commitIssue(const PreparedIssue& prepared);
    Result<PreparedRotation> prepareRotate(const QString& reference, std::optional<qint64> graceSeconds = {});
    // Returns the successor; the predecessor now has its grace_until and rotated_to.
    Result<KeyRecord> commitRotate(const PreparedRotation& prepared);
    Result<KeyRecord> revoke(const QString& reference, RevokeReason reason, const QString& note);
    // Revokes every non-revoked key the filter matches, in one transaction.
    Result<QList<KeyRecord>> bulkRevoke(const KeyFilter& filter, RevokeReason reason, const QString& note);
    Result<KeyRecord> edit(const QString& reference, const KeyEdit& edit);
    // Inserts every key with a key.import audit event (and key.revoke for a disabled one) and
    // their outbox entries, in one transaction: all or nothing. `written` is called after each key
    // with the count so far; false from it rolls everything back (a cancel).
    Result<QList<KeyRecord>> importKeys(const Project& project, const QList<ImportedKey>& keys,
                                        const std::function<bool(int written)>& written = {});
    // Audits that the keychain copy of a key was shown.
    Result<void> recordReveal(const QString& reference);

    // Records merged from a registry (store/InventoryIntake.cpp), written by the same entry points
    // as local changes. Taking the registry's copy as it is is not a local change: no audit event
    // of its own, no outbox entry (its origin's event arrives with it). Call them inside a
    // transaction: a pull applies thousands per commit.
    Result<void> adoptProject(const Project& project);  // new here, bound to the registry it came from
    Result<void> acceptProject(const Project& project); // the registry's newer description and policy
    Result<void> adoptKey(const KeyRecord& key);        // new here: hash and hint, no keychain copy
    Result<void> acceptKey(const KeyRecord& key);       // the registry's copy (or the merge of both)
    // A merge that had to choose: the merged key (changed: it differs from the local row), its
    // registry.conflict event and its outbox entry, like any local change; returns the event.
    Result<AuditEvent> recordMerge(const Project& project, const KeyRecord& merged, bool changed,
                                   const QJsonObject& details);
    // Another console's event joins this trail under its own id.
    Result<AuditEvent> adoptEvent(const AuditEvent& event);

private:
    // The change's audit event (returned in *event when given) and outbox entry.
    Result<void> record(const Project& project, const QString& action, const KeyRecord* key,
                        const QJsonObject& details, const QDateTime& at, AuditEvent* event = nullptr);
    Result<KeyRecord> revokeIn(const Project& project, KeyRecord key, RevokeReason reason,
                               const QString& note, const QDateTime& at, const QJsonObject& extra);
    int reminderDaysFor(const QString& projectId);

    Workspace& m_ws;
    QString m_actor;
    Clock m_clock;
    QHash<QString, int> m_reminderDays;
};

// Where the OS keychain keeps the copy of a key the administrator chose to keep.
inline QString keychainEntryFor(const QString& keyId)
{
    return QStringLiteral("key/") + keyId;
}

// The configured administrator name: explicit > KEYWARD_ACTOR > settings admin/name > OS user.
QString resolveActor(const QString& explicitName = {});

} // namespace kw
