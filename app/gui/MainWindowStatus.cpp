// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window tells at a glance, kept apart from its shell (MainWindow.cpp) and its
// commands (MainWindowCommands.cpp): the status bar's workspace, registry and expiry census, and
// the audit chain checked in the background when a workspace opens.
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/audit/AuditVerifyJob.h"
#include "gui/common/Format.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/StateStyle.h"
#include "gui/keys/KeyCensus.h"
#include "gui/keys/Reminders.h"
#include "gui/projects/ProjectListModel.h"
#include "gui/registry/RegistryStatus.h"
#include "store/Inventory.h"
#include "ui_MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

namespace kw::gui {

void MainWindow::setUpStatusBar()
{
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_workspaceLabel, 1);
    m_registryLabel->setObjectName(QStringLiteral("registryStatus"));
    statusBar()->addPermanentWidget(m_registryLabel);
    statusBar()->addPermanentWidget(m_expiringLabel);
    statusBar()->addPermanentWidget(m_actorLabel);
}

void MainWindow::verifyAuditChain()
{
    // Off the GUI thread: a large trail must not hold the window up, and a broken chain must not
    // wait until someone thinks of pressing Verify.
    m_verifyJob = new AuditVerifyJob(m_session->path(), this);
    connect(m_verifyJob, &AuditVerifyJob::finished, this, [this, job = m_verifyJob.data()] {
        job->deleteLater();
        const std::optional<Result<AuditVerification>>& r = job->result();
        if (!r || (*r && (*r)->ok)) {
            return;
        }
        m_ui->messageBanner->showMessage(
            MessageBanner::Kind::Error,
            *r ? tr("The audit chain of this workspace is broken at event #%1: %2. Events up to #%3 are "
                    "intact.")
                     .arg(QString::number((*r)->firstBadSeq), (*r)->problem,
                          QString::number((*r)->lastGoodSeq))
               : tr("The audit trail could not be verified: %1").arg(r->error().message));
        connect(m_ui->messageBanner->addButton(tr("Show in Audit")), &QPushButton::clicked, this, [this] {
            m_ui->tabs->setCurrentWidget(m_ui->auditTab);
            m_ui->auditTab->verify();
        });
    });
    m_verifyJob->start();
}

void MainWindow::refreshCensus()
{
    if (!m_session) {
        return;
    }
    Inventory& inventory = m_session->inventory();
    const QDateTime now = inventory.now();
    Result<Census> census = takeCensus(m_session->workspace(), m_projects->projects(), now);
    if (!census) {
        showError(census.error().message);
        return;
    }
    m_projects->setCounts(census->counts);
    QHash<QString, QString> names;
    for (const Project& p : m_projects->projects()) {
        names.insert(p.id, p.name);
    }
    m_reminders->update(census->reminders, names, now);
    const qsizetype soon = census->reminders.size();
    m_expiringLabel->setText(soon == 0
                                 ? tr("No key expiring soon")
                                 : counted(soon, tr("1 key expiring soon"), tr("%1 keys expiring soon")));
    refreshRegistryStatus();
}

void MainWindow::refreshRegistryStatus()
{
    if (!m_session) {
        m_registryLabel->clear();
        m_ui->keysTab->setPendingKeys({});
        return;
    }
    Result<RegistryOverview> o = readRegistryOverview(m_session->workspace(), m_projects->projects());
    if (!o) {
        m_registryLabel->setText(tr("Registry state unknown: %1").arg(o.error().message));
        return;
    }
    // An offline registry is easy to miss on a tab of its own: a revocation that has not reached
    // the gateways must not look done.
    m_registryLabel->setText(registryStatusText(*o));
    m_registryLabel->setVisible(o->anyBound);
    QPalette pal = palette();
    if (!o->offline.isEmpty()) {
        pal.setColor(QPalette::WindowText, negativeText(pal));
    }
    m_registryLabel->setPalette(pal);
    m_registryLabel->setToolTip(
        !o->offline.isEmpty()
            ? tr("The last sync failed: %1\nChanges wait in the outbox until the registry is reachable.")
                  .arg(o->lastError)
            : tr("Changes of projects bound to a registry are pushed by the Registry tab's sync."));
    m_ui->keysTab->setPendingKeys(o->pendingKeyIds);
}

} // namespace kw::gui
