// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <functional>

namespace kw {

class Cursor;
class Workspace;

// Narrow, named reads of the keys table for views that show many keys at once. They hand out the
// raw row (a Cursor) rather than a KeyRecord because, at 100,000 keys, building full records
// (hashes, notes, audit fields, scopes through the JSON parser) costs more than a table needs.
// The SQL stays here, next to the schema; callers read cells by the column names below.
namespace keyviews {

// The columns of tableRows(), in order.
enum TableColumn : int
{
    TableId,
    TableName,
    TableOwner,
    TableEnv,
    TableHint,
    TableScopes, // compact JSON list
    TableModels, // compact JSON list
    TableRpm,
    TableTpm,
    TableMonthlyQuota,
    TableCreatedAt,
    TableExpiresAt,
    TableLastUsedAt,
    TableStatus,
    TableRevokedAt,
    TableRotatedFrom,
    TableRotatedTo,
    TableGraceUntil,
    TableKeptInKeychain,
};

// Visits every key of a project in issue order (the index on (project_id, created_at) gives it
// without a sort), one row per call.
Result<void> tableRows(Workspace& ws, const QString& projectId,
                       const std::function<void(const Cursor&)>& visit);

// The columns of census(), in order.
enum CensusColumn : int
{
    CensusProject,
    CensusStatus,
    CensusExpiresAt,
    CensusGraceUntil,
    CensusId,
    CensusName,
    CensusHint,
};

// Visits every key of the workspace with just what counting keys by state needs.
Result<void> census(Workspace& ws, const std::function<void(const Cursor&)>& visit);

// Forgets when a project's keys were last seen, so that an imported log alone decides it.
Result<void> clearLastUsed(Workspace& ws, const QString& projectId);

} // namespace keyviews

} // namespace kw
