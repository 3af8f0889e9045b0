// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kw::cli {

// What talks to other processes: the OS keychain over D-Bus (QtKeychain) and the registry over
// HTTPS (Qt Network). On Linux it is keyward-remote.so, loaded by the commands that need it, so
// that the others start without loading and relocating the twenty-odd libraries those two bring
// (docs/development.md). Built with the binary: the module refuses a binary of another version.
struct Remote
{
    QList<Command> (*registryCommands)();
    // A key's copy in the OS keychain under `entry`. Errors name the entry, never the secret.
    Result<void> (*keepSecret)(const QString& entry, const QByteArray& secret);
    Result<QByteArray> (*readSecret)(const QString& entry);
    void (*forgetSecret)(const QString& entry); // best effort: a rollback has nothing to report
};

// Returns the remote part, loading it the first time, or why it cannot be loaded.
using RemoteLoader = Result<const Remote*> (*)();

// The part itself (library keyward_cli_remote), for the loader to hand out.
const Remote& remoteParts();

} // namespace kw::cli
