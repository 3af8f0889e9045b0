// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace kw {
class Inventory;
}

namespace kw::gui {

class AuditTab;
class KeysTab;
class ReportExporter;

// The console's exports: the Export… buttons of the Keys and Audit tabs and
// File → Export usage… / findings…, all through one ReportExporter. The window tells it where
// the workspace is and which project is selected.
class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)

public:
    using PathSource = std::function<QString()>;
    using ProjectSource = std::function<std::optional<Project>()>;
    using InventorySource = std::function<Inventory*()>;

    ReportActions(QWidget* window, KeysTab* keys, AuditTab* audit, QMenu* fileMenu, QMenu* projectMenu,
                  PathSource workspacePath, ProjectSource project, InventorySource inventory);

    ReportExporter* exporter() const { return m_exporter; }
    void exportInventory();
    void exportAudit();
    void exportUsage();
    // The Usage tab's Export…: its range, [from, to) in UTC minutes.
    void exportUsageRange(qint64 fromMinute, qint64 toMinute);
    void exportFindings();
    // Project → Import Keys…: the dialog with its preview, on the selected project.
    void importKeys();
    QAction* importAction() const { return m_import; }
    // Enables the menu entries that need a workspace (and, for usage and findings, a project).
    void update();

Q_SIGNALS:
    void keysImported();

private:
    QString suggestedName(const QString& report) const;

    KeysTab* m_keys;
    AuditTab* m_audit;
    PathSource m_workspacePath;
    ProjectSource m_project;
    InventorySource m_inventory;
    ReportExporter* m_exporter;
    QAction* m_usage;
    QAction* m_findings;
    QAction* m_import;
};

} // namespace kw::gui
