// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "core/Tr.h"

#include <qt6keychain/keychain.h>

#ifdef KEYWARD_SECRETS_PROBE_DBUS
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#endif

#include <utility>

namespace kw {

namespace {

enum class Operation
{
    Read,
    Write,
    Delete
};

QString keychainKinds()
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service / KWallet");
#endif
}

// QtKeychain's libsecret backend reports an unreachable session bus, or a bus on which nothing
// provides the Secret Service, as a plain OtherError carrying a GLib message. Asking the bus
// ourselves tells "no keychain at all" from a keychain that failed, which the administrator must
// handle differently. Only done after an OtherError, so a working keychain pays nothing for it.
bool keychainServiceReachable()
{
#ifdef KEYWARD_SECRETS_PROBE_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || bus.interface() == nullptr) {
        return false;
    }
    const QDBusReply<QStringList> registered = bus.interface()->registeredServiceNames();
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    for (const QLatin1String service :
         {QLatin1String("org.freedesktop.secrets"), QLatin1String("org.kde.kwalletd6"),
          QLatin1String("org.kde.kwalletd5"), QLatin1String("org.kde.kwalletd")}) {
        if ((registered.isValid() && registered.value().contains(service)) ||
            (activatable.isValid() && activatable.value().contains(service))) {
            return true;
        }
    }
    return false;
#else
    return true;
#endif
}

// libsecret cannot tell "no such entry" from "there is one, in a collection that is locked and
// could not be unlocked" (no prompt can be shown, or the user cancelled it): its lookup then finds
// nothing and its clear removes nothing, both without an error. Reporting that as NotFound would
// make an administrator believe a kept key is lost. The Secret Service lists locked matches
// separately, so it is asked, but not started: on a KWallet desktop it may merely be startable,
// and starting it would only create an empty keyring.
bool lockedEntryExists(const QString& service, const QString& name)
{
#ifdef KEYWARD_SECRETS_PROBE_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    call.setAutoStartService(false);
    // The attributes QtKeychain's libsecret backend files an entry under, as a{ss}.
    QDBusArgument attributes;
    attributes.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("user"), name}, {QStringLiteral("server"), service}}) {
        attributes.beginMapEntry();
        attributes << key << value;
        attributes.endMapEntry();
    }
    attributes.endMap();
    call << QVariant::fromValue(attributes);
    const QDBusMessage reply = bus.call(call, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        return false;
    }
    return !qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).isEmpty();
#else
    Q_UNUSED(service);
    Q_UNUSED(name);
    return false;
#endif
}

// The backend's own words help the administrator find what is wrong; they come from libsecret,
// KWallet or the OS and are not expected to echo the secret, but a write checks anyway.
QString backendDetail(const QString& detail, const QByteArray& secret)
{
    if (!secret.isEmpty()) {
        const QByteArray utf8 = detail.toUtf8();
        if (utf8.contains(secret) || utf8.contains(secret.toBase64())) {
            return tr("details withheld: they contained the secret");
        }
    }
    return detail.trimmed();
}

struct Verdict
{
    SecretJob::Error error = SecretJob::Error::Other;
    QString detail; // the backend's words, for the administrator
};

Verdict judge(const QKeychain::Job& job, Operation operation, const QString& name, const QByteArray& secret)
{
    const QString detail = backendDetail(job.errorString(), secret);
    const auto unlessLocked = [&](SecretJob::Error error) {
        if (lockedEntryExists(job.service(), name)) {
            return Verdict{SecretJob::Error::AccessDenied,
                           tr("the entry is in a locked collection that could not be unlocked")};
        }
        return Verdict{error, error == SecretJob::Error::NoError ? QString() : detail};
    };
    switch (job.error()) {
    case QKeychain::NoError:
        if (operation == Operation::Delete) {
            return unlessLocked(SecretJob::Error::NoError);
        }
        return {SecretJob::Error::NoError, QString()};
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the keychain as the caller wanted it, whichever backend.
        return unlessLocked(operation == Operation::Delete ? SecretJob::Error::NoError
                                                           : SecretJob::Error::NotFound);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretJob::Error::AccessDenied, detail};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretJob::Error::NoBackend, detail};
    case QKeychain::OtherError:
        return {keychainServiceReachable() ? SecretJob::Error::Other : SecretJob::Error::NoBackend, detail};
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {SecretJob::Error::Other, detail};
}

QString describe(const Verdict& verdict, Operation operation, const QString& name)
{
    QString said;
    if (!verdict.detail.isEmpty()) {
        said = u' ' + tr("(The keychain said: %1)").arg(verdict.detail);
    }
    switch (verdict.error) {
    case SecretJob::Error::NoError:
        return QString();
    case SecretJob::Error::NotFound:
        return tr("The OS keychain has no secret named '%1'.").arg(name);
    case SecretJob::Error::AccessDenied:
        return tr("The OS keychain refused access to '%1': it is locked, or this application was denied. "
                  "Unlock it "
                  "and try again.")
                   .arg(name) %
               said;
    case SecretJob::Error::NoBackend:
        return tr("No OS keychain is reachable (%1). Keyward never stores secrets in plaintext, so this "
                  "operation "
                  "was not done.")
                   .arg(keychainKinds()) %
               said;
    case SecretJob::Error::Other:
        break;
    }
    switch (operation) {
    case Operation::Read:
        return tr("The OS keychain could not read '%1'.").arg(name) % said;
    case Operation::Write:
        return tr("The OS keychain could not store '%1'; nothing was stored.").arg(name) % said;
    case Operation::Delete:
        return tr("The OS keychain could not remove '%1'.").arg(name) % said;
    }
    return QString();
}

QString missingNameMessage()
{
    return tr("An OS keychain entry needs a name.");
}

// The backend job is given no parent and deletes itself when done: while it runs, libsecret holds
// a raw pointer to it (there is no cancellation), so it must outlive a Keyward job that is deleted
// or given up by runSync() early. Our job only listens; the connection ends with it.
template<typename BackendJob>
BackendJob* newBackendJob(const QString& service, const QString& name)
{
    auto* job = new BackendJob(service);
    job->setAutoDelete(true);
    // Explicit although it is the default: a plaintext copy in QSettings is never acceptable (§1).
    job->setInsecureFallback(false);
    job->setKey(name);
    return job;
}

class KeychainReadJob final : public ReadSecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainReadJob)

public:
    KeychainReadJob(QString service, QString name, QObject* parent)
        : ReadSecretJob(std::move(name), parent)
        , m_service(std::move(service))
    {}
    ~KeychainReadJob() override = default;

protected:
    void doStart() override
    {
        if (name().isEmpty()) {
            finish(Error::Other, missingNameMessage());
            return;
        }
        auto* job = newBackendJob<QKeychain::ReadPasswordJob>(m_service, name());
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            const Verdict verdict = judge(*job, Operation::Read, name(), {});
            if (verdict.error == Error::NoError) {
                setSecret(job->binaryData());
            }
            finish(verdict.error, describe(verdict, Operation::Read, name()));
        });
        job->start();
    }

private:
    QString m_service;
};

class KeychainWriteJob final : public WriteSecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainWriteJob)

public:
    KeychainWriteJob(QString service, QString name, QByteArray secret, QObject* parent)
        : WriteSecretJob(std::move(name), parent)
        , m_service(std::move(service))
        , m_secret(std::move(secret))
    {}
    ~KeychainWriteJob() override = default;

protected:
    void doStart() override
    {
        if (name().isEmpty()) {
            finish(Error::Other, missingNameMessage());
            return;
        }
        auto* job = newBackendJob<QKeychain::WritePasswordJob>(m_service, name());
        // Binary, not text: any bytes round-trip (libsecret's text mode ends at a NUL byte).
        job->setBinaryData(m_secret);
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            const Verdict verdict = judge(*job, Operation::Write, name(), m_secret);
            // Not kept longer than the operation needs; cleared before finish(), as a receiver of
            // finished() may delete this job.
            m_secret.clear();
            finish(verdict.error, describe(verdict, Operation::Write, name()));
        });
        job->start();
    }

private:
    QString m_service;
    QByteArray m_secret;
};

class KeychainDeleteJob final : public DeleteSecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainDeleteJob)

public:
    KeychainDeleteJob(QString service, QString name, QObject* parent)
        : DeleteSecretJob(std::move(name), parent)
        , m_service(std::move(service))
    {}
    ~KeychainDeleteJob() override = default;

protected:
    void doStart() override
    {
        if (name().isEmpty()) {
            finish(Error::Other, missingNameMessage());
            return;
        }
        auto* job = newBackendJob<QKeychain::DeletePasswordJob>(m_service, name());
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            const Verdict verdict = judge(*job, Operation::Delete, name(), {});
            finish(verdict.error, describe(verdict, Operation::Delete, name()));
        });
        job->start();
    }

private:
    QString m_service;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

KeychainSecretStore::~KeychainSecretStore() = default;

ReadSecretJob* KeychainSecretStore::read(const QString& name, QObject* parent)
{
    return new KeychainReadJob(m_service, name, parent);
}

WriteSecretJob* KeychainSecretStore::write(const QString& name, const QByteArray& secret, QObject* parent)
{
    return new KeychainWriteJob(m_service, name, secret, parent);
}

DeleteSecretJob* KeychainSecretStore::remove(const QString& name, QObject* parent)
{
    return new KeychainDeleteJob(m_service, name, parent);
}

} // namespace kw

#include "KeychainSecretStore.moc"
