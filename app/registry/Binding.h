// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/Profile.h"

#include <QByteArray>

namespace kw {

class Inventory;
class SecretStore;

// Binds a project to a profile: audited, and the project with all its keys enters the outbox in
// the same transaction, so the first sync publishes everything; the next pull reads the whole
// namespace again, as the registry may hold older keys of the project.
Result<void> bindProject(Inventory& inventory, const QString& project, const QString& profile);
// Unbinds; the project's unpushed outbox entries are dropped with it (audited with their count).
Result<void> unbindProject(Inventory& inventory, const QString& project);

struct RegistrySecrets
{
    QByteArray password;
    QByteArray keyPassphrase; // empty when the client key has none
};
// For the CLI: reads both from the keychain, blocking.
Result<RegistrySecrets> readRegistrySecrets(SecretStore& store, const RegistryProfile& profile);

} // namespace kw
