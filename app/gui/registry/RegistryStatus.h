// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QList>
#include <QSet>
#include <QString>

namespace kw {
class Workspace;
}

namespace kw::gui {

// Whether the workspace's changes have reached the registries its projects are bound to, read
// from what the registry library records (the outbox and each profile's last sync), so the main
// window can say so wherever the Registry tab is not shown.
struct RegistryOverview
{
    bool anyBound = false;
    qint64 pending = 0;          // outbox entries not yet pushed
    QStringList offline;         // bound profiles whose last sync attempt failed
    QStringList neverSynced;     // bound profiles not synced yet, without a failure
    QString lastError;           // the last error of the first offline profile
    QSet<QString> pendingKeyIds; // keys with a change not yet pushed
};

Result<RegistryOverview> readRegistryOverview(Workspace& ws, const QList<Project>& projects);

// One line for the status bar; empty when no project is bound to a registry.
QString registryStatusText(const RegistryOverview& overview);

} // namespace kw::gui
