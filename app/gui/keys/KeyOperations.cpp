// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyOperations.h"

#include "secrets/SecretStore.h"

namespace kw::gui {

namespace {

QString keychainProblem(const SecretJob& job)
{
    switch (job.error()) {
    case SecretJob::Error::NoBackend:
        return KeyOperations::tr("no OS keychain is available (%1)").arg(job.errorString());
    case SecretJob::Error::AccessDenied:
        return KeyOperations::tr("the OS keychain is locked or refused access (%1)").arg(job.errorString());
    default:
        return job.errorString();
    }
}

} // namespace

KeyOperations::KeyOperations(Inventory& inventory, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_secrets(secrets)
{}

KeyOperations::~KeyOperations() = default;

void KeyOperations::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void KeyOperations::keepThenCommit(bool keep, const QString& keyId, const QString& secret,
                                   const QString& outcome, const std::function<bool()>& commit)
{
    if (!keep) {
        commit();
        return;
    }
    WriteSecretJob* job = m_secrets.write(keychainEntryFor(keyId), secret.toUtf8(), this);
    connect(job, &SecretJob::finished, this, [this, keyId, outcome, commit](Job* ended) {
        auto* finished = static_cast<SecretJob*>(ended);
        setBusy(false);
        if (finished->error() != SecretJob::Error::NoError) {
            Q_EMIT failed(
                tr("%1: %2. Unlock or set up the keychain and try again, or do without a kept copy.")
                    .arg(outcome, keychainProblem(*finished)));
            return;
        }
        if (!commit()) {
            removeEntry(keyId);
        }
    });
    setBusy(true);
    job->start();
}

void KeyOperations::removeEntry(const QString& keyId)
{
    const QString entry = keychainEntryFor(keyId);
    DeleteSecretJob* job = m_secrets.remove(entry, this);
    connect(job, &SecretJob::finished, this, [this, entry](Job* ended) {
        auto* finished = static_cast<SecretJob*>(ended);
        if (finished->error() != SecretJob::Error::NoError) {
            Q_EMIT failed(tr("The keychain entry %1 of a key that was not issued could not be removed (%2); "
                             "remove it by hand.")
                              .arg(entry, keychainProblem(*finished)));
        }
    });
    job->start();
}

void KeyOperations::issue(const IssueRequest& request)
{
    Result<PreparedIssue> prepared = m_inventory.prepareIssue(request);
    if (!prepared) {
        Q_EMIT failed(prepared.error().message);
        return;
    }
    const PreparedIssue p = std::move(prepared.value());
    keepThenCommit(p.request.keepInKeychain, p.keyId, p.generated.secret, tr("Nothing was issued"),
                   [this, p] {
                       Result<KeyRecord> key = m_inventory.commitIssue(p);
                       if (!key) {
                           Q_EMIT failed(tr("The key was not issued: %1").arg(key.error().message));
                           return false;
                       }
                       Q_EMIT keysChanged({*key});
                       Q_EMIT secretReady(*key, p.generated.secret, SecretKind::Issued);
                       return true;
                   });
}

void KeyOperations::rotate(const QString& keyId, qint64 graceSeconds)
{
    Result<PreparedRotation> prepared = m_inventory.prepareRotate(keyId, graceSeconds);
    if (!prepared) {
        Q_EMIT failed(prepared.error().message);
        return;
    }
    const PreparedRotation p = std::move(prepared.value());
    keepThenCommit(p.successor.request.keepInKeychain, p.successor.keyId, p.successor.generated.secret,
                   tr("The key was not rotated"), [this, p] {
                       Result<KeyRecord> successor = m_inventory.commitRotate(p);
                       if (!successor) {
                           Q_EMIT failed(tr("The key was not rotated: %1").arg(successor.error().message));
                           return false;
                       }
                       QList<KeyRecord> changed{*successor};
                       if (Result<KeyRecord> old = m_inventory.key(p.predecessor.id); old) {
                           changed.prepend(*old);
                       }
                       Q_EMIT keysChanged(changed);
                       Q_EMIT secretReady(*successor, p.successor.generated.secret, SecretKind::Rotated);
                       return true;
                   });
}

void KeyOperations::reveal(const QString& keyId)
{
    Result<KeyRecord> key = m_inventory.key(keyId);
    if (!key) {
        Q_EMIT failed(key.error().message);
        return;
    }
    if (!key->keptInKeychain) {
        Q_EMIT failed(tr("Key %1 was issued without a copy in the OS keychain; it cannot be shown again.")
                          .arg(key->hint));
        return;
    }
    ReadSecretJob* job = m_secrets.read(keychainEntryFor(keyId), this);
    const KeyRecord k = *key;
    connect(job, &SecretJob::finished, this, [this, k, job](Job* ended) {
        auto* finished = static_cast<SecretJob*>(ended);
        setBusy(false);
        if (finished->error() == SecretJob::Error::NotFound) {
            Q_EMIT failed(tr("The OS keychain has no copy of %1 (entry %2); it may have been removed there.")
                              .arg(k.hint, keychainEntryFor(k.id)));
            return;
        }
        if (finished->error() != SecretJob::Error::NoError) {
            Q_EMIT failed(tr("The key was not revealed: %1.").arg(keychainProblem(*finished)));
            return;
        }
        // Audited before it is shown: a reveal that cannot be recorded does not happen.
        if (Result<void> audited = m_inventory.recordReveal(k.id); !audited) {
            Q_EMIT failed(tr("The key was not revealed: the audit trail could not record it (%1).")
                              .arg(audited.error().message));
            return;
        }
        Q_EMIT secretReady(k, QString::fromUtf8(job->secret()), SecretKind::Revealed);
    });
    setBusy(true);
    job->start();
}

void KeyOperations::revoke(const QString& projectId, const QStringList& keyIds, RevokeReason reason,
                           const QString& note)
{
    if (keyIds.size() == 1) {
        Result<KeyRecord> revoked = m_inventory.revoke(keyIds.first(), reason, note);
        if (!revoked) {
            Q_EMIT failed(revoked.error().message);
            return;
        }
        Q_EMIT keysChanged({*revoked});
        Q_EMIT succeeded(tr("Revoked %1 (%2).").arg(revoked->name, revoked->hint));
        return;
    }
    KeyFilter filter;
    filter.projectId = projectId;
    filter.ids = keyIds;
    Result<QList<KeyRecord>> revoked = m_inventory.bulkRevoke(filter, reason, note);
    if (!revoked) {
        Q_EMIT failed(revoked.error().message);
        return;
    }
    Q_EMIT keysChanged(*revoked);
    Q_EMIT succeeded(tr("Revoked %1 keys in one transaction.").arg(revoked->size()));
}

void KeyOperations::edit(const QString& keyId, const KeyEdit& edit)
{
    Result<KeyRecord> edited = m_inventory.edit(keyId, edit);
    if (!edited) {
        Q_EMIT failed(edited.error().message);
        return;
    }
    Q_EMIT keysChanged({*edited});
    Q_EMIT succeeded(tr("Saved the changes to %1 (%2).").arg(edited->name, edited->hint));
}

} // namespace kw::gui
