// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/keys/KeyOperations.h"

#include <QMainWindow>
#include <QPointer>
#include <chrono>
#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace kw {
class SecretStore;
}

namespace kw::gui {

class AuditTab;
class AuditVerifyJob;
class KeysTab;
class MessageBanner;
class ProjectListModel;
class ReportActions;
class Reminders;
class Session;
class UsageTab;

// The console: projects on the left, Keys · Usage · Audit · Registry on the right. The secret
// store is handed in, so tests and other platforms can put their own behind it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(SecretStore& secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes over a workspace (nullptr closes the current one).
    void setSession(std::unique_ptr<Session> session);
    Session* session() const { return m_session.get(); }

    bool selectProject(const QString& projectId);
    QString currentProjectId() const;
    // Reads projects, keys, counts and the audit trail again (F5).
    void refresh();

    // How long copied keys stay on the clipboard (tests shorten it).
    void setClipboardClearDelay(std::chrono::milliseconds delay) { m_clipboardDelay = delay; }
    // How often expiry reminders are checked (hourly by default).
    void setReminderInterval(std::chrono::milliseconds interval);

    KeysTab* keysTab() const;
    AuditTab* auditTab() const;
    UsageTab* usageTab() const;
    ProjectListModel* projectModel() const { return m_projects; }
    MessageBanner* messageBanner() const;
    MessageBanner* reminderBanner() const;
    KeyOperations* operations() const { return m_operations; }
    ReportActions* reports() const { return m_reports; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    // Log files dropped on the window are imported into the current project.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setUpActions();
    void applyIcons();
    void setUpStatusBar();
    void restoreSettings();
    void saveSettings() const;

    void reloadProjects(const QString& selectId);
    void onProjectChanged();
    void refreshCensus();
    // The status bar's registry line and the keys' "not yet pushed" marks.
    void refreshRegistryStatus();
    // Checks the audit chain in the background and puts a broken one in the banner at once.
    void verifyAuditChain();
    void updateActions();
    void updateTitle();
    std::optional<Project> currentProject() const;
    // The selected key, fresh from the workspace, when no key operation is running; else nothing
    // (a load error is shown).
    std::optional<KeyRecord> keyForAction();
    void showError(const QString& message);
    void showSecret(const KeyRecord& key, const QString& secret, KeyOperations::SecretKind kind);
    void onKeysChanged(const QList<KeyRecord>& keys);

    void newProject();
    void editProject();
    void issueKey();
    void rotateKey();
    void revokeKeys();
    void editKey();
    void revealKey();
    void copyKeyId();
    void showInAudit();
    void openWorkspace();
    void newWorkspace();
    void openDemo();
    void about();
    void showProjectMenu(const QPoint& pos);
    void showKeyMenu(const QPoint& globalPos);

    std::unique_ptr<Ui::MainWindow> m_ui;
    SecretStore& m_secrets;
    std::unique_ptr<Session> m_session;
    ProjectListModel* m_projects;
    KeyOperations* m_operations = nullptr;
    Reminders* m_reminders;
    ReportActions* m_reports = nullptr;
    QTimer* m_reminderTimer;
    QLabel* m_workspaceLabel;
    QLabel* m_actorLabel;
    QLabel* m_expiringLabel;
    QLabel* m_registryLabel;
    QPointer<AuditVerifyJob> m_verifyJob;
    std::chrono::milliseconds m_clipboardDelay;
};

} // namespace kw::gui
