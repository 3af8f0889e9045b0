// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "store/AuditLog.h"

#include <QByteArray>
#include <QJsonObject>

namespace kw {

// The registry layout under a namespace ns (docs/registry.md, "Key layout").
namespace layout {
QByteArray projectKey(const QString& ns, const QString& projectId);
QByteArray keyKey(const QString& ns, const QString& projectId, const QString& keyId);
QByteArray hashKey(const QString& ns, const QString& hash);
QByteArray auditKey(const QString& ns, const QString& projectId, const QDateTime& at, const QString& eventId);
} // namespace layout

inline constexpr int RecordSchema = 1;

// What the registry holds for a key: hashes, hints and metadata, never a secret, never the
// console-local fields (kept_in_keychain, last_used_at). Times are ISO 8601 UTC with milliseconds.
QJsonObject registryRecord(const KeyRecord& key);
QJsonObject registryRecord(const Project& project);
QJsonObject registryRecord(const AuditEvent& event);
// Parse and check a record completely, so nothing malformed is ever applied half-way.
Result<KeyRecord> keyFromRegistry(const QByteArray& json);
Result<Project> projectFromRegistry(const QByteArray& json);
Result<AuditEvent> auditFromRegistry(const QByteArray& json);

// The merge of the local and the registry copy of one key (docs/registry.md, "Merge rules").
struct KeyMerge
{
    KeyRecord merged;
    QJsonObject conflicts; // field -> {local, remote, kept}; empty: no conflict
    bool changesLocal = false;
    bool differsFromRemote = false;
};
// localPending: the local copy has changes not pushed yet. Without them the registry's copy is
// taken as it is, except that a local revocation is never undone.
KeyMerge mergeKey(const KeyRecord& local, const KeyRecord& remote, bool localPending);

} // namespace kw
