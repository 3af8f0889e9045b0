// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/Lookup.h"

#include "core/KeyFormat.h"
#include "core/Tr.h"
#include "registry/EtcdClient.h"
#include "registry/Records.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kw {

Result<LookupAnswer> lookupKey(EtcdClient& client, const QString& presented, const QDateTime& now)
{
    LookupAnswer a;
    a.outcome = QStringLiteral("invalid");
    const ParsedKey parsed = parseKey(presented.trimmed());
    if (!parsed.ok()) {
        a.reason = describeParseError(parsed);
        return a; // a typo is caught offline, without a lookup
    }
    const QString ns = client.profile().ns;
    Result<std::optional<EtcdKv>> byHash = client.get(layout::hashKey(ns, keyHash(presented.trimmed())));
    if (!byHash) {
        return byHash.error();
    }
    if (!*byHash) {
        a.reason = tr("no key with this hash in the registry");
        return a;
    }
    const QJsonObject ref = QJsonDocument::fromJson((*byHash)->value).object();
    const QString projectId = ref.value(QStringLiteral("project_id")).toString();
    const QString keyId = ref.value(QStringLiteral("key_id")).toString();
    Result<std::optional<EtcdKv>> record = client.get(layout::keyKey(ns, projectId, keyId));
    if (!record) {
        return record.error();
    }
    if (!*record) {
        a.reason = tr("the by-hash entry names key %1, which the registry does not have").arg(keyId);
        return a;
    }
    Result<KeyRecord> k = keyFromRegistry((*record)->value);
    if (!k) {
        a.reason = tr("the key record is malformed: %1").arg(k.error().message);
        return a;
    }
    if (!constantTimeEquals(k->hash.toLatin1(), keyHash(presented.trimmed()).toLatin1())) {
        a.reason = tr("the key record has another hash");
        return a;
    }
    a.keyId = k->id;
    a.projectId = k->projectId;
    if (k->status == KeyStatus::Revoked) {
        a.outcome = QStringLiteral("revoked");
        a.reason = tr("revoked at %1").arg(k->revokedAt.toUTC().toString(Qt::ISODate));
    } else if (k->expiresAt.isValid() && now >= k->expiresAt) {
        a.outcome = QStringLiteral("expired");
        a.reason = tr("expired at %1").arg(k->expiresAt.toUTC().toString(Qt::ISODate));
    } else if (k->graceUntil.isValid() && now >= k->graceUntil) {
        a.outcome = QStringLiteral("expired");
        a.reason = tr("rotated to %1; its grace period ended at %2")
                       .arg(k->rotatedTo, k->graceUntil.toUTC().toString(Qt::ISODate));
    } else {
        a.outcome = QStringLiteral("valid");
    }
    return a;
}

} // namespace kw
