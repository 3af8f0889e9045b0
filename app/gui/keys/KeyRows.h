// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <deque>
#include <optional>

namespace kw {
class Workspace;
}

namespace kw::gui {

// What the table needs of a key, with its display text computed once: a project may hold 100,000
// keys, and data() and filtering must not redo work per paint or per keystroke.
struct KeyRow
{
    QString id;
    QString name;
    QString owner;
    QString hint;
    QString scopes;
    QString models;
    QString tier;
    QString rotatedFrom;
    QString rotatedTo;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastUsedAt;
    QDateTime graceUntil;
    QDateTime revokedAt;
    Env env = Env::Test;
    KeyStatus status = KeyStatus::Active;
    KeyState state = KeyState::Active;
    bool keptInKeychain = false;
};

// What the Keys tab filters on: a substring of name, hint, owner or key id, a state, an environment.
struct KeyRowFilter
{
    QByteArray text; // lower-case UTF-8; empty: any
    std::optional<KeyState> state;
    std::optional<Env> env;
    bool operator==(const KeyRowFilter&) const = default;
};

// Separates the fields of a search text; nobody types it.
inline constexpr char SearchSeparator = '\x1f';

// Appends the row's search text: lower-case UTF-8 of name, hint, owner and key id, in that order.
void appendSearchText(QByteArray& out, const KeyRow& row);

// The table row of a key the console just changed.
KeyRow keyRowOf(const KeyRecord& key, KeyState state);

// The table rows of every key of a project, states at `now`, in one query of the columns the
// table shows. A projection rather than KeyRepo::scan: at 100,000 keys, building full records
// (hashes, notes, audit fields, scopes through the JSON parser) costs more than the table needs.
Result<std::deque<KeyRow>> readKeyRows(Workspace& ws, const Project& project, const QDateTime& now);

} // namespace kw::gui
