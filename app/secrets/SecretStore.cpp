// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

#include "core/Tr.h"

#include <QPointer>
#include <utility>

namespace kw {

SecretJob::SecretJob(QString name, QObject* parent)
    : Job(parent)
    , m_name(std::move(name))
{
    setAutoDelete(true);
}

SecretJob::~SecretJob() = default;

void SecretJob::finish(Error error, const QString& errorString)
{
    if (isFinished()) {
        return;
    }
    m_error = error;
    Job::finish(errorString);
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
    QPointer<SecretJob> guard(job);
    if (!job->waitForFinished(timeout)) {
        // A parent deleted from inside the wait took the job with it.
        if (!guard) {
            return SecretJob::Error::Other;
        }
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(timeout).count();
        job->finish(SecretJob::Error::NoBackend,
                    tr("The OS keychain did not answer within %n second(s) (it may be waiting for an unlock "
                       "prompt, or not be running). Keyward never stores secrets in plaintext, so this "
                       "operation was not done.",
                       nullptr, static_cast<int>(seconds)));
    }
    return job->error();
}

} // namespace kw
