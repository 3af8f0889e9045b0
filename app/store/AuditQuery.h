// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditChain.h"
#include "store/AuditLog.h"

#include <QString>
#include <QVariantList>
#include <memory>

namespace kw {

class Cursor;
class Workspace;

// A condition on the audit table and its bound values, in order.
struct AuditCondition
{
    QString sql; // "1" when the filter matches every event
    QVariantList binds;
};

// The one translation of an AuditFilter into SQL, shared by AuditLog::list and the audit export
// so both select exactly the same events. `prefix` is a table alias with its dot, or nothing.
// The filter's limit and order are not part of the condition.
AuditCondition auditCondition(const AuditFilter& filter, const QString& prefix = {});

// Every event in chain order, for a reader that verifies the whole chain while it writes only
// the events the filter matches: the chain's columns (AuditChain::Column), then these.
enum AuditExportColumn
{
    AuditExportProjectName = AuditChain::ColumnCount, // the project's name, or empty
    AuditExportMatches                                // non-zero when the filter matches the event
};
std::unique_ptr<Cursor> openAuditExport(Workspace& ws, const AuditFilter& filter);

} // namespace kw
