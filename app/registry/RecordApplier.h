// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Time.h"
#include "core/Types.h"
#include "registry/EtcdClient.h"
#include "store/Inventory.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace kw {

class Workspace;
struct SyncReport;

// Applies records read from a registry to the workspace (docs/registry.md, "Sync"): creates what
// is new, merges what differs (Records.h mergeKey), records conflicts, copies other consoles'
// audit events. Every write goes through the Inventory's lifecycle entry points, so a merge that
// has to be audited and pushed is written like a local change. Call the apply functions inside a
// transaction; a malformed record is reported in the SyncReport and skipped whole.
class RecordApplier final
{
    Q_DISABLE_COPY_MOVE(RecordApplier)

public:
    RecordApplier(Workspace& ws, QString profile, QString ns, QString actor, Clock clock);

    // Before a series of applies. bulk: load what this console has seen once (a large pull must
    // not ask SQLite three times per key); otherwise each record asks.
    Result<void> begin(bool bulk);
    // After a rolled-back transaction: the caches may hold rows that are gone.
    void forget() { m_projects.clear(); }

    Result<void> applyProject(const EtcdKv& kv, SyncReport& report);
    Result<void> applyKey(const EtcdKv& kv, SyncReport& report)
    {
        return applyKeyParsed(kv, nullptr, report);
    }
    // parsed: keyFromRegistry(kv.value), already done on a reading thread (nullptr: not yet).
    Result<void> applyKeyParsed(const EtcdKv& kv, const Result<KeyRecord>* parsed, SyncReport& report);
    Result<void> applyAudit(const EtcdKv& kv, SyncReport& report);

    // The project if it is bound to this profile here, else nullopt (cached until begin()).
    Result<std::optional<Project>> boundProject(const QString& projectId);

private:
    // boundProject(), counting a record of a project not bound here as skipped.
    Result<std::optional<Project>> boundOrSkipped(const QString& projectId, SyncReport& report);
    Result<void> recordConflict(const Project& project, const KeyRecord& merged, bool changed,
                                const QJsonObject& fields);
    void skip(SyncReport& report, const EtcdKv& kv, const QString& why);

    Workspace& m_ws;
    Inventory m_inv;
    QString m_profile;
    QString m_ns;
    QHash<QString, std::optional<Project>> m_projects; // by id
    QHash<QByteArray, qint64> m_seen;                  // etcd key -> mod_revision last seen
    QSet<QString> m_localKeys;                         // ids of the keys in this workspace
    bool m_bulk = false;                               // the two above are loaded
};

} // namespace kw
