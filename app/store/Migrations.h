// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace kw {

class Workspace;

// Migration N takes a workspace from schema N-1 to N. Append only: a released step never changes.
struct Migration
{
    int version;
    QStringList statements;
    // Runs after the statements, in the same transaction: a step SQL alone cannot do.
    Result<void> (*after)(Workspace& ws) = nullptr;
};

const QList<Migration>& migrations();
int latestSchemaVersion();

// 'KWRD' in PRAGMA application_id marks a file as a Keyward workspace.
inline constexpr int WorkspaceApplicationId = 0x4B575244;

} // namespace kw
