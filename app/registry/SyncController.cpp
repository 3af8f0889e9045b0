// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SyncController.h"

#include "core/Tr.h"
#include "registry/RegistryWatch.h"
#include "registry/SyncJob.h"
#include "secrets/SecretStore.h"
#include "store/Inventory.h"
#include "store/Workspace.h"

#include <QEventLoop>
#include <QTimer>

namespace kw {

namespace {

constexpr auto MaxBackOff = std::chrono::minutes(15);
// Long enough to take a burst of changes (an import, a bulk revoke) in one pull.
constexpr auto RemoteDebounce = std::chrono::milliseconds(300);
// Other local edits often come in bursts (a few edits in a row): one push for them.
constexpr auto ChangeDebounce = std::chrono::seconds(2);

} // namespace

SyncController::SyncController(QObject* parent)
    : QObject(parent)
    , m_autoTimer(new QTimer(this))
    , m_changeTimer(new QTimer(this))
    , m_remoteTimer(new QTimer(this))
{
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(ChangeDebounce);
    m_autoTimer->setSingleShot(true);
    m_remoteTimer->setSingleShot(true);
    m_remoteTimer->setInterval(RemoteDebounce);
    connect(m_remoteTimer, &QTimer::timeout, this, [this] {
        if (isSyncing()) {
            m_resyncAfterPass = true;
        } else {
            syncNow();
        }
    });
    connect(m_changeTimer, &QTimer::timeout, this, &SyncController::syncNow);
    connect(m_autoTimer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    if (m_job) {
        m_job->cancel();
    }
    if (m_watch) {
        m_watch->stop();
    }
}

void SyncController::cancelJob()
{
    if (m_job) {
        m_job->cancel();
        m_job->disconnect(this);
        m_job->deleteLater(); // its destructor waits for the thread
        m_job = nullptr;
    }
    m_queue.clear();
    m_reading = false;
}

void SyncController::setSession(Inventory* inventory, SecretStore* secrets, Mode mode)
{
    cancelJob();
    stopWatch();
    m_inventory = inventory;
    m_secrets = secrets;
    m_mode = mode;
    m_failures = 0;
    m_changeTimer->stop();
    m_remoteTimer->stop();
    if (m_inventory && m_mode == Mode::Scheduled) {
        m_autoTimer->start(m_interval);
    } else {
        m_autoTimer->stop();
    }
}

void SyncController::setAutoSyncInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_inventory && m_mode == Mode::Scheduled) {
        m_autoTimer->start(m_interval);
    }
}

std::chrono::milliseconds SyncController::nextAutoSync() const
{
    return m_autoTimer->intervalAsDuration();
}

bool SyncController::isLive() const
{
    return m_watch && m_watch->isLive();
}

std::chrono::milliseconds SyncController::backOff() const
{
    // Offline: wait twice as long after each failure, up to 15 minutes.
    return m_failures == 0 ? m_interval
                           : std::min<std::chrono::milliseconds>(m_interval * (1 << std::min(m_failures, 10)),
                                                                 MaxBackOff);
}

void SyncController::readCredentials(
    const RegistryProfile& profile,
    std::function<void(const QByteArray& password, const QByteArray& passphrase, const QString& problem)>
        done)
{
    ReadSecretJob* read = m_secrets->read(profile.passwordEntry(), this);
    connect(read, &SecretJob::finished, this, [this, profile, done](SecretJob* job) {
        auto* r = static_cast<ReadSecretJob*>(job);
        if (r->error() == SecretJob::Error::NotFound) {
            done({}, {},
                 tr("The keychain has no entry %1: store the password with keyward registry edit NAME "
                    "--password-stdin.")
                     .arg(profile.passwordEntry()));
            return;
        }
        if (r->error() != SecretJob::Error::NoError) {
            done({}, {}, r->errorString());
            return;
        }
        const QByteArray password = r->secret();
        if (profile.clientKey.isEmpty()) {
            done(password, {}, {});
            return;
        }
        ReadSecretJob* phrase = m_secrets->read(profile.passphraseEntry(), this);
        connect(phrase, &SecretJob::finished, this, [password, done](SecretJob* phraseJob) {
            auto* p = static_cast<ReadSecretJob*>(phraseJob);
            // No entry: the key is not encrypted.
            if (p->error() != SecretJob::Error::NoError && p->error() != SecretJob::Error::NotFound) {
                done({}, {}, p->errorString());
                return;
            }
            done(password, p->secret(), {});
        });
        phrase->start();
    });
    read->start();
}

void SyncController::noteLocalChange(bool urgent)
{
    if (!m_inventory) {
        return;
    }
    if (!urgent) {
        m_changeTimer->start();
        return;
    }
    // A revocation must reach the gateways now, not after a debounce.
    m_changeTimer->stop();
    if (isSyncing()) {
        m_urgentAfterPass = true;
    } else {
        syncNow();
    }
}

void SyncController::syncNow()
{
    if (!m_inventory || isSyncing()) {
        return;
    }
    QStringList names;
    ProfileRepo profiles(m_inventory->workspace());
    Result<QList<RegistryProfile>> all = profiles.all();
    for (const RegistryProfile& p : all ? *all : QList<RegistryProfile>()) {
        Result<QStringList> bound = profiles.boundProjects(p.name);
        if (bound && !bound->isEmpty()) {
            names.append(p.name);
        }
    }
    if (names.isEmpty()) {
        if (m_mode == Mode::Scheduled) {
            m_autoTimer->start(m_interval);
        }
        return;
    }
    syncProfiles(names);
}

void SyncController::syncProfiles(const QStringList& names)
{
    if (!m_inventory || isSyncing() || names.isEmpty()) {
        return;
    }
    m_anyPulled = false;
    m_anyFailed = false;
    m_queue = names;
    next();
}

void SyncController::next()
{
    if (m_queue.isEmpty()) {
        endPass();
        return;
    }
    Result<RegistryProfile> p = ProfileRepo(m_inventory->workspace()).get(m_queue.takeFirst());
    if (!p || !m_secrets) {
        next();
        return;
    }
    m_reading = true;
    readCredentials(*p, [this, profile = *p](const QByteArray& password, const QByteArray& passphrase,
                                             const QString& problem) {
        if (!m_reading) {
            return; // the workspace changed while the keychain answered
        }
        m_reading = false;
        if (!problem.isEmpty()) {
            m_anyFailed = true;
            Q_EMIT credentialsFailed(profile, problem);
            next();
            return;
        }
        startJob(profile, password, passphrase);
    });
}

void SyncController::startJob(const RegistryProfile& profile, const QByteArray& password,
                              const QByteArray& passphrase)
{
    m_job = new SyncJob(m_inventory->workspace().path(), profile, password, passphrase, m_inventory->actor(),
                        this);
    connect(m_job, &SyncJob::finished, this, &SyncController::onJobFinished);
    Q_EMIT jobStarted(m_job);
    m_job->start();
}

void SyncController::onJobFinished(SyncJob* job)
{
    m_job = nullptr;
    job->deleteLater();
    if (job->ok()) {
        const SyncReport& r = job->report();
        m_anyPulled = m_anyPulled || r.pulled > 0 || r.conflicts > 0;
    } else {
        m_anyFailed = true;
    }
    Q_EMIT jobFinished(job);
    next();
}

void SyncController::endPass()
{
    m_failures = m_anyFailed ? m_failures + 1 : 0;
    if (m_mode == Mode::Scheduled) {
        m_autoTimer->start(backOff());
    }
    Q_EMIT passFinished(m_anyPulled);
    if (m_urgentAfterPass) {
        m_urgentAfterPass = false;
        m_resyncAfterPass = false;
        syncNow();
    } else if (m_resyncAfterPass) {
        m_resyncAfterPass = false;
        m_remoteTimer->start();
    }
}

void SyncController::waitForIdle()
{
    if (!isSyncing()) {
        return;
    }
    QEventLoop loop;
    connect(this, &SyncController::passFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

void SyncController::stopWatch()
{
    m_watchWanted.clear();
    m_watchProblem.clear();
    if (m_watch) {
        m_watch->stop();
        m_watch->disconnect(this);
        m_watch->deleteLater(); // its destructor waits for the thread
        m_watch = nullptr;
    }
}

void SyncController::setWatchedProfile(const std::optional<RegistryProfile>& wanted)
{
    // An edited profile (new endpoints, CA, pin…) gets a new watch.
    const QString key =
        wanted && m_secrets ? wanted->name + u'@' + wanted->updatedAt.toString(Qt::ISODateWithMs) : QString();
    if (key == m_watchWanted) {
        return;
    }
    stopWatch();
    if (key.isEmpty()) {
        Q_EMIT liveStateChanged();
        return;
    }
    m_watchWanted = key;
    readCredentials(*wanted,
                    [this, key, profile = *wanted](const QByteArray& password, const QByteArray& passphrase,
                                                   const QString& problem) {
                        if (key != m_watchWanted || m_watch) {
                            return; // superseded while the keychain answered
                        }
                        if (!problem.isEmpty()) {
                            m_watchProblem = problem;
                            Q_EMIT liveStateChanged();
                            return;
                        }
                        m_watch = new RegistryWatch(profile, password, passphrase, this);
                        connect(m_watch, &RegistryWatch::stateChanged, this, &SyncController::onWatchState);
                        connect(m_watch, &RegistryWatch::changed, this, [this] {
                            if (!m_remoteTimer->isActive()) {
                                m_remoteTimer->start();
                            }
                        });
                        m_watch->start();
                        Q_EMIT liveStateChanged();
                    });
    Q_EMIT liveStateChanged();
}

void SyncController::onWatchState(bool live, const QString& problem)
{
    m_watchProblem = problem;
    if (live) {
        // Whatever changed before the watch opened (or while it was down) is pulled now.
        m_remoteTimer->start();
    }
    Q_EMIT liveStateChanged();
}

} // namespace kw
