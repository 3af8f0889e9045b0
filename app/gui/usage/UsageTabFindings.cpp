// SPDX-License-Identifier: GPL-3.0-or-later
// The Usage tab's findings table: what a finding leads to (its key, its revocation, its file:line).
#include "gui/usage/UsageModels.h"
#include "gui/usage/UsageTab.h"
#include "ui_UsageTab.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

namespace kw::gui {

void UsageTab::setUpFindings()
{
    auto* findingsProxy = new QSortFilterProxyModel(this);
    findingsProxy->setSourceModel(m_findings);
    findingsProxy->setSortRole(FindingsModel::SortRole);
    m_ui->findings->setModel(findingsProxy);
    m_ui->findings->sortByColumn(FindingsModel::Time, Qt::DescendingOrder);
    m_ui->findings->horizontalHeader()->resizeSection(FindingsModel::Kind, 240);
    m_ui->findings->horizontalHeader()->resizeSection(FindingsModel::Where, 320);
    m_ui->findings->horizontalHeader()->resizeSection(FindingsModel::Time, 150);
    // A hint is short and must be read whole: it is how the admin recognises the key.
    m_ui->findings->horizontalHeader()->setSectionResizeMode(FindingsModel::Key,
                                                             QHeaderView::ResizeToContents);
    m_ui->findings->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->findings, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_ui->findings->indexAt(pos);
        if (!index.isValid()) {
            return;
        }
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions(findingActions(index, menu));
        menu->popup(m_ui->findings->viewport()->mapToGlobal(pos));
    });
    connect(m_ui->findings, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString keyId = findingAt(index).keyId;
        if (!keyId.isEmpty()) {
            Q_EMIT openKeyRequested(keyId);
        }
    });
}

const UsageFinding& UsageTab::findingAt(const QModelIndex& index) const
{
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_ui->findings->model());
    return m_findings->finding(proxy->mapToSource(index).row());
}

QList<QAction*> UsageTab::findingActions(const QModelIndex& index, QObject* parent)
{
    const UsageFinding& f = findingAt(index);
    const QString keyId = f.keyId;
    const QString where = QStringLiteral("%1:%2").arg(f.filePath).arg(f.line);
    auto* open = new QAction(tr("&Open key"), parent);
    auto* revoke = new QAction(tr("&Revoke…"), parent);
    auto* copy = new QAction(tr("&Copy file:line"), parent);
    for (QAction* a : {open, revoke}) {
        a->setEnabled(!keyId.isEmpty());
        if (keyId.isEmpty()) {
            a->setToolTip(tr("The finding names no key of this project."));
        }
    }
    connect(open, &QAction::triggered, this, [this, keyId] { Q_EMIT openKeyRequested(keyId); });
    connect(revoke, &QAction::triggered, this, [this, keyId] { Q_EMIT revokeKeyRequested(keyId); });
    connect(copy, &QAction::triggered, this, [where] { QGuiApplication::clipboard()->setText(where); });
    return {open, revoke, copy};
}

QTableView* UsageTab::findingsView() const
{
    return m_ui->findings;
}

} // namespace kw::gui
