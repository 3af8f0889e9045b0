// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Inventory.h"

#include "core/Json.h"
#include "core/Tr.h"
#include "store/AuditLog.h"
#include "store/InventoryChangeSet.h"
#include "store/Outbox.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

#include <QSettings>
#include <pwd.h>
#include <unistd.h>

namespace kw {

using namespace inventory;

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

} // namespace kw
