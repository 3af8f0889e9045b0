// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kw {

class Workspace;

struct AuditEvent
{
    qint64 seq = 0;
    QString id;
    QDateTime at;
    QString actor;
    QString action; // project.create, key.issue, key.rotate, key.revoke, key.edit, key.reveal, ...
    QString projectId;
    QString keyId;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QString projectId;
    QString keyId;
    QString actor;
    QString action; // exact, or a prefix ending in '.': "key."
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    int limit = 0;  // 0: all
    bool newestFirst = false;
};

struct AuditVerification
{
    bool ok = true;
    qint64 checked = 0;     // events walked
    qint64 lastGoodSeq = 0; // the chain is intact up to this event
    QString firstBadId;     // empty when ok
    qint64 firstBadSeq = 0;
    QString problem;
    // The chain is intact but a key's row differs from what its events say (KeyReplay).
    QString badKeyId;
};

// The append-only, hash-chained trail of design §6:
// hash = SHA-256(prev_hash || canonical event), prev_hash of the first event is 64 zeros.
class AuditLog final
{
public:
    explicit AuditLog(Workspace& ws)
        : m_ws(ws)
    {}

    // Call inside the transaction of the change it records. A given id keeps the id of an event
    // copied from the registry (another console's); empty makes a new one.
    Result<AuditEvent> append(const QString& actor, const QString& action, const QString& projectId,
                              const QString& keyId, const QJsonObject& details, const QDateTime& at,
                              const QString& id = {});
    Result<QList<AuditEvent>> list(const AuditFilter& filter);
    // The event with this id, if the trail has it (an event copied from the registry keeps its id).
    Result<std::optional<AuditEvent>> find(const QString& id);
    // Walks the whole chain (store/AuditChain) and compares the recorded head.
    Result<AuditVerification> verify();

    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };
    // The last event as the workspace recorded it on append: notices events cut from the end.
    Head recordedHead() const;

    // The canonical form hashed into the chain. Since schema 7 it covers the event's seq, so a
    // renumbering breaks the chain; events written before keep the form they were hashed in
    // (withSeq false, up to legacyUntil()).
    static QByteArray canonical(const AuditEvent& event, bool withSeq = true);
    // The last event hashed without its seq (0: none), as the upgrade to schema 7 sealed it.
    qint64 legacyUntil() const;
    // The upgrade to schema 7: seals the events hashed without their seq with an audit.upgrade
    // event that records how many there are and their seq range (docs/workspace.md).
    static Result<void> sealLegacyEvents(Workspace& ws);
    static constexpr const char* UpgradeAction = "audit.upgrade";
    static QString chainHash(const QString& prevHash, const QByteArray& canonicalEvent);
    static QString genesisHash() { return QString(64, u'0'); }

private:
    Workspace& m_ws;
};

// The event as JSON, for the CLI's --json and the registry's record: one shape, with `at` as the
// caller writes times (the CLI to the second, the registry with milliseconds).
QJsonObject toJson(const AuditEvent& event, const QJsonValue& at);

} // namespace kw
