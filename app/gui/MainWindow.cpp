// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/audit/AuditVerifyJob.h"
#include "gui/common/Format.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReportActions.h"
#include "gui/common/StateStyle.h"
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
#include "gui/registry/RegistryStatus.h"
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
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace kw::gui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString LastProjectKey = QStringLiteral("session/lastProject");

constexpr std::chrono::hours DefaultReminderInterval{1};

} // namespace

MainWindow::MainWindow(SecretStore& secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_secrets(secrets)
    , m_projects(new ProjectListModel(this))
    , m_reminders(nullptr)
    , m_reminderTimer(new QTimer(this))
    , m_workspaceLabel(new QLabel(this))
    , m_actorLabel(new QLabel(this))
    , m_expiringLabel(new QLabel(this))
    , m_registryLabel(new QLabel(this))
    , m_clipboardDelay(ShowOnceDialog::DefaultClipboardDelay)
{
    m_ui->setupUi(this);
    m_reminders = new Reminders(m_ui->reminderBanner, this);
    m_ui->projects->setModel(m_projects);
    m_ui->projects->setItemDelegate(new ProjectDelegate(m_ui->projects));
    QFont header = m_ui->projectsLabel->font();
    header.setBold(true);
    m_ui->projectsLabel->setFont(header);
    m_ui->newProjectButton->setDefaultAction(m_ui->actionNewProject);
    m_ui->newProjectButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({230, 1050});
    connect(m_ui->registryTab, &RegistryTab::workspaceChanged, this, &MainWindow::refresh);
    connect(m_ui->registryTab, &RegistryTab::revocationsConfirmed, this,
            [this](const QHash<QString, QDateTime>& keys) {
                QDateTime last;
                for (const QDateTime& at : keys) {
                    last = std::max(last, at);
                }
                statusBar()->showMessage(
                    tr("%n revocation(s) confirmed by the registry at %1", nullptr, int(keys.size()))
                        .arg(QLocale().toString(last.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
            });
    connect(m_ui->registryTab, &RegistryTab::syncFinished, this, &MainWindow::refreshRegistryStatus);
    setUpActions();
    m_reports = new ReportActions(
        this, m_ui->keysTab, m_ui->auditTab, m_ui->menuFile, m_ui->menuProject,
        [this] { return m_session ? m_session->path() : QString(); }, [this] { return currentProject(); },
        [this] { return m_session ? &m_session->inventory() : nullptr; });
    connect(m_reports, &ReportActions::keysImported, this, &MainWindow::refresh);
    connect(m_ui->usageTab, &UsageTab::exportRequested, this, [this] {
        const auto range = m_ui->usageTab->range();
        m_reports->exportUsageRange(range ? range->first : 0, range ? range->second : 0);
    });
    applyIcons();
    setUpStatusBar();

    connect(m_ui->projects->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onProjectChanged);
    connect(m_ui->projects, &QListView::customContextMenuRequested, this, &MainWindow::showProjectMenu);
    connect(m_ui->projects, &QListView::doubleClicked, this, &MainWindow::editProject);
    KeysTab* keys = m_ui->keysTab;
    connect(keys, &KeysTab::selectionChanged, this, &MainWindow::updateActions);
    connect(keys, &KeysTab::selectionChanged, this,
            [this] { m_ui->usageTab->setSelectedKeys(m_ui->keysTab->selectedKeyIds()); });
    connect(keys, &KeysTab::issueRequested, this, &MainWindow::issueKey);
    connect(keys, &KeysTab::createProjectRequested, this, &MainWindow::newProject);
    connect(keys, &KeysTab::editRequested, this, &MainWindow::editKey);
    connect(keys, &KeysTab::contextMenuRequested, this, &MainWindow::showKeyMenu);
    connect(m_ui->usageTab, &UsageTab::openKeyRequested, this, [this](const QString& keyId) {
        m_ui->tabs->setCurrentWidget(m_ui->keysTab);
        m_ui->keysTab->selectKey(keyId);
    });
    connect(m_ui->usageTab, &UsageTab::revokeKeyRequested, this, [this](const QString& keyId) {
        if (m_ui->keysTab->selectKey(keyId)) {
            revokeKeys();
        }
    });
    connect(m_reminderTimer, &QTimer::timeout, this, [this] {
        m_ui->keysTab->refreshStates();
        refreshCensus();
    });
    m_reminderTimer->setInterval(DefaultReminderInterval);
    connect(m_reminders, &Reminders::showRequested, this, [this](const Reminder& r) {
        selectProject(r.projectId);
        m_ui->tabs->setCurrentWidget(m_ui->keysTab);
        m_ui->keysTab->setStateFilter(r.state);
        m_ui->keysTab->selectKey(r.keyId);
    });
    setAcceptDrops(true);
    restoreSettings();
    setSession(nullptr);
}

namespace {

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (mime && mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl& url : urls) {
            if (url.isLocalFile()) {
                files.append(url.toLocalFile());
            }
        }
    }
    return files;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (currentProject() && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty() || !currentProject()) {
        return;
    }
    event->acceptProposedAction();
    m_ui->tabs->setCurrentWidget(m_ui->usageTab);
    m_ui->usageTab->importFiles(files);
}

MainWindow::~MainWindow()
{
    // The tabs and the operations refer to the session's Inventory: let go of it first.
    delete m_operations;
    m_ui->keysTab->setInventory(nullptr);
    m_ui->auditTab->setInventory(nullptr);
    m_ui->usageTab->setInventory(nullptr);
}

KeysTab* MainWindow::keysTab() const
{
    return m_ui->keysTab;
}

AuditTab* MainWindow::auditTab() const
{
    return m_ui->auditTab;
}

UsageTab* MainWindow::usageTab() const
{
    return m_ui->usageTab;
}

MessageBanner* MainWindow::messageBanner() const
{
    return m_ui->messageBanner;
}

MessageBanner* MainWindow::reminderBanner() const
{
    return m_ui->reminderBanner;
}

void MainWindow::setReminderInterval(std::chrono::milliseconds interval)
{
    m_reminderTimer->setInterval(interval);
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionNewWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_ui->actionOpenWorkspace, &QAction::triggered, this, &MainWindow::openWorkspace);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QMainWindow::close);
    connect(m_ui->actionImportLogs, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->usageTab);
        m_ui->usageTab->chooseFilesToImport();
    });
    connect(m_ui->usageTab, &UsageTab::imported, this, &MainWindow::refresh);
    connect(m_ui->actionNewProject, &QAction::triggered, this, &MainWindow::newProject);
    connect(m_ui->actionEditProject, &QAction::triggered, this, &MainWindow::editProject);
    connect(m_ui->actionIssue, &QAction::triggered, this, &MainWindow::issueKey);
    connect(m_ui->actionRotate, &QAction::triggered, this, &MainWindow::rotateKey);
    connect(m_ui->actionRevoke, &QAction::triggered, this, &MainWindow::revokeKeys);
    connect(m_ui->actionEdit, &QAction::triggered, this, &MainWindow::editKey);
    connect(m_ui->actionReveal, &QAction::triggered, this, &MainWindow::revealKey);
    connect(m_ui->actionCopyKeyId, &QAction::triggered, this, &MainWindow::copyKeyId);
    connect(m_ui->actionShowInAudit, &QAction::triggered, this, &MainWindow::showInAudit);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->keysTab);
        m_ui->keysTab->focusFilter();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionVerify, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->auditTab);
        m_ui->auditTab->verify();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    // Less used actions stay icon-only in the toolbar, so the lifecycle verbs stand out.
    for (QAction* a : {m_ui->actionEdit, m_ui->actionReveal, m_ui->actionRefresh, m_ui->actionVerify}) {
        a->setPriority(QAction::LowPriority);
    }
    // Toolbar labels are verbs without the menu's ellipsis.
    m_ui->actionIssue->setIconText(tr("Issue"));
    m_ui->actionRotate->setIconText(tr("Rotate"));
    m_ui->actionRevoke->setIconText(tr("Revoke"));
    m_ui->actionNewProject->setIconText(tr("New project"));
}

void MainWindow::applyIcons()
{
    const QPalette& p = palette();
    const std::pair<QAction*, Icon> icons[] = {
        {m_ui->actionNewWorkspace, Icon::NewWorkspace},
        {m_ui->actionOpenWorkspace, Icon::Open},
        {m_ui->actionOpenDemo, Icon::Demo},
        {m_ui->actionQuit, Icon::Quit},
        {m_ui->actionNewProject, Icon::ProjectNew},
        {m_ui->actionEditProject, Icon::ProjectEdit},
        {m_ui->actionIssue, Icon::Issue},
        {m_ui->actionRotate, Icon::Rotate},
        {m_ui->actionRevoke, Icon::Revoke},
        {m_ui->actionEdit, Icon::Edit},
        {m_ui->actionReveal, Icon::Reveal},
        {m_ui->actionCopyKeyId, Icon::CopyId},
        {m_ui->actionShowInAudit, Icon::Audit},
        {m_ui->actionFind, Icon::Find},
        {m_ui->actionRefresh, Icon::Refresh},
        {m_ui->actionVerify, Icon::Verify},
        {m_ui->actionAbout, Icon::About},
    };
    for (const auto& [action, id] : icons) {
        action->setIcon(icon(id, p));
    }
    setWindowIcon(icon(Icon::App, p));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyIcons();
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_ui->keysTab->restoreState(settings);
    m_ui->auditTab->restoreState(settings);
}

void MainWindow::saveSettings() const
{
    // Layout and the last project only: no key, hint or secret is ever written here.
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->splitter->saveState());
    m_ui->keysTab->saveState(settings);
    m_ui->auditTab->saveState(settings);
    if (m_session && !m_session->isDemo()) {
        settings.setValue(LastProjectKey, currentProjectId());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    delete m_operations;
    m_operations = nullptr;
    m_ui->keysTab->setInventory(nullptr);
    m_ui->auditTab->setInventory(nullptr);
    m_ui->usageTab->setInventory(nullptr);
    m_ui->registryTab->setSession(nullptr, nullptr);
    m_ui->messageBanner->dismiss();
    m_reminders->reset();
    delete m_verifyJob; // waits for a verification of the workspace being closed
    m_session = std::move(session);
    if (!m_session) {
        m_projects->setProjects({});
        m_reminderTimer->stop();
        m_workspaceLabel->setText(tr("No workspace open"));
        m_actorLabel->clear();
        m_expiringLabel->clear();
        updateTitle();
        updateActions();
        return;
    }
    Inventory& inventory = m_session->inventory();
    m_operations = new KeyOperations(inventory, m_secrets, this);
    connect(m_operations, &KeyOperations::keysChanged, this, &MainWindow::onKeysChanged);
    connect(m_operations, &KeyOperations::secretReady, this, &MainWindow::showSecret);
    connect(m_operations, &KeyOperations::failed, this, &MainWindow::showError);
    connect(m_operations, &KeyOperations::succeeded, this, [this](const QString& message) {
        m_ui->messageBanner->showMessage(MessageBanner::Kind::Success, message);
    });
    connect(m_operations, &KeyOperations::busyChanged, this, &MainWindow::updateActions);
    m_ui->keysTab->setInventory(&inventory);
    m_ui->auditTab->setInventory(&inventory);
    m_ui->usageTab->setInventory(&inventory);
    m_ui->registryTab->setSession(&inventory, &m_secrets);
    // The file name only: a full path would set the window's minimum width. The path is in the
    // tooltip and the title.
    const QString path = QDir::toNativeSeparators(m_session->path());
    m_workspaceLabel->setText(m_session->isDemo() ? tr("Demo workspace (temporary)")
                                                  : QFileInfo(m_session->path()).fileName());
    m_workspaceLabel->setToolTip(path);
    m_actorLabel->setText(tr("Acting as %1").arg(inventory.actor()));
    reloadProjects(QSettings().value(LastProjectKey).toString());
    refreshCensus();
    m_reminderTimer->start();
    updateTitle();
    updateActions();
    verifyAuditChain();
}

void MainWindow::reloadProjects(const QString& selectId)
{
    Result<QList<Project>> projects = m_session->inventory().projects();
    if (!projects) {
        showError(projects.error().message);
        return;
    }
    m_projects->setProjects(*projects);
    m_ui->auditTab->setProjects(m_projects->projects());
    const int row = std::max(0, m_projects->rowOf(selectId));
    if (m_projects->rowCount() > 0) {
        m_ui->projects->setCurrentIndex(m_projects->index(row));
    } else {
        onProjectChanged();
    }
}

bool MainWindow::selectProject(const QString& projectId)
{
    const int row = m_projects->rowOf(projectId);
    if (row < 0) {
        return false;
    }
    m_ui->projects->setCurrentIndex(m_projects->index(row));
    return true;
}

QString MainWindow::currentProjectId() const
{
    const std::optional<Project> p = currentProject();
    return p ? p->id : QString();
}

std::optional<Project> MainWindow::currentProject() const
{
    const QModelIndex i = m_ui->projects->currentIndex();
    if (!m_session || !i.isValid()) {
        return std::nullopt;
    }
    return m_projects->project(i.row());
}

void MainWindow::onProjectChanged()
{
    const std::optional<Project> p = currentProject();
    if (Result<void> shown = m_ui->keysTab->showProject(p ? &*p : nullptr); !shown) {
        showError(shown.error().message);
    }
    m_ui->usageTab->showProject(p ? &*p : nullptr);
    m_ui->registryTab->setProject(p);
    updateTitle();
    updateActions();
}

void MainWindow::refresh()
{
    if (!m_session) {
        return;
    }
    const QString project = currentProjectId();
    const QStringList selected = m_ui->keysTab->selectedKeyIds();
    // The reset model loses the current row silently; selecting it again loads the keys once.
    reloadProjects(project);
    if (selected.size() == 1) {
        m_ui->keysTab->selectKey(selected.first());
    }
    refreshCensus();
    m_ui->auditTab->invalidate();
    m_ui->usageTab->invalidate();
    m_ui->registryTab->setProject(currentProject());
}

void MainWindow::updateTitle()
{
    QStringList parts;
    if (const std::optional<Project> p = currentProject()) {
        parts.append(p->name);
    }
    if (m_session) {
        parts.append(m_session->isDemo() ? tr("demo workspace") : QFileInfo(m_session->path()).fileName());
    }
    parts.append(tr("Keyward"));
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::updateActions()
{
    if (m_reports) {
        m_reports->update();
    }
    const bool open = m_session != nullptr;
    const bool idle = m_operations && !m_operations->isBusy();
    const bool project = currentProject().has_value();
    const QList<const KeyRow*> rows = m_ui->keysTab->selectedRows();
    const KeyRow* one = rows.size() == 1 ? rows.first() : nullptr;
    const bool anyLive = std::any_of(rows.begin(), rows.end(),
                                     [](const KeyRow* r) { return r->status != KeyStatus::Revoked; });
    const bool rotatable = one && (one->state == KeyState::Active || one->state == KeyState::Expiring);
    m_ui->actionNewProject->setEnabled(open);
    m_ui->actionImportLogs->setEnabled(project);
    m_ui->actionEditProject->setEnabled(project);
    m_ui->actionIssue->setEnabled(project && idle);
    m_ui->actionRotate->setEnabled(rotatable && idle);
    m_ui->actionRevoke->setEnabled(anyLive && idle);
    m_ui->actionEdit->setEnabled(one && one->status != KeyStatus::Revoked && idle);
    m_ui->actionReveal->setEnabled(one && one->keptInKeychain && idle);
    m_ui->actionCopyKeyId->setEnabled(!rows.isEmpty());
    m_ui->actionShowInAudit->setEnabled(one != nullptr);
    m_ui->actionFind->setEnabled(project);
    m_ui->actionRefresh->setEnabled(open);
    m_ui->actionVerify->setEnabled(open);
    m_ui->actionReveal->setToolTip(one && !one->keptInKeychain
                                       ? tr("This key was issued without a copy in the OS keychain")
                                       : tr("Show a key kept in the OS keychain (audited)"));
    // A disabled action says why, so Ctrl+R or Del doing nothing is never a mystery.
    const QString busy = idle ? QString() : tr("Wait for the running key operation to finish");
    m_ui->actionRotate->setToolTip(
        rotatable && idle ? tr("Issue a successor; the old key keeps working for a grace period (Ctrl+R)")
        : !busy.isEmpty() ? busy
        : !one            ? tr("Select one key to rotate")
                          : tr("Only an active or expiring key can be rotated"));
    m_ui->actionRevoke->setToolTip(anyLive && idle   ? tr("Revoke the selected keys (Del)")
                                   : !busy.isEmpty() ? busy
                                   : rows.isEmpty()  ? tr("Select the keys to revoke")
                                                     : tr("The selected keys are already revoked"));
}

void MainWindow::showError(const QString& message)
{
    m_ui->messageBanner->showMessage(MessageBanner::Kind::Error, message);
}

void MainWindow::onKeysChanged(const QList<KeyRecord>& keys)
{
    m_ui->keysTab->applyChanges(keys);
    refreshCensus();
    m_ui->auditTab->invalidate();
    // A revocation goes to the registry at once: gateways must stop accepting the key.
    m_ui->registryTab->noteLocalChange(std::any_of(
        keys.cbegin(), keys.cend(), [](const KeyRecord& k) { return k.status == KeyStatus::Revoked; }));
    updateActions();
}

} // namespace kw::gui
