// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Inventory.h"

#include "core/Json.h"
#include "core/Tr.h"
#include "store/AuditLog.h"
#include "store/Outbox.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

#include <QSettings>
#include <pwd.h>
#include <unistd.h>

namespace kw {

namespace {

QJsonValue jsonOf(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toIso(t)) : QJsonValue(QJsonValue::Null);
}

// Records "field: from -> to" only for fields that really change.
class ChangeSet
{
public:
    template<typename T, typename ToJson>
    void compare(const QString& field, const T& from, const T& to, ToJson toJsonFn)
    {
        if (!(from == to)) {
            m_changes.insert(field, QJsonObject{{QStringLiteral("from"), toJsonFn(from)},
                                                {QStringLiteral("to"), toJsonFn(to)}});
        }
    }
    bool isEmpty() const { return m_changes.isEmpty(); }
    QJsonObject json() const { return m_changes; }

private:
    QJsonObject m_changes;
};

const auto asText = [](const QString& s) {
    return QJsonValue(s);
};
const auto asList = [](const QStringList& l) {
    return QJsonValue(toJsonArray(l));
};
const auto asTime = [](const QDateTime& t) {
    return jsonOf(t);
};
const auto asTier = [](const RateTier& t) {
    return QJsonValue(toJson(t));
};
const auto asPolicy = [](const Policy& p) {
    return QJsonValue(toJson(p));
};

} // namespace

QString resolveActor(const QString& explicitName)
{
    if (!explicitName.trimmed().isEmpty()) {
        return explicitName.trimmed();
    }
    if (const QString env = qEnvironmentVariable("KEYWARD_ACTOR"); !env.isEmpty()) {
        return env;
    }
    if (const QString configured = QSettings().value(QStringLiteral("admin/name")).toString();
        !configured.isEmpty()) {
        return configured;
    }
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString user = qEnvironmentVariable(var); !user.isEmpty()) {
            return user;
        }
    }
    // Cron jobs, containers and `env -i` run without those variables; the account is still known.
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name && *account->pw_name) {
        return QString::fromLocal8Bit(account->pw_name);
    }
    return QStringLiteral("uid %1").arg(getuid());
}

Inventory::Inventory(Workspace& ws, QString actor, Clock clock)
    : m_ws(ws)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{}

Result<void> Inventory::record(const Project& project, const QString& action, const KeyRecord* key,
                               const QJsonObject& details, const QDateTime& at, AuditEvent* out)
{
    QJsonObject d = details;
    if (key) {
        d.insert(QStringLiteral("key_hint"), key->hint);
    }
    Result<AuditEvent> event =
        AuditLog(m_ws).append(m_actor, action, project.id, key ? key->id : QString(), d, at);
    if (!event) {
        return event.error();
    }
    if (out) {
        *out = *event;
    }
    const QString entity = key ? QStringLiteral("key") : QStringLiteral("project");
    const QJsonObject payload{{QStringLiteral("record"), key ? toJson(*key) : toJson(project)},
                              {QStringLiteral("audit_event_id"), event->id}};
    return Outbox(m_ws).enqueue(project, entity, key ? key->id : project.id, action, payload, at);
}

Result<Project> Inventory::createProject(const ProjectDraft& draft)
{
    Project p;
    p.id = newProjectId();
    p.name = draft.name.trimmed();
    p.prefix = draft.prefix.trimmed();
    p.description = draft.description.trimmed();
    p.policy = draft.policy;
    p.policy.allowedScopes = normalizedList(p.policy.allowedScopes);
    p.policy.allowedModels = normalizedList(p.policy.allowedModels);
    p.createdAt = p.updatedAt = now();
    p.updatedBy = m_actor;
    if (!isValidProjectName(p.name)) {
        return makeError(ErrorCode::Invalid,
                         tr("A project name is lower-case letters, digits, '.', '_' or '-', "
                            "starting with a letter or digit (e.g. chat-api)."));
    }
    if (!isValidPrefix(p.prefix)) {
        return makeError(ErrorCode::Invalid,
                         tr("A key prefix is 2 to 12 lower-case letters or digits, starting "
                            "with a letter (e.g. chat)."));
    }
    if (Result<void> r = validatePolicy(p.policy); !r) {
        return r.error();
    }
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        if (Result<void> ins = ProjectRepo(m_ws).insert(p); !ins) {
            if (ins.error().code == ErrorCode::Conflict) {
                return makeError(
                    ErrorCode::Conflict,
                    tr("A project with the name %1 or the prefix %2 already exists.").arg(p.name, p.prefix));
            }
            return ins;
        }
        return record(p, QStringLiteral("project.create"), nullptr,
                      {{QStringLiteral("name"), p.name},
                       {QStringLiteral("prefix"), p.prefix},
                       {QStringLiteral("policy"), toJson(p.policy)}},
                      p.createdAt);
    });
    if (!r) {
        return r.error();
    }
    return p;
}

Result<Project> Inventory::editProject(const QString& nameOrId, const ProjectDraft& changes)
{
    Result<Project> current = project(nameOrId);
    if (!current) {
        return current;
    }
    Project p = *current;
    p.description = changes.description.trimmed();
    p.policy = changes.policy;
    p.policy.allowedScopes = normalizedList(p.policy.allowedScopes);
    p.policy.allowedModels = normalizedList(p.policy.allowedModels);
    if (!changes.prefix.isEmpty() && changes.prefix != p.prefix) {
        // Issued keys carry the prefix; changing it would make them look foreign.
        return makeError(ErrorCode::Invalid, tr("The key prefix of a project cannot change once it exists."));
    }
    if (Result<void> r = validatePolicy(p.policy); !r) {
        return r.error();
    }
    ChangeSet set;
    set.compare(QStringLiteral("description"), current->description, p.description, asText);
    set.compare(QStringLiteral("policy"), current->policy, p.policy, asPolicy);
    if (set.isEmpty()) {
        return p;
    }
    p.updatedAt = now();
    p.updatedBy = m_actor;
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        if (Result<void> up = ProjectRepo(m_ws).update(p); !up) {
            return up;
        }
        return record(p, QStringLiteral("project.edit"), nullptr, {{QStringLiteral("changes"), set.json()}},
                      p.updatedAt);
    });
    if (!r) {
        return r.error();
    }
    m_reminderDays.remove(p.id);
    return p;
}

Result<QList<Project>> Inventory::projects()
{
    return ProjectRepo(m_ws).all();
}

Result<Project> Inventory::project(const QString& nameOrId)
{
    return ProjectRepo(m_ws).find(nameOrId);
}

Result<KeyRecord> Inventory::key(const QString& reference)
{
    return KeyRepo(m_ws).resolve(reference);
}

Result<std::optional<KeyRecord>> Inventory::keyByHash(const QString& hash)
{
    return KeyRepo(m_ws).byHash(hash);
}

int Inventory::reminderDaysFor(const QString& projectId)
{
    auto it = m_reminderDays.constFind(projectId);
    if (it != m_reminderDays.constEnd()) {
        return *it;
    }
    Result<Project> p = ProjectRepo(m_ws).find(projectId);
    const int days = p ? p->policy.reminderDays : Policy().reminderDays;
    m_reminderDays.insert(projectId, days);
    return days;
}

KeyState Inventory::stateOf(const KeyRecord& key)
{
    return deriveState(key, now(), reminderDaysFor(key.projectId));
}

Result<void> Inventory::scanKeys(const KeyFilter& filter,
                                 const std::function<bool(KeyRecord&&, KeyState)>& visit)
{
    const QDateTime t = now();
    return KeyRepo(m_ws).scan(filter, [&](KeyRecord&& k) {
        const KeyState state = deriveState(k, t, reminderDaysFor(k.projectId));
        if (filter.state && state != *filter.state) {
            return true;
        }
        return visit(std::move(k), state);
    });
}

Result<QList<KeyRecord>> Inventory::keys(const KeyFilter& filter)
{
    QList<KeyRecord> out;
    Result<void> r = scanKeys(filter, [&](KeyRecord&& k, KeyState) {
        out.append(std::move(k));
        return true;
    });
    if (!r) {
        return r.error();
    }
    return out;
}

Result<PreparedIssue> Inventory::prepareIssue(IssueRequest request)
{
    Result<Project> p = project(request.projectId);
    if (!p) {
        return p.error();
    }
    PreparedIssue prepared;
    prepared.at = now();
    Result<IssueRequest> checked = applyPolicy(p->policy, std::move(request), prepared.at);
    if (!checked) {
        return checked.error();
    }
    prepared.project = *p;
    prepared.request = std::move(checked.value());
    prepared.request.projectId = p->id;
    prepared.keyId = newKeyId();
    prepared.generated = generateKey(p->prefix, prepared.request.env);
    return prepared;
}

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

namespace {

Result<void> checkReason(RevokeReason reason, const QString& note)
{
    if (reason == RevokeReason::Other && note.trimmed().isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("Revoking for reason 'other' needs a note saying why."));
    }
    return {};
}

} // namespace

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
