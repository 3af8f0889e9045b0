// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace kw {

class EtcdClient;

struct LookupAnswer
{
    QString outcome; // valid, invalid, expired, revoked
    QString keyId;   // empty for invalid
    QString projectId;
    QString reason;
};

// The gateway contract of docs/registry.md, from the registry alone: hash the presented key, read
// ns/by-hash/{sha256}, then ns/keys/{project_id}/{key_id}; valid only if active, before expires_at
// and, for a rotated key, before grace_until. The key itself is never sent anywhere.
Result<LookupAnswer> lookupKey(EtcdClient& client, const QString& presented, const QDateTime& now);

} // namespace kw
