// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/registry/RegistryStatus.h"

#include "gui/common/Format.h"
#include "registry/SyncState.h"
#include "store/Outbox.h"

#include <QCoreApplication>

namespace kw::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::gui::RegistryStatus", text);
}

} // namespace

Result<RegistryOverview> readRegistryOverview(Workspace& ws, const QList<Project>& projects)
{
    RegistryOverview o;
    QStringList profiles;
    for (const Project& p : projects) {
        if (!p.registryProfile.isEmpty() && !profiles.contains(p.registryProfile)) {
            profiles.append(p.registryProfile);
        }
    }
    o.anyBound = !profiles.isEmpty();
    if (!o.anyBound) {
        return o;
    }
    SyncState state(ws);
    for (const QString& profile : std::as_const(profiles)) {
        Result<SyncStatus> s = state.status(profile);
        if (!s) {
            return s.error();
        }
        o.pending += s->pending;
        if (!s->lastError.isEmpty()) {
            o.offline.append(profile);
            if (o.lastError.isEmpty()) {
                o.lastError = s->lastError;
            }
        } else if (!s->lastSyncAt.isValid()) {
            o.neverSynced.append(profile);
        }
    }
    if (o.pending > 0) {
        Result<QList<OutboxEntry>> entries = Outbox(ws).pending();
        if (!entries) {
            return entries.error();
        }
        for (const OutboxEntry& e : std::as_const(*entries)) {
            if (e.entity == QLatin1String("key")) {
                o.pendingKeyIds.insert(e.entityId);
            }
        }
    }
    return o;
}

QString registryStatusText(const RegistryOverview& o)
{
    if (!o.anyBound) {
        return {};
    }
    const QString pending =
        o.pending == 0 ? tr("every change pushed")
                       : counted(o.pending, tr("1 change not yet pushed"), tr("%1 changes not yet pushed"));
    if (!o.offline.isEmpty()) {
        return tr("Registry offline (%1): %2").arg(o.offline.join(QStringLiteral(", ")), pending);
    }
    if (!o.neverSynced.isEmpty()) {
        return tr("Registry not synced yet (%1): %2").arg(o.neverSynced.join(QStringLiteral(", ")), pending);
    }
    return tr("Registry: %1").arg(pending);
}

} // namespace kw::gui
