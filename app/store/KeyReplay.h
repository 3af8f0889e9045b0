// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kw {

class Cursor;
class Workspace;

// Replays the audit trail onto the keys' state, so that `audit verify` covers the keys table too:
// a row changed behind Keyward's back (sqlite3, another tool) no longer matches its events.
// Driven by the event payloads alone (docs/workspace.md, "What the events carry"):
// key.issue / key.import set a key's whole state, key.rotate its grace, key.revoke its status,
// revoker and reason, key.edit the fields it changed, registry.conflict the values a merge kept,
// and any key event whose details hold a `state` object (a key record as the registry stores
// it) sets the fields that object names.
class KeyReplay final
{
public:
    // The state the events give one key; times in whole seconds, the precision events record.
    struct State
    {
        bool created = false; // a key.issue, key.import or `state` event was seen
        bool revoked = false;
        qint64 expires = 0; // 0: never
        QStringList scopes;
        QStringList models;
        RateTier tier;
        qint64 graceUntil = 0;
        QString revokedBy;
        QString revokeReason;
        qint64 lastSeq = 0;
    };

    struct Mismatch
    {
        QString keyId;
        QString hint;
        qint64 lastSeq = 0; // the key's last event (0: none)
        QString problem;
    };

    // Follows only the keys the table holds: a trail of a million events about keys long gone
    // costs a lookup each, not a JSON parse.
    static Result<KeyReplay> forWorkspace(Workspace& ws);

    // One audit row, in seq order (columns as AuditChain::Column).
    void apply(const Cursor& row);
    // After the walk: the first key (in the table's order) whose row differs from its events.
    Result<std::optional<Mismatch>> compare(Workspace& ws) const;

    // Exposed for the store tests: one event's effect on a state.
    static void applyEvent(State& state, QStringView action, const QString& actor,
                           const QJsonObject& details);

private:
    QHash<QString, State> m_states;
};

} // namespace kw
