// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

namespace kw {

// The OS keychain through QtKeychain: the Secret Service (gnome-keyring, KeePassXC, ...) or KWallet
// on Linux, the Keychain on macOS, the Credential Manager on Windows. Secrets are stored as binary
// data, so any bytes round-trip. QtKeychain's plaintext fallback is always off: with no keychain,
// a job fails with NoBackend and nothing is written anywhere.
class KeychainSecretStore final : public SecretStore
{
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // service: what the entries are filed under (the Secret Service attribute "server").
    explicit KeychainSecretStore(QString service = QStringLiteral("Keyward"));
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    ReadSecretJob* read(const QString& name, QObject* parent = nullptr) override;
    WriteSecretJob* write(const QString& name, const QByteArray& secret, QObject* parent = nullptr) override;
    DeleteSecretJob* remove(const QString& name, QObject* parent = nullptr) override;

private:
    QString m_service;
};

} // namespace kw
