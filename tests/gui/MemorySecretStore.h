// SPDX-License-Identifier: GPL-3.0-or-later
// A SecretStore in memory for GUI tests: answers asynchronously like a real keychain, can be told
// to fail, and counts what it was asked.
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QTimer>
#include <functional>

namespace kw::test {

class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    SecretJob::Error failWrites = SecretJob::Error::NoError;
    SecretJob::Error failReads = SecretJob::Error::NoError;
    // Runs when a write has stored its secret, before the job reports back.
    std::function<void(const QString& name)> afterWrite;
    int writes = 0;
    int reads = 0;
    int removes = 0;

    ReadSecretJob* read(const QString& name, QObject* parent = nullptr) override;
    WriteSecretJob* write(const QString& name, const QByteArray& secret, QObject* parent = nullptr) override;
    DeleteSecretJob* remove(const QString& name, QObject* parent = nullptr) override;
};

namespace detail {

inline QString failure(const QString& name)
{
    return QStringLiteral("test keychain refused %1").arg(name);
}

class MemoryRead final : public ReadSecretJob
{
public:
    MemoryRead(MemorySecretStore& store, const QString& name, QObject* parent)
        : ReadSecretJob(name, parent)
        , m_store(store)
    {}

private:
    void doStart() override
    {
        QTimer::singleShot(0, this, [this] {
            ++m_store.reads;
            if (m_store.failReads != Error::NoError) {
                finish(m_store.failReads, failure(name()));
            } else if (!m_store.entries.contains(name())) {
                finish(Error::NotFound, QStringLiteral("no entry %1").arg(name()));
            } else {
                setSecret(m_store.entries.value(name()));
                finish(Error::NoError);
            }
        });
    }
    MemorySecretStore& m_store;
};

class MemoryWrite final : public WriteSecretJob
{
public:
    MemoryWrite(MemorySecretStore& store, const QString& name, QByteArray secret, QObject* parent)
        : WriteSecretJob(name, parent)
        , m_store(store)
        , m_secret(std::move(secret))
    {}

private:
    void doStart() override
    {
        QTimer::singleShot(0, this, [this] {
            ++m_store.writes;
            if (m_store.failWrites != Error::NoError) {
                finish(m_store.failWrites, failure(name()));
                return;
            }
            m_store.entries.insert(name(), m_secret);
            if (m_store.afterWrite) {
                m_store.afterWrite(name());
            }
            finish(Error::NoError);
        });
    }
    MemorySecretStore& m_store;
    QByteArray m_secret;
};

class MemoryDelete final : public DeleteSecretJob
{
public:
    MemoryDelete(MemorySecretStore& store, const QString& name, QObject* parent)
        : DeleteSecretJob(name, parent)
        , m_store(store)
    {}

private:
    void doStart() override
    {
        QTimer::singleShot(0, this, [this] {
            ++m_store.removes;
            m_store.entries.remove(name());
            finish(Error::NoError);
        });
    }
    MemorySecretStore& m_store;
};

} // namespace detail

inline ReadSecretJob* MemorySecretStore::read(const QString& name, QObject* parent)
{
    return new detail::MemoryRead(*this, name, parent);
}

inline WriteSecretJob* MemorySecretStore::write(const QString& name, const QByteArray& secret,
                                                QObject* parent)
{
    return new detail::MemoryWrite(*this, name, secret, parent);
}

inline DeleteSecretJob* MemorySecretStore::remove(const QString& name, QObject* parent)
{
    return new detail::MemoryDelete(*this, name, parent);
}

} // namespace kw::test
