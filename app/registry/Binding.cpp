// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/Binding.h"

#include "core/Json.h"
#include "core/Tr.h"
#include "registry/SyncState.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/SecretStore.h"
#include "store/AuditLog.h"
#include "store/Inventory.h"
#include "store/KeyRepo.h"
#include "store/Outbox.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

namespace kw {

Result<void> bindProject(Inventory& inv, const QString& projectName, const QString& profileName)
{
    Workspace& ws = inv.workspace();
    Result<RegistryProfile> profile = ProfileRepo(ws).get(profileName);
    if (!profile) {
        return profile.error();
    }
    Result<Project> project = inv.project(projectName);
    if (!project) {
        return project.error();
    }
    if (project->registryProfile == profileName) {
        return {};
    }
    if (!project->registryProfile.isEmpty()) {
        return makeError(
            ErrorCode::Conflict,
            tr("Project %1 is bound to %2; unbind it first.").arg(project->name, project->registryProfile));
    }
    Project p = *project;
    p.registryProfile = profileName;
    const QDateTime at = inv.now();
    return ws.transaction([&]() -> Result<void> {
        if (Result<void> up = ProjectRepo(ws).update(p); !up) {
            return up;
        }
        Result<AuditEvent> event = AuditLog(ws).append(inv.actor(), QStringLiteral("registry.bind"), p.id, {},
                                                       {{QStringLiteral("profile"), profileName}}, at);
        if (!event) {
            return event.error();
        }
        Outbox outbox(ws);
        if (Result<void> r = outbox.enqueue(
                p, QStringLiteral("project"), p.id, QStringLiteral("registry.bind"),
                {{QStringLiteral("record"), toJson(p)}, {QStringLiteral("audit_event_id"), event->id}}, at);
            !r) {
            return r;
        }
        KeyFilter filter;
        filter.projectId = p.id;
        Result<void> scan = KeyRepo(ws).scan(filter, [&](KeyRecord&& k) {
            return outbox
                .enqueue(p, QStringLiteral("key"), k.id, QStringLiteral("registry.bind"),
                         {{QStringLiteral("record"), toJson(k)}}, at)
                .ok();
        });
        if (!scan) {
            return scan;
        }
        return SyncState(ws).resetApplied(profileName);
    });
}

Result<void> unbindProject(Inventory& inv, const QString& projectName)
{
    Workspace& ws = inv.workspace();
    Result<Project> project = inv.project(projectName);
    if (!project) {
        return project.error();
    }
    if (project->registryProfile.isEmpty()) {
        return makeError(ErrorCode::Conflict,
                         tr("Project %1 is not bound to a registry.").arg(project->name));
    }
    Project p = *project;
    p.registryProfile.clear();
    return ws.transaction([&]() -> Result<void> {
        Result<int> dropped = Outbox(ws).dropProject(p.id);
        if (!dropped) {
            return dropped.error();
        }
        const int count = *dropped;
        if (Result<void> up = ProjectRepo(ws).update(p); !up) {
            return up;
        }
        Result<AuditEvent> event =
            AuditLog(ws).append(inv.actor(), QStringLiteral("registry.unbind"), p.id, {},
                                {{QStringLiteral("profile"), project->registryProfile},
                                 {QStringLiteral("unpushed_dropped"), count}},
                                inv.now());
        if (!event) {
            return event.error();
        }
        return {};
    });
}

namespace {

Result<QByteArray> readOne(SecretStore& store, const QString& entry, bool optional)
{
    Result<QByteArray> secret = readSecret(store, entry);
    if (secret || secret.error().code != ErrorCode::NotFound) {
        return secret;
    }
    if (optional) {
        return QByteArray();
    }
    return makeError(ErrorCode::NotFound,
                     tr("The keychain has no entry %1: store the password with keyward registry edit NAME "
                        "--password-stdin.")
                         .arg(entry));
}

} // namespace

Result<RegistrySecrets> readRegistrySecrets(SecretStore& store, const RegistryProfile& profile)
{
    RegistrySecrets s;
    Result<QByteArray> password = readOne(store, profile.passwordEntry(), false);
    if (!password) {
        return password.error();
    }
    s.password = *password;
    if (!profile.clientKey.isEmpty()) {
        Result<QByteArray> passphrase = readOne(store, profile.passphraseEntry(), true);
        if (!passphrase) {
            return passphrase.error();
        }
        s.keyPassphrase = *passphrase;
    }
    return s;
}

} // namespace kw
