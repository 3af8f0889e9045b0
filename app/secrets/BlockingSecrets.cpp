// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/BlockingSecrets.h"

#include "secrets/SecretStore.h"

#include <memory>

namespace kw {

namespace {

// Runs the job to its end; then reads what the caller needs from it before it goes.
template<typename Job, typename Read>
auto finishJob(Job* job, Read read) -> Result<decltype(read(*job))>
{
    job->setAutoDelete(false);
    const std::unique_ptr<Job> owned(job);
    const SecretJob::Error error = runSync(job);
    if (error != SecretJob::Error::NoError) {
        return makeError(error == SecretJob::Error::NotFound ? ErrorCode::NotFound : ErrorCode::External,
                         job->errorString());
    }
    return read(*job);
}

} // namespace

Result<QByteArray> readSecret(SecretStore& store, const QString& entry)
{
    return finishJob(store.read(entry), [](ReadSecretJob& job) { return job.secret(); });
}

Result<void> writeSecret(SecretStore& store, const QString& entry, const QByteArray& secret)
{
    Result<bool> r = finishJob(store.write(entry, secret), [](WriteSecretJob&) { return true; });
    if (!r) {
        return makeError(ErrorCode::External, r.error().message); // only a read tells "not found"
    }
    return {};
}

Result<void> removeSecret(SecretStore& store, const QString& entry)
{
    Result<bool> r = finishJob(store.remove(entry), [](DeleteSecretJob&) { return true; });
    if (!r) {
        return makeError(ErrorCode::External, r.error().message); // only a read tells "not found"
    }
    return {};
}

} // namespace kw
