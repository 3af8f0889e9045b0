// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "gui/keys/KeyTableModel.h"

#include <deque>

namespace kw {
class Workspace;
}

namespace kw::gui {

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
