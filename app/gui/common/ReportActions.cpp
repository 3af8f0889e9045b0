// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/ReportActions.h"

#include "gui/audit/AuditTab.h"
#include "gui/common/ReportExporter.h"
#include "gui/keys/ImportKeysDialog.h"
#include "gui/keys/KeysTab.h"
#include "store/Inventory.h"

#include <QAction>
#include <QDate>
#include <QMenu>

namespace kw::gui {

ReportActions::ReportActions(QWidget* window, KeysTab* keys, AuditTab* audit, QMenu* fileMenu,
                             QMenu* projectMenu, PathSource workspacePath, ProjectSource project,
                             InventorySource inventory)
    : QObject(window)
    , m_keys(keys)
    , m_audit(audit)
    , m_workspacePath(std::move(workspacePath))
    , m_project(std::move(project))
    , m_inventory(std::move(inventory))
    , m_exporter(new ReportExporter(window))
    , m_usage(new QAction(tr("Export &Usage…"), this))
    , m_findings(new QAction(tr("Export Log &Findings…"), this))
    , m_import(new QAction(tr("&Import Keys…"), this))
{
    m_import->setToolTip(tr("Import keys from a CSV file (AWS, mapped columns or SHA-256 hashes)"));
    projectMenu->addSeparator();
    projectMenu->addAction(m_import);
    connect(m_import, &QAction::triggered, this, &ReportActions::importKeys);
    m_usage->setToolTip(tr("Export the selected project's usage per hour, key and outcome to CSV"));
    m_findings->setToolTip(tr("Export the selected project's log findings to CSV"));
    // Before Quit, after the workspace entries.
    QAction* before = fileMenu->actions().isEmpty() ? nullptr : fileMenu->actions().constLast();
    fileMenu->insertAction(before, m_usage);
    fileMenu->insertAction(before, m_findings);
    fileMenu->insertSeparator(before);
    connect(m_usage, &QAction::triggered, this, &ReportActions::exportUsage);
    connect(m_findings, &QAction::triggered, this, &ReportActions::exportFindings);
    connect(keys, &KeysTab::exportRequested, this, &ReportActions::exportInventory);
    connect(audit, &AuditTab::exportRequested, this, &ReportActions::exportAudit);
    update();
}

void ReportActions::update()
{
    const bool project = m_project().has_value();
    m_usage->setEnabled(project);
    m_findings->setEnabled(project);
    m_import->setEnabled(project);
}

void ReportActions::importKeys()
{
    const std::optional<Project> p = m_project();
    Inventory* inventory = m_inventory();
    if (!p || !inventory) {
        return;
    }
    auto* dialog = new ImportKeysDialog(*inventory, *p, qobject_cast<QWidget*>(parent()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportKeysDialog::imported, this, &ReportActions::keysImported);
    dialog->open();
}

QString ReportActions::suggestedName(const QString& report) const
{
    const std::optional<Project> p = m_project();
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    return (p ? p->name + u'-' : QString()) + report + u'-' + date + QStringLiteral(".csv");
}

void ReportActions::exportInventory()
{
    const KeyFilter filter = m_keys->exportFilter();
    m_exporter->run(m_workspacePath(), tr("Export Keys"), suggestedName(QStringLiteral("keys")), false,
                    [filter](Workspace& ws, const ExportOptions& options) {
                        Inventory inventory(ws, resolveActor());
                        return kw::exportInventory(inventory, filter, false, options);
                    });
}

void ReportActions::exportAudit()
{
    const AuditFilter f = m_audit->filter();
    AuditReportFilter filter;
    filter.projectId = f.projectId;
    filter.keyId = f.keyId;
    filter.actor = f.actor;
    filter.action = f.action;
    filter.from = f.from;
    filter.to = f.to;
    const QString name =
        QStringLiteral("audit-") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    m_exporter->run(m_workspacePath(), tr("Export Audit Trail"), name, true,
                    [filter](Workspace& ws, const ExportOptions& options) {
                        return kw::exportAudit(ws, filter, options);
                    });
}

void ReportActions::exportUsage()
{
    exportUsageRange(0, 0);
}

void ReportActions::exportUsageRange(qint64 fromMinute, qint64 toMinute)
{
    const std::optional<Project> p = m_project();
    if (!p) {
        return;
    }
    UsageReportFilter filter;
    filter.projectId = p->id;
    if (toMinute > fromMinute) {
        filter.from = QDateTime::fromMSecsSinceEpoch(fromMinute * 60000, Qt::UTC);
        filter.to = QDateTime::fromMSecsSinceEpoch(toMinute * 60000, Qt::UTC);
    }
    m_exporter->run(m_workspacePath(), tr("Export Usage"), suggestedName(QStringLiteral("usage")), false,
                    [filter](Workspace& ws, const ExportOptions& options) {
                        return kw::exportUsage(ws, filter, options);
                    });
}

void ReportActions::exportFindings()
{
    const std::optional<Project> p = m_project();
    if (!p) {
        return;
    }
    FindingsReportFilter filter;
    filter.projectId = p->id;
    m_exporter->run(m_workspacePath(), tr("Export Log Findings"), suggestedName(QStringLiteral("findings")),
                    false, [filter](Workspace& ws, const ExportOptions& options) {
                        return kw::exportFindings(ws, filter, options);
                    });
}

} // namespace kw::gui
