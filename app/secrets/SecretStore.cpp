// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

#include "core/Tr.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <utility>

namespace kw {

SecretJob::SecretJob(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
{}

SecretJob::~SecretJob() = default;

void SecretJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    // Queued, like QKeychain::Job::start(), so a job never finishes before its caller has had the
    // chance to connect to finished() and a failure found at once behaves like a later one.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished) {
                doStart();
            }
        },
        Qt::QueuedConnection);
}

void SecretJob::finish(Error error, const QString& errorString)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    Q_EMIT finished(this);
    if (m_autoDelete) {
        deleteLater();
    }
}

ReadSecretJob::ReadSecretJob(QString name, QObject* parent)
    : SecretJob(std::move(name), parent)
{}

ReadSecretJob::~ReadSecretJob() = default;

void ReadSecretJob::setSecret(const QByteArray& secret)
{
    if (!isFinished()) {
        m_secret = secret;
    }
}

WriteSecretJob::WriteSecretJob(QString name, QObject* parent)
    : SecretJob(std::move(name), parent)
{}

WriteSecretJob::~WriteSecretJob() = default;

DeleteSecretJob::DeleteSecretJob(QString name, QObject* parent)
    : SecretJob(std::move(name), parent)
{}

DeleteSecretJob::~DeleteSecretJob() = default;

SecretJob::Error runSync(SecretJob* job, std::chrono::milliseconds timeout)
{
    Q_ASSERT(job);
    if (job->isFinished()) {
        return job->error();
    }
    // Auto-deletion is held back until the local loop has returned, so the job cannot be deleted
    // inside that loop before the caller has read its error and secret (whether a deleteLater()
    // posted there runs before exec() returns is up to the Qt version's deferred-delete rules).
    const bool autoDelete = job->autoDelete();
    job->setAutoDelete(false);

    QEventLoop loop;
    QPointer<SecretJob> guard(job);
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    // A parent deleted from inside the loop takes the job with it; do not wait for the timeout then.
    QObject::connect(job, &QObject::destroyed, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, job, [job, timeout] {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(timeout).count();
        job->finish(SecretJob::Error::NoBackend,
                    tr("The OS keychain did not answer within %n second(s) (it may be waiting for an unlock "
                       "prompt, or not be running). Keyward never stores secrets in plaintext, so this "
                       "operation was not done.",
                       nullptr, static_cast<int>(seconds)));
    });
    timer.start(timeout);
    job->start();
    if (!job->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    if (!guard) {
        return SecretJob::Error::Other;
    }
    if (autoDelete) {
        job->setAutoDelete(true);
        job->deleteLater();
    }
    return job->error();
}

} // namespace kw
