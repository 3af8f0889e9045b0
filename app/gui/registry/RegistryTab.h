// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "registry/Profile.h"

#include <QWidget>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class RegistryTab;
}

namespace kw {
class Inventory;
class RegistryWatch;
class SecretStore;
class SyncJob;
} // namespace kw

namespace kw::gui {

// Design §5 in the console: registry profiles (add / edit / remove), the current project's
// binding, the sync status (online/offline, live or polling, last sync, pending outbox, last
// error), the conflicts and Sync now. Syncs also run by themselves: on an interval, shortly after a
// local change, with exponential back-off while the registry is unreachable, and — while the
// RegistryWatch on the current project's registry is live — moments after another console or a
// gateway changes something there. Each sync is a SyncJob on its own thread; the password comes
// from the keychain asynchronously. Nothing here blocks the GUI.
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

    // A local change of a bound project: sync soon (debounced).
    void noteLocalChange();
    void syncNow();
    bool isSyncing() const { return m_job != nullptr; }
    void setAutoSyncInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds nextAutoSync() const;
    // The watch on the current project's registry is open.
    bool isLive() const;

Q_SIGNALS:
    // The workspace changed underneath the other tabs (a pull, a binding).
    void workspaceChanged();
    void syncFinished(bool ok, const QString& message);

private:
    void addProfile();
    void editProfile();
    void removeProfile();
    void bind();
    void unbind();
    void showStatus();
    // The profiles some project is bound to: what a sync pushes to.
    QStringList boundProfiles() const;
    void syncProfiles(QStringList names);
    void startJob(const RegistryProfile& profile, const QByteArray& password, const QByteArray& passphrase);
    void onJobFinished(kw::SyncJob* job);
    void storePassword(const RegistryProfile& profile, const QByteArray& password);
    // Reads the password and, for a client key, its passphrase from the keychain, then calls done.
    void readCredentials(
        const RegistryProfile& profile,
        std::function<void(const QByteArray& password, const QByteArray& passphrase, const QString& problem)>
            done);
    // Opens, keeps or closes the watch so it follows the current project's binding and profile.
    void updateWatch();
    void stopWatch();
    void onWatchState(bool live, const QString& problem);
    void showLiveState();
    QString currentProfileName() const;
    void report(const QString& text, bool error);

    std::unique_ptr<Ui::RegistryTab> m_ui;
    Inventory* m_inventory = nullptr;
    SecretStore* m_secrets = nullptr;
    std::optional<Project> m_project;
    QTimer* m_autoTimer;
    QTimer* m_changeTimer;
    QTimer* m_remoteTimer; // debounces the watch's notices
    RegistryWatch* m_watch = nullptr;
    QString m_watchWanted; // the profile (name and version) a watch is opening or open for
    QString m_watchProblem;
    bool m_resyncAfterJob = false; // a change was seen while a sync ran
    std::chrono::milliseconds m_interval{std::chrono::minutes(1)};
    int m_failures = 0;
    SyncJob* m_job = nullptr;
    QStringList m_queue; // profiles still to sync in this round
    bool m_anyPulled = false;
};

} // namespace kw::gui
