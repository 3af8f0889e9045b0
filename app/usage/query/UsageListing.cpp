// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/query/UsageListing.h"

#include "store/Cursor.h"

namespace kw {

namespace {

// " 1=1 AND …" on usage_slots aliased `s`, for readUsageCells and the slot listing alike.
QString slotCondition(const UsageSlotFilter& filter, QVariantList& binds)
{
    QString where = QStringLiteral(" 1=1");
    if (!filter.projectId.isEmpty()) {
        where += QStringLiteral(" AND s.project_id = ?");
        binds.append(filter.projectId);
    }
    if (!filter.keyId.isEmpty()) {
        where += QStringLiteral(" AND s.key_id = ?");
        binds.append(filter.keyId);
    }
    return where;
}

} // namespace

Result<std::vector<ImportedFileRow>> importedFileRows(Workspace& ws, const QString& projectId)
{
    Cursor rows(
        ws,
        QStringLiteral("SELECT f.id, p.name, f.path, f.format, f.offset, f.lines, f.imported, f.anonymous,"
                       " f.rejected, f.first_at, f.last_at, f.imported_at, f.imported_by,"
                       " (SELECT coalesce(sum(count), 0) FROM usage_findings WHERE file_id = f.id)"
                       " FROM usage_files f JOIN projects p ON p.id = f.project_id"
                       " WHERE ? = '' OR f.project_id = ? ORDER BY f.imported_at, f.id"),
        {projectId, projectId});
    std::vector<ImportedFileRow> out;
    while (rows.next()) {
        out.push_back({rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.integer(4),
                       rows.integer(5), rows.integer(6), rows.integer(7), rows.integer(8), rows.integer(9),
                       rows.integer(10), rows.integer(11), rows.text(12), rows.integer(13)});
    }
    if (Result<void> s = rows.status(); !s) {
        return s.error();
    }
    return out;
}

Result<void> readUsageSlots(Workspace& ws, const UsageSlotFilter& filter,
                            const std::function<void(UsageSlotInfo&&)>& visit)
{
    QVariantList binds;
    const QString where = slotCondition(filter, binds);
    Cursor slot(ws,
                QStringLiteral("SELECT s.id, coalesce(p.name, s.project_id), s.key_id, coalesce(k.hint, ''),"
                               " s.project_id FROM usage_slots s LEFT JOIN projects p ON p.id = s.project_id"
                               " LEFT JOIN keys k ON k.id = s.key_id WHERE") +
                    where,
                binds);
    while (slot.next()) {
        visit({slot.integer(0), slot.text(4), slot.text(1), slot.text(2), slot.text(3)});
    }
    return slot.status();
}

Result<void> readSlotUsage(Workspace& ws, const UsageSlotFilter& filter, std::optional<qint64> fromMinute,
                           std::optional<qint64> toMinute, UsageDetail detail,
                           const std::function<void(const UsageCell&)>& visit)
{
    QVariantList binds;
    const QString where = slotCondition(filter, binds);
    return readUsageCells(ws, where, binds, fromMinute, toMinute, detail, visit);
}

Result<void> readFindingRows(Workspace& ws, const FindingFilter& filter,
                             const std::function<bool(const FindingRow&)>& visit)
{
    QString sql = QStringLiteral(
        "SELECT f.kind, coalesce(p.name, f.project_id), uf.path, f.line, f.at, f.key_id, coalesce(k.hint, "
        "''),"
        " f.count FROM usage_findings f JOIN usage_files uf ON uf.id = f.file_id"
        " LEFT JOIN projects p ON p.id = f.project_id LEFT JOIN keys k ON k.id = f.key_id WHERE 1=1");
    QVariantList binds;
    if (!filter.projectId.isEmpty()) {
        sql += QStringLiteral(" AND f.project_id = ?");
        binds.append(filter.projectId);
    }
    if (!filter.keyId.isEmpty()) {
        sql += QStringLiteral(" AND f.key_id = ?");
        binds.append(filter.keyId);
    }
    if (!filter.kind.isEmpty()) {
        sql += QStringLiteral(" AND f.kind = ?");
        binds.append(filter.kind);
    }
    sql += QStringLiteral(" ORDER BY f.at, f.id");
    Cursor row(ws, sql, binds);
    FindingRow r;
    while (row.next()) {
        r = {row.text(0),    row.text(1), row.text(2), row.integer(3),
             row.integer(4), row.text(5), row.text(6), row.integer(7)};
        if (!visit(r)) {
            break;
        }
    }
    return row.status();
}

} // namespace kw
