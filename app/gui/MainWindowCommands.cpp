// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's commands: the project and key actions of the menus, toolbar and context menus
// (each opens its dialog and hands the result to KeyOperations or the Inventory), and the workspace
// commands of the File menu. The window's shell (layout, session, settings, status) is MainWindow.cpp.
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/common/Format.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReportActions.h"
#include "gui/keys/EditKeyDialog.h"
#include "gui/keys/IssueKeyDialog.h"
#include "gui/keys/KeyCensus.h"
#include "gui/keys/KeyTableModel.h"
#include "gui/keys/KeysTab.h"
#include "gui/keys/Reminders.h"
#include "gui/keys/RevealKeyDialog.h"
#include "gui/keys/RevokeKeysDialog.h"
#include "gui/keys/RotateKeyDialog.h"
#include "gui/keys/ShowOnceDialog.h"
#include "gui/projects/ProjectDelegate.h"
#include "gui/projects/ProjectDialog.h"
#include "gui/projects/ProjectListModel.h"
#include "gui/registry/RegistryTab.h"
#include "gui/usage/UsageTab.h"
#include "store/Inventory.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTimer>

namespace kw::gui {

namespace {

ShowOnceDialog::Purpose purposeOf(KeyOperations::SecretKind kind)
{
    switch (kind) {
    case KeyOperations::SecretKind::Issued:
        return ShowOnceDialog::Purpose::Issued;
    case KeyOperations::SecretKind::Rotated:
        return ShowOnceDialog::Purpose::Rotated;
    case KeyOperations::SecretKind::Revealed:
        return ShowOnceDialog::Purpose::Revealed;
    }
    return ShowOnceDialog::Purpose::Issued;
}

// Opens a dialog without a nested event loop: the window stays responsive, and tests can reach the
// dialog as a child of the window.
template<typename Dialog, typename OnAccepted>
void openDialog(Dialog* dialog, QObject* context, OnAccepted onAccepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, context, [dialog, onAccepted] { onAccepted(dialog); });
    dialog->open();
}

} // namespace

void MainWindow::showSecret(const KeyRecord& key, const QString& secret, KeyOperations::SecretKind kind)
{
    if (kind != KeyOperations::SecretKind::Revealed) {
        m_ui->keysTab->selectKey(key.id);
    } else {
        // A reveal changes no key but adds to its audit trail, which the pane shows.
        m_ui->keysTab->applyChanges({key});
    }
    m_ui->auditTab->invalidate();
    const int row = m_projects->rowOf(key.projectId);
    const QString projectName = row >= 0 ? m_projects->project(row).name : key.projectId;
    auto* dialog = new ShowOnceDialog(key, projectName, secret, purposeOf(kind), this);
    dialog->setClipboardClearDelay(m_clipboardDelay);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newProject()
{
    if (!m_session) {
        return;
    }
    openDialog(new ProjectDialog(std::nullopt, this), this, [this](ProjectDialog* d) {
        Result<Project> created = m_session->inventory().createProject(d->draft());
        if (!created) {
            showError(created.error().message);
            return;
        }
        m_ui->messageBanner->showMessage(
            MessageBanner::Kind::Success,
            tr("Created the project %1; its keys start with %2_.").arg(created->name, created->prefix));
        reloadProjects(created->id);
        refreshCensus();
        m_ui->auditTab->invalidate();
    });
}

void MainWindow::editProject()
{
    const std::optional<Project> p = currentProject();
    if (!p) {
        return;
    }
    openDialog(new ProjectDialog(p, this), this, [this, id = p->id](ProjectDialog* d) {
        Result<Project> edited = m_session->inventory().editProject(id, d->draft());
        if (!edited) {
            showError(edited.error().message);
            return;
        }
        m_ui->messageBanner->showMessage(MessageBanner::Kind::Success,
                                         tr("Saved the policy of %1.").arg(edited->name));
        reloadProjects(id);
        refreshCensus();
        m_ui->auditTab->invalidate();
    });
}

void MainWindow::issueKey()
{
    const std::optional<Project> p = currentProject();
    if (!p || !m_operations || m_operations->isBusy()) {
        return;
    }
    openDialog(new IssueKeyDialog(*p, m_session->inventory().now(), this), this, [this](IssueKeyDialog* d) {
        m_ui->messageBanner->dismiss();
        m_operations->issue(d->request());
    });
}

std::optional<KeyRecord> MainWindow::keyForAction()
{
    const QString id = m_ui->keysTab->currentKeyId();
    if (id.isEmpty() || !m_operations || m_operations->isBusy()) {
        return std::nullopt;
    }
    Result<KeyRecord> key = m_session->inventory().key(id);
    if (!key) {
        showError(key.error().message);
        return std::nullopt;
    }
    return *key;
}

void MainWindow::rotateKey()
{
    const std::optional<Project> p = currentProject();
    const std::optional<KeyRecord> key = p ? keyForAction() : std::nullopt;
    if (!key) {
        return;
    }
    const QString id = key->id;
    openDialog(new RotateKeyDialog(*key, p->policy, m_session->inventory().now(), this), this,
               [this, id](RotateKeyDialog* d) {
                   m_ui->messageBanner->dismiss();
                   m_operations->rotate(id, d->graceSeconds());
               });
}

void MainWindow::revokeKeys()
{
    const std::optional<Project> p = currentProject();
    if (!p || !m_operations || m_operations->isBusy()) {
        return;
    }
    QStringList ids;
    QStringList labels;
    for (const KeyRow* r : m_ui->keysTab->selectedRows()) {
        if (r->status != KeyStatus::Revoked) {
            ids.append(r->id);
            labels.append(QStringLiteral("%1 — %2 (%3)").arg(r->name, r->hint, stateLabel(r->state)));
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    // The last action's result must not read as this one's, whatever this dialog ends with.
    m_ui->messageBanner->dismiss();
    openDialog(new RevokeKeysDialog(labels, p->name, this), this,
               [this, ids, projectId = p->id](RevokeKeysDialog* d) {
                   m_ui->messageBanner->dismiss();
                   m_operations->revoke(projectId, ids, d->reason().value_or(RevokeReason::Other), d->note());
               });
}

void MainWindow::editKey()
{
    const std::optional<Project> p = currentProject();
    const std::optional<KeyRecord> key = p ? keyForAction() : std::nullopt;
    if (!key) {
        return;
    }
    const QString id = key->id;
    if (key->status == KeyStatus::Revoked) {
        return;
    }
    openDialog(new EditKeyDialog(*p, *key, m_session->inventory().now(), this), this,
               [this, id](EditKeyDialog* d) {
                   m_ui->messageBanner->dismiss();
                   m_operations->edit(id, d->edit());
               });
}

void MainWindow::revealKey()
{
    const std::optional<KeyRecord> key = keyForAction();
    if (!key) {
        return;
    }
    const QString id = key->id;
    openDialog(new RevealKeyDialog(*key, m_session->inventory().actor(), this), this,
               [this, id](RevealKeyDialog*) {
                   m_ui->messageBanner->dismiss();
                   m_operations->reveal(id);
               });
}

void MainWindow::copyKeyId()
{
    // Key ids are public identifiers, not secrets: they go to the clipboard plainly.
    const QStringList ids = m_ui->keysTab->selectedKeyIds();
    if (!ids.isEmpty()) {
        QGuiApplication::clipboard()->setText(ids.join(u'\n'));
        statusBar()->showMessage(counted(ids.size(), tr("Copied the key id."), tr("Copied %1 key ids.")),
                                 3000);
    }
}

void MainWindow::showInAudit()
{
    const QString id = m_ui->keysTab->currentKeyId();
    if (id.isEmpty()) {
        return;
    }
    m_ui->auditTab->setProjectFilter(currentProjectId());
    m_ui->auditTab->setKeyFilter(id);
    m_ui->tabs->setCurrentWidget(m_ui->auditTab);
}

void MainWindow::showProjectMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(m_ui->actionNewProject);
    menu.addAction(m_ui->actionEditProject);
    menu.exec(m_ui->projects->viewport()->mapToGlobal(pos));
}

void MainWindow::showKeyMenu(const QPoint& globalPos)
{
    QMenu menu(this);
    for (QAction* a : {m_ui->actionRotate, m_ui->actionRevoke, m_ui->actionEdit, m_ui->actionReveal}) {
        menu.addAction(a);
    }
    menu.addSeparator();
    menu.addAction(m_ui->actionCopyKeyId);
    menu.addAction(m_ui->actionShowInAudit);
    menu.exec(globalPos);
}

void MainWindow::openWorkspace()
{
    const QString start = m_session && !m_session->isDemo()
                              ? QFileInfo(m_session->path()).absolutePath()
                              : QFileInfo(Workspace::defaultPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), start,
                                                      tr("Keyward workspaces (*.keyward);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    Result<std::unique_ptr<Session>> opened = Session::open(path, Workspace::OpenMode::OpenExisting);
    if (!opened) {
        showError(opened.error().message);
        return;
    }
    setSession(std::move(opened.value()));
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(),
                                                tr("Keyward workspaces (*.keyward)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".keyward");
    }
    Result<std::unique_ptr<Session>> opened = Session::open(path, Workspace::OpenMode::OpenOrCreate);
    if (!opened) {
        showError(opened.error().message);
        return;
    }
    setSession(std::move(opened.value()));
}

void MainWindow::openDemo()
{
    Result<std::unique_ptr<Session>> demo = Session::openDemo();
    if (!demo) {
        showError(demo.error().message);
        return;
    }
    setSession(std::move(demo.value()));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Keyward"),
        tr("<h3>Keyward %1</h3><p>A console for the administrators who issue, rotate and revoke "
           "API keys.</p><p>Keys are shown once; the workspace keeps their hashes, and every "
           "change goes into a hash-chained audit trail.</p><p>Licensed under the GNU GPL, "
           "version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace kw::gui
