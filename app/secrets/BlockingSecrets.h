// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace kw {

class SecretStore;

// One keychain operation, waited for (runSync): for the CLI, which has no event loop to return to.
// A missing entry is ErrorCode::NotFound; the message never contains the secret.
Result<QByteArray> readSecret(SecretStore& store, const QString& entry);
Result<void> writeSecret(SecretStore& store, const QString& entry, const QByteArray& secret);
Result<void> removeSecret(SecretStore& store, const QString& entry);

} // namespace kw
