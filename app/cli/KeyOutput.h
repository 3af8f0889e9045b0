// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "store/KeyRepo.h"

#include <QList>

namespace kw {
class Inventory;
}

namespace kw::cli {

class Context;

// Human tables or --json for key commands. None of these ever receives a secret.
// Returns the exit code.
int printKeyList(Context& c, Inventory& inv, const KeyFilter& filter);
void printKey(Context& c, Inventory& inv, const KeyRecord& key);
void printRevoked(Context& c, const QList<KeyRecord>& keys);
// key verify: exit 0 for a key a gateway should accept now, 1 otherwise.
int printVerification(Context& c, Inventory& inv, const QString& presented);

} // namespace kw::cli
