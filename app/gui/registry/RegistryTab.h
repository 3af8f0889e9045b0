// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "registry/Profile.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <chrono>
#include <memory>
#include <optional>

namespace Ui {
class RegistryTab;
}

namespace kw {
class Inventory;
class SecretStore;
class SyncController;
class SyncJob;
} // namespace kw

namespace kw::gui {

// The registry in the console: profiles (add / edit / remove), the current project's binding, the
// sync status (online/offline, live or polling, last sync, pending outbox, last error), the
// conflicts and Sync now. When syncs run (interval, after a local change, back-off, the live
// watch) is the SyncController's business; this tab shows what it reports. Nothing here blocks
// the GUI.
class RegistryTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryTab)

public:
    explicit RegistryTab(QWidget* parent = nullptr);
    ~RegistryTab() override;

    void setSession(Inventory* inventory, SecretStore* secrets);
    void setProject(const std::optional<Project>& project);
    void reload();

    // A local change of a bound project: sync soon (debounced); a revocation (urgent) at once.
    void noteLocalChange(bool urgent = false);
    void syncNow();
    bool isSyncing() const;
    void setAutoSyncInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds nextAutoSync() const;
    // The watch on the current project's registry is open.
    bool isLive() const;

Q_SIGNALS:
    // The workspace changed underneath the other tabs (a pull, a binding).
    void workspaceChanged();
    void syncFinished(bool ok, const QString& message);
    // The registry accepted these revocations (key id -> when it answered).
    void revocationsConfirmed(const QHash<QString, QDateTime>& keys);

private:
    void addProfile();
    void editProfile();
    void removeProfile();
    void bind();
    void unbind();
    void showStatus();
    void onJobStarted(kw::SyncJob* job);
    // The profiles some project is bound to: what a sync pushes to.
    QStringList boundProfiles() const;
    void onJobFinished(kw::SyncJob* job);
    void storePassword(const RegistryProfile& profile, const QByteArray& password);
    void showLiveState();
    QString currentProfileName() const;
    void report(const QString& text, bool error);

    std::unique_ptr<Ui::RegistryTab> m_ui;
    Inventory* m_inventory = nullptr;
    SecretStore* m_secrets = nullptr;
    std::optional<Project> m_project;
    SyncController* m_sync;
};

} // namespace kw::gui
