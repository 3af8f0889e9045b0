// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/registry/RegistryTab.h"

#include "gui/registry/RegistryProfileDialog.h"
#include "registry/Binding.h"
#include "registry/SyncController.h"
#include "registry/SyncJob.h"
#include "registry/SyncState.h"
#include "secrets/SecretStore.h"
#include "store/Inventory.h"
#include "store/Workspace.h"
#include "ui_RegistryTab.h"

#include <QHeaderView>
#include <QMessageBox>

namespace kw::gui {

namespace {

// The list, or an empty one when it cannot be read: the tab shows what it can.
template<typename T>
T valueOr(Result<T>&& r)
{
    return r ? std::move(r.value()) : T();
}

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : RegistryTab::tr("never");
}

} // namespace

RegistryTab::RegistryTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RegistryTab>())
    , m_sync(new SyncController(this))
{
    m_ui->setupUi(this);
    m_ui->progress->hide();
    m_ui->conflicts->setColumnCount(4);
    m_ui->conflicts->setHorizontalHeaderLabels({tr("When"), tr("Key"), tr("Merged"), tr("Kept")});
    m_ui->conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->conflicts->horizontalHeader()->setStretchLastSection(true);
    connect(m_sync, &SyncController::jobStarted, this, &RegistryTab::onJobStarted);
    connect(m_sync, &SyncController::jobFinished, this, &RegistryTab::onJobFinished);
    connect(m_sync, &SyncController::credentialsFailed, this,
            [this](const RegistryProfile&, const QString& problem) { report(problem, true); });
    connect(m_sync, &SyncController::passFinished, this, [this](bool pulled) {
        reload();
        if (pulled) {
            Q_EMIT workspaceChanged();
        }
    });
    connect(m_sync, &SyncController::liveStateChanged, this, &RegistryTab::showLiveState);
    connect(m_ui->addButton, &QPushButton::clicked, this, &RegistryTab::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &RegistryTab::editProfile);
    connect(m_ui->profiles, &QListWidget::itemDoubleClicked, this, &RegistryTab::editProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &RegistryTab::removeProfile);
    connect(m_ui->bindButton, &QPushButton::clicked, this, &RegistryTab::bind);
    connect(m_ui->unbindButton, &QPushButton::clicked, this, &RegistryTab::unbind);
    connect(m_ui->syncButton, &QPushButton::clicked, this, [this] {
        // The timers sync silently; a click that cannot sync anything says why.
        if (m_inventory && boundProfiles().isEmpty()) {
            report(tr("Nothing to sync: no project is bound to a registry profile. Bind a project to "
                      "this profile first."),
                   true);
            return;
        }
        syncNow();
    });
    connect(m_ui->profiles, &QListWidget::currentRowChanged, this, &RegistryTab::showStatus);
}

RegistryTab::~RegistryTab() = default;

void RegistryTab::setSession(Inventory* inventory, SecretStore* secrets)
{
    m_sync->setSession(inventory, secrets, SyncController::Mode::Scheduled);
    m_inventory = inventory;
    m_secrets = secrets;
    m_project.reset();
    m_ui->progress->hide();
    reload();
}

void RegistryTab::setProject(const std::optional<Project>& project)
{
    m_project = project;
    reload();
}

void RegistryTab::setAutoSyncInterval(std::chrono::milliseconds interval)
{
    m_sync->setAutoSyncInterval(interval);
}

std::chrono::milliseconds RegistryTab::nextAutoSync() const
{
    return m_sync->nextAutoSync();
}

bool RegistryTab::isLive() const
{
    return m_sync->isLive();
}

bool RegistryTab::isSyncing() const
{
    return m_sync->isSyncing();
}

void RegistryTab::showLiveState()
{
    const std::chrono::milliseconds interval = m_sync->autoSyncInterval();
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(interval).count();
    const QString polling = minutes >= 1
                                ? tr("polling every %n minute(s)", nullptr, int(minutes))
                                : tr("polling every %n second(s)", nullptr,
                                     int(std::chrono::duration_cast<std::chrono::seconds>(interval).count()));
    if (isLive()) {
        m_ui->liveLabel->setText(tr("● live — changes appear within seconds"));
        m_ui->liveLabel->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    } else if (m_sync->isWatching()) {
        const QString problem = m_sync->watchProblem();
        m_ui->liveLabel->setText(problem.isEmpty()
                                     ? tr("%1 — opening the live watch…").arg(polling)
                                     : tr("%1 — live watch unavailable: %2").arg(polling, problem));
        m_ui->liveLabel->setStyleSheet(QString());
    } else {
        m_ui->liveLabel->setText(m_project && m_project->registryProfile.isEmpty() ? QStringLiteral("–")
                                                                                   : polling);
        m_ui->liveLabel->setStyleSheet(QString());
    }
}

QString RegistryTab::currentProfileName() const
{
    const QListWidgetItem* item = m_ui->profiles->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RegistryTab::reload()
{
    const QString selected = currentProfileName();
    m_ui->profiles->clear();
    m_ui->profileCombo->clear();
    QList<RegistryProfile> profiles;
    if (m_inventory) {
        profiles = valueOr(ProfileRepo(m_inventory->workspace()).all());
    }
    for (const RegistryProfile& p : std::as_const(profiles)) {
        auto* item = new QListWidgetItem(p.name + u'\n' + p.endpoints.join(u'\n'), m_ui->profiles);
        item->setData(Qt::UserRole, p.name);
        if (p.usesHttp() || p.allowHttpLoopback) {
            // A profile that may send in clear is shown in red.
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setText(item->text() + u'\n' + tr("UNENCRYPTED http:// to loopback allowed"));
        }
        item->setToolTip(tr("User %1, namespace %2").arg(p.user, p.ns));
        m_ui->profileCombo->addItem(p.name);
    }
    int row = 0;
    for (int i = 0; i < m_ui->profiles->count(); ++i) {
        const QString name = m_ui->profiles->item(i)->data(Qt::UserRole).toString();
        if (name == selected || (m_project && name == m_project->registryProfile)) {
            row = i;
        }
    }
    if (m_ui->profiles->count() > 0) {
        m_ui->profiles->setCurrentRow(row);
    }
    const bool bound = m_project && !m_project->registryProfile.isEmpty();
    m_ui->bindingBox->setEnabled(m_project.has_value());
    m_ui->bindingLabel->setText(
        !m_project ? tr("No project selected.")
        : bound    ? tr("%1 is bound to %2.").arg(m_project->name, m_project->registryProfile)
                   : tr("%1 is not bound to a registry.").arg(m_project->name));
    m_ui->profileCombo->setVisible(!bound);
    m_ui->bindButton->setVisible(!bound);
    m_ui->bindButton->setEnabled(!profiles.isEmpty());
    m_ui->unbindButton->setVisible(bound);
    m_ui->addButton->setEnabled(m_inventory != nullptr);
    m_ui->editButton->setEnabled(!profiles.isEmpty());
    m_ui->removeButton->setEnabled(!profiles.isEmpty());
    showStatus();
    std::optional<RegistryProfile> watched;
    if (m_inventory && bound) {
        if (Result<RegistryProfile> p =
                ProfileRepo(m_inventory->workspace()).get(m_project->registryProfile)) {
            watched = *p;
        }
    }
    m_sync->setWatchedProfile(watched);
    showLiveState();
}

void RegistryTab::showStatus()
{
    const QString name = currentProfileName();
    m_ui->statusBox->setTitle(name.isEmpty() ? tr("Status") : tr("Status of %1").arg(name));
    m_ui->syncButton->setEnabled(!name.isEmpty() && !m_sync->isSyncing());
    m_ui->conflicts->setRowCount(0);
    if (!m_inventory || name.isEmpty()) {
        for (QLabel* l : {m_ui->stateLabel, m_ui->lastSyncLabel, m_ui->pendingLabel, m_ui->errorLabel}) {
            l->setText(QStringLiteral("–"));
        }
        return;
    }
    Workspace& ws = m_inventory->workspace();
    Result<SyncStatus> s = SyncState(ws).status(name);
    if (!s) {
        m_ui->errorLabel->setText(s.error().message);
        return;
    }
    m_ui->stateLabel->setText(s->online()                  ? tr("● online")
                              : s->lastAttemptAt.isValid() ? tr("● offline — changes wait in the queue")
                                                           : tr("not synced yet"));
    m_ui->stateLabel->setStyleSheet(s->online()                  ? QStringLiteral("color: #1b7f3b;")
                                    : s->lastAttemptAt.isValid() ? QStringLiteral("color: #b00020;")
                                                                 : QString());
    m_ui->lastSyncLabel->setText(when(s->lastSyncAt));
    m_ui->pendingLabel->setText(tr("%n change(s)", nullptr, int(s->pending)));
    m_ui->errorLabel->setText(s->lastError.isEmpty() ? tr("none") : s->lastError);
    m_ui->errorLabel->setStyleSheet(s->lastError.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    const QList<SyncConflict> conflicts = valueOr(SyncState(ws).conflicts(name));
    m_ui->conflicts->setRowCount(int(conflicts.size()));
    for (int i = 0; i < conflicts.size(); ++i) {
        const SyncConflict& c = conflicts.at(conflicts.size() - 1 - i); // newest first
        QStringList kept;
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
            kept.append(it.key() + QStringLiteral(" = ") +
                        it.value().toObject().value(QStringLiteral("kept")).toVariant().toString());
        }
        const QStringList cells{when(c.at), c.keyId,
                                c.origin == QLatin1String("local") ? tr("here") : tr("by another console"),
                                kept.join(QStringLiteral("; "))};
        for (int col = 0; col < cells.size(); ++col) {
            m_ui->conflicts->setItem(i, col, new QTableWidgetItem(cells.at(col)));
        }
    }
}

void RegistryTab::report(const QString& text, bool error)
{
    Q_EMIT syncFinished(!error, text);
    if (error) {
        m_ui->errorLabel->setText(text);
        m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
}

void RegistryTab::storePassword(const RegistryProfile& profile, const QByteArray& password)
{
    if (password.isEmpty() || !m_secrets) {
        return;
    }
    WriteSecretJob* job = m_secrets->write(profile.passwordEntry(), password, this);
    connect(job, &SecretJob::finished, this, [this](Job* ended) {
        auto* j = static_cast<SecretJob*>(ended);
        if (j->error() != SecretJob::Error::NoError) {
            report(j->errorString(), true);
        }
    });
    job->start();
}

void RegistryTab::addProfile()
{
    if (!m_inventory) {
        return;
    }
    RegistryProfile blank;
    auto* dialog = new RegistryProfileDialog(blank, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RegistryProfile p = dialog->profile();
        (void)validateProfile(p);
        p.createdAt = p.updatedAt = m_inventory->now();
        if (Result<void> r = ProfileRepo(m_inventory->workspace()).insert(p); !r) {
            report(r.error().message, true);
            return;
        }
        storePassword(p, dialog->password());
        reload();
    });
    dialog->open();
}

void RegistryTab::editProfile()
{
    const QString name = currentProfileName();
    if (!m_inventory || name.isEmpty()) {
        return;
    }
    Result<RegistryProfile> current = ProfileRepo(m_inventory->workspace()).get(name);
    if (!current) {
        report(current.error().message, true);
        return;
    }
    auto* dialog = new RegistryProfileDialog(*current, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RegistryProfile p = dialog->profile();
        (void)validateProfile(p);
        p.updatedAt = m_inventory->now();
        if (Result<void> r = ProfileRepo(m_inventory->workspace()).update(p); !r) {
            report(r.error().message, true);
            return;
        }
        storePassword(p, dialog->password());
        reload();
    });
    dialog->open();
}

void RegistryTab::removeProfile()
{
    const QString name = currentProfileName();
    if (!m_inventory || name.isEmpty()) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Remove registry"),
            tr("Remove the registry profile %1 and its password from the keychain?").arg(name)) !=
        QMessageBox::Yes) {
        return;
    }
    Result<RegistryProfile> p = ProfileRepo(m_inventory->workspace()).get(name);
    if (Result<void> r = ProfileRepo(m_inventory->workspace()).remove(name); !r) {
        report(r.error().message, true);
        return;
    }
    if (p && m_secrets) {
        m_secrets->remove(p->passwordEntry(), this)->start();
        m_secrets->remove(p->passphraseEntry(), this)->start();
    }
    reload();
}

void RegistryTab::bind()
{
    if (!m_inventory || !m_project || m_ui->profileCombo->currentText().isEmpty()) {
        return;
    }
    if (Result<void> r = bindProject(*m_inventory, m_project->id, m_ui->profileCombo->currentText()); !r) {
        report(r.error().message, true);
        return;
    }
    m_project->registryProfile = m_ui->profileCombo->currentText();
    reload();
    Q_EMIT workspaceChanged();
    noteLocalChange();
}

void RegistryTab::unbind()
{
    if (!m_inventory || !m_project) {
        return;
    }
    if (Result<void> r = unbindProject(*m_inventory, m_project->id); !r) {
        report(r.error().message, true);
        return;
    }
    m_project->registryProfile.clear();
    reload();
    Q_EMIT workspaceChanged();
}

void RegistryTab::noteLocalChange(bool urgent)
{
    m_sync->noteLocalChange(urgent);
}

void RegistryTab::syncNow()
{
    m_sync->syncNow();
}

QStringList RegistryTab::boundProfiles() const
{
    QStringList names;
    const QList<RegistryProfile> profiles = valueOr(ProfileRepo(m_inventory->workspace()).all());
    for (const RegistryProfile& p : profiles) {
        if (!valueOr(ProfileRepo(m_inventory->workspace()).boundProjects(p.name)).isEmpty()) {
            names.append(p.name);
        }
    }
    return names;
}

void RegistryTab::onJobStarted(SyncJob* job)
{
    m_ui->syncButton->setEnabled(false);
    m_ui->progress->setRange(0, 0);
    m_ui->progress->show();
    connect(job, &SyncJob::stepProgress, this, [this](qint64 done, qint64 total, const QString& step) {
        m_ui->progress->setRange(0, int(std::max<qint64>(total, 0)));
        m_ui->progress->setValue(int(done));
        m_ui->progress->setFormat(step + QStringLiteral(" %v/%m"));
    });
}

void RegistryTab::onJobFinished(SyncJob* job)
{
    m_ui->progress->hide();
    if (!job->ok()) {
        report(tr("%1: %2").arg(job->profile().name, job->error().message), true);
        return;
    }
    const SyncReport& r = job->report();
    QString text = tr("%1: pushed %2, pulled %3, %4 conflict(s).")
                       .arg(job->profile().name)
                       .arg(r.pushed)
                       .arg(r.pulled)
                       .arg(r.conflicts);
    if (!r.revocationsConfirmed.isEmpty()) {
        QDateTime last;
        for (const QDateTime& at : r.revocationsConfirmed) {
            last = std::max(last, at);
        }
        text += u' ' + tr("%n revocation(s) confirmed by the registry at %1.", nullptr,
                          int(r.revocationsConfirmed.size()))
                           .arg(QLocale().toString(last.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
        Q_EMIT revocationsConfirmed(r.revocationsConfirmed);
    }
    if (!r.problems.isEmpty()) {
        text += u' ' + tr("%n malformed registry record(s) skipped: %1", nullptr, int(r.problems.size()))
                           .arg(r.problems.constFirst());
    }
    report(text, !r.problems.isEmpty());
}

} // namespace kw::gui
