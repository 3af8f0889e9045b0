// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "usage/UsageHours.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace kw {

class Workspace;

// The rows the CLI's listings and the CSV exports print, read here so that the usage tables'
// SQL stays in the library that owns them.

// An imported log file with its project's name and how many findings it produced.
struct ImportedFileRow
{
    qint64 id = 0;
    QString projectName;
    QString path;
    QString format;
    qint64 bytes = 0; // how far the import read
    qint64 lines = 0;
    qint64 imported = 0;
    qint64 anonymous = 0;
    qint64 rejected = 0;
    qint64 firstAtMs = 0; // 0: no counted request
    qint64 lastAtMs = 0;
    qint64 importedAtMs = 0;
    QString importedBy;
    qint64 findings = 0;
};

// In import order; every project's when projectId is empty.
Result<std::vector<ImportedFileRow>> importedFileRows(Workspace& ws, const QString& projectId = {});

// Which usage slots (project, key) to read; an empty field matches every one.
struct UsageSlotFilter
{
    QString projectId;
    QString keyId;
};

struct UsageSlotInfo
{
    qint64 slot = 0;
    QString projectId;
    QString projectName; // the id when the project is gone
    QString keyId;
    QString keyHint; // empty for a key the inventory does not know
};

Result<void> readUsageSlots(Workspace& ws, const UsageSlotFilter& filter,
                            const std::function<void(UsageSlotInfo&&)>& visit);
// readUsageCells over the slots the filter picks.
Result<void> readSlotUsage(Workspace& ws, const UsageSlotFilter& filter, std::optional<qint64> fromMinute,
                           std::optional<qint64> toMinute, UsageDetail detail,
                           const std::function<void(const UsageCell&)>& visit);

struct FindingFilter
{
    QString projectId;
    QString keyId;
    QString kind;
};

struct FindingRow
{
    QString kind;
    QString projectName; // the id when the project is gone
    QString filePath;
    qint64 line = 0;
    qint64 atMs = 0;
    QString keyId;
    QString keyHint;
    qint64 count = 0;
};

// In time order; false from visit stops the read.
Result<void> readFindingRows(Workspace& ws, const FindingFilter& filter,
                             const std::function<bool(const FindingRow&)>& visit);

} // namespace kw
