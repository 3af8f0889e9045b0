// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Profile.h"

#include <QObject>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace kw {

class Inventory;
class RegistryWatch;
class SecretStore;
class SyncJob;

// When the registry is synced, for the console and the CLI alike (docs/registry.md, "Sync
// scheduling"): a pass syncs every profile with a bound project, one SyncJob at a time, with
// credentials read from the keychain without blocking. Scheduled, it also syncs on an interval,
// 2 s after a local change (a revocation: at once), with doubling back-off while the registry
// is unreachable, and, while a RegistryWatch on the watched profile is live, 300 ms after a
// change there. QtCore only; the Registry tab and `keyward registry sync` show what it reports.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class Mode
    {
        OnDemand,  // only syncNow()/syncProfiles(): the CLI
        Scheduled, // and by itself: the console
    };

    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    // Cancels what runs; nullptr ends the session.
    void setSession(Inventory* inventory, SecretStore* secrets, Mode mode);
    // The profile to keep a live watch on (the current project's), or none.
    void setWatchedProfile(const std::optional<RegistryProfile>& profile);

    // A local change of a bound project. urgent (a revocation): synced at once, not debounced.
    void noteLocalChange(bool urgent = false);
    // A pass over every profile with a bound project; ignored while one runs.
    void syncNow();
    void syncProfiles(const QStringList& names);
    // Blocks in a local event loop until no pass runs (the CLI).
    void waitForIdle();

    bool isSyncing() const { return m_job != nullptr || m_reading || !m_queue.isEmpty(); }
    void setAutoSyncInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds autoSyncInterval() const { return m_interval; }
    std::chrono::milliseconds nextAutoSync() const;
    bool isLive() const;
    // A watch is wanted for the watched profile (opening, open, or retrying).
    bool isWatching() const { return !m_watchWanted.isEmpty(); }
    QString watchProblem() const { return m_watchProblem; }

Q_SIGNALS:
    void jobStarted(kw::SyncJob* job);
    // Before the job is deleted: ok(), report(), error() tell how it went.
    void jobFinished(kw::SyncJob* job);
    // The keychain could not give a profile's password; that profile is skipped in this pass.
    void credentialsFailed(const kw::RegistryProfile& profile, const QString& problem);
    // A pass ended; pulled: some job changed the workspace.
    void passFinished(bool pulled);
    void liveStateChanged();

private:
    void next();
    void startJob(const RegistryProfile& profile, const QByteArray& password, const QByteArray& passphrase);
    void onJobFinished(kw::SyncJob* job);
    void endPass();
    void readCredentials(
        const RegistryProfile& profile,
        std::function<void(const QByteArray& password, const QByteArray& passphrase, const QString& problem)>
            done);
    void stopWatch();
    void onWatchState(bool live, const QString& problem);
    void cancelJob();
    std::chrono::milliseconds backOff() const;

    Inventory* m_inventory = nullptr;
    SecretStore* m_secrets = nullptr;
    Mode m_mode = Mode::OnDemand;
    QTimer* m_autoTimer;
    QTimer* m_changeTimer;
    QTimer* m_remoteTimer; // debounces the watch's notices
    RegistryWatch* m_watch = nullptr;
    QString m_watchWanted; // the profile (name and version) a watch is opening or open for
    QString m_watchProblem;
    bool m_resyncAfterPass = false; // a change was seen while a pass ran
    bool m_urgentAfterPass = false; // a revocation was made while a pass ran
    std::chrono::milliseconds m_interval{std::chrono::minutes(1)};
    int m_failures = 0;
    SyncJob* m_job = nullptr;
    bool m_reading = false; // credentials are being read for the next job
    QStringList m_queue;    // profiles still to sync in this pass
    bool m_anyPulled = false;
    bool m_anyFailed = false;
};

} // namespace kw
