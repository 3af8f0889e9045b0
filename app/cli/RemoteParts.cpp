// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Remote.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"

namespace kw::cli {

namespace {

Result<void> keepSecret(const QString& entry, const QByteArray& secret)
{
    KeychainSecretStore keychain;
    return kw::writeSecret(keychain, entry, secret);
}

Result<QByteArray> readSecret(const QString& entry)
{
    KeychainSecretStore keychain;
    return kw::readSecret(keychain, entry);
}

void forgetSecret(const QString& entry)
{
    KeychainSecretStore keychain;
    (void)removeSecret(keychain, entry);
}

// The nouns of this module: both talk to the registry.
QList<Command> remoteCommands()
{
    return registryCommands() + gatewayCommands();
}

} // namespace

const Remote& remoteParts()
{
    static constexpr Remote Parts{&remoteCommands, &keepSecret, &readSecret, &forgetSecret};
    return Parts;
}

} // namespace kw::cli
