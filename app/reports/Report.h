// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "store/AuditLog.h"
#include "store/KeyRepo.h"
#include "usage/query/UsageQuery.h"

#include <QDateTime>
#include <QString>
#include <atomic>
#include <functional>

namespace kw {

class Inventory;
class Workspace;

// Where and how a report is written (docs/reports.md).
struct ExportOptions
{
    QString path;        // "-" = stdout
    bool bom = false;    // UTF-8 byte order mark, for Excel
    bool digest = false; // also write PATH.sha256 in sha256sum format
    // Called every few thousand rows with the rows written so far; may run off the GUI thread.
    std::function<void(qint64 rows)> progress;
    const std::atomic_bool* cancel = nullptr;
};

struct ExportSummary
{
    qint64 rows = 0;
    QString digestPath;
    // Audit only: the chain verification done while exporting.
    bool chainChecked = false;
    bool chainOk = true;
    QString chainMessage; // "chain verified: …" or names the first bad event
};

// The audit report selects what `audit list` selects (store/AuditQuery); limit and order do not
// apply: the report walks the whole chain in order to verify it.
using AuditReportFilter = AuditFilter;

struct UsageReportFilter
{
    QString projectId;
    QString keyId;
    QDateTime from;
    QDateTime to;
    Bucket bucket = Bucket::Hour; // minute, hour or day: week buckets are not calendar-aligned here
};

struct FindingsReportFilter
{
    QString projectId;
    QString keyId;
    QString kind;
};

Result<ExportSummary> exportAudit(Workspace& ws, const AuditReportFilter& filter,
                                  const ExportOptions& options);
Result<ExportSummary> exportInventory(Inventory& inventory, const KeyFilter& filter, bool withHashes,
                                      const ExportOptions& options);
Result<ExportSummary> exportUsage(Workspace& ws, const UsageReportFilter& filter,
                                  const ExportOptions& options);
Result<ExportSummary> exportFindings(Workspace& ws, const FindingsReportFilter& filter,
                                     const ExportOptions& options);

// "field: before → after; …" for a key.edit / project.edit, "reason: …" for a revoke, else the
// fields as "name: value" — what the details column of the audit report holds.
QString readableDetails(const QJsonObject& details);

} // namespace kw
