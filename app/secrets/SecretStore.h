// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <chrono>

namespace kw {

// One asynchronous operation on one named secret, shaped like QtKeychain's jobs: create it from a
// SecretStore, connect finished(), call start(). It deletes itself (deleteLater) once finished
// unless setAutoDelete(false). finished() is emitted exactly once and never from inside start(),
// so connecting after start() in the same function is still in time.
class SecretJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Error
    {
        NoError,
        NotFound,     // no secret under this name
        AccessDenied, // the keychain is locked or refused this application
        NoBackend,    // no keychain reachable (or it did not answer); nothing was done
        Other,
    };
    Q_ENUM(Error)

    ~SecretJob() override;

    Error error() const { return m_error; }
    // For the administrator; names the entry, never contains the secret.
    QString errorString() const { return m_errorString; }
    // The entry name, e.g. "key/key_9fQ2...".
    QString name() const { return m_name; }
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }

    // Starts once; later calls do nothing.
    void start();

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished(kw::SecretJob* job);

protected:
    SecretJob(QString name, QObject* parent);

    // Begins the operation; it must end with finish(), from the event loop, not from here.
    virtual void doStart() = 0;
    // Ends the job. Only the first call counts: a backend that answers after runSync() gave up
    // must not turn a reported failure into a success.
    void finish(Error error, const QString& errorString = QString());

private:
    friend Error runSync(SecretJob* job, std::chrono::milliseconds timeout);

    QString m_name;
    QString m_errorString;
    Error m_error = Error::NoError;
    bool m_autoDelete = true;
    bool m_started = false;
    bool m_finished = false;
};

class ReadSecretJob : public SecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadSecretJob)

public:
    ~ReadSecretJob() override;

    // Empty unless error() is NoError.
    QByteArray secret() const { return m_secret; }

protected:
    ReadSecretJob(QString name, QObject* parent);
    // Ignored once finished, like finish(): a late answer must not show up as a secret.
    void setSecret(const QByteArray& secret);

private:
    QByteArray m_secret;
};

// Creates the entry or replaces its secret.
class WriteSecretJob : public SecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteSecretJob)

public:
    ~WriteSecretJob() override;

protected:
    WriteSecretJob(QString name, QObject* parent);
};

// Removing an entry that does not exist is not an error: the caller wanted it gone, and it is.
class DeleteSecretJob : public SecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteSecretJob)

public:
    ~DeleteSecretJob() override;

protected:
    DeleteSecretJob(QString name, QObject* parent);
};

// Where secrets that must stay on this machine live: what the CLI, the GUI and the
// registry code depend on, so tests can put another store behind them. Jobs come back not started
// and do not depend on the store object, which may be gone before they finish.
class SecretStore
{
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    virtual ~SecretStore() = default;

    virtual ReadSecretJob* read(const QString& name, QObject* parent = nullptr) = 0;
    virtual WriteSecretJob* write(const QString& name, const QByteArray& secret,
                                  QObject* parent = nullptr) = 0;
    virtual DeleteSecretJob* remove(const QString& name, QObject* parent = nullptr) = 0;

protected:
    SecretStore() = default;
};

// For the CLI, which has no event loop of its own: starts the job (if not yet started) and runs a
// local event loop until it finishes. A keychain that gives no answer within timeout (a prompt
// nobody sees, a hung daemon) ends the job with NoBackend. The job is still alive on return, so
// error(), errorString() and secret() can be read; an auto-deleting job is deleted at the next
// return to an event loop.
SecretJob::Error runSync(SecretJob* job, std::chrono::milliseconds timeout = std::chrono::seconds(30));

} // namespace kw
