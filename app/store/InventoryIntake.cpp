// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory's entry points for records merged from a registry: the pull writes through them, so a
// change that must be audited and pushed (a merge that had to choose) is written like any other.
#include "store/AuditLog.h"
#include "store/Inventory.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

namespace kw {

Result<void> Inventory::adoptProject(const Project& project)
{
    return ProjectRepo(m_ws).insert(project);
}

Result<void> Inventory::acceptProject(const Project& project)
{
    return ProjectRepo(m_ws).update(project);
}

Result<void> Inventory::adoptKey(const KeyRecord& key)
{
    KeyRecord k = key;
    k.keptInKeychain = false; // it arrives as a hash: no secret, no keychain copy
    return KeyRepo(m_ws).insert(k);
}

Result<void> Inventory::acceptKey(const KeyRecord& key)
{
    return KeyRepo(m_ws).update(key);
}

Result<AuditEvent> Inventory::recordMerge(const Project& project, const KeyRecord& merged, bool changed,
                                          const QJsonObject& details)
{
    AuditEvent event;
    Result<void> r = m_ws.transaction([&]() -> Result<void> {
        if (changed) {
            if (Result<void> up = KeyRepo(m_ws).update(merged); !up) {
                return up;
            }
        }
        return record(project, QStringLiteral("registry.conflict"), &merged, details, now(), &event);
    });
    if (!r) {
        return r.error();
    }
    return event;
}

Result<AuditEvent> Inventory::adoptEvent(const AuditEvent& e)
{
    return AuditLog(m_ws).append(e.actor, e.action, e.projectId, e.keyId, e.details, e.at, e.id);
}

} // namespace kw
