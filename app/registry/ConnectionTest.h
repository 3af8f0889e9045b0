// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Profile.h"

#include <QList>
#include <QString>

namespace kw {

struct ConnectionCheck
{
    QString endpoint;
    QString step; // reach, tls, auth, read, write, version
    bool ok = false;
    QString message;
};

// What the profile is used for: a console reads and writes; a gateway only reads.
enum class RegistryAccess
{
    ReadWrite,
    ReadOnly,
};

// `registry test` and the profile dialog's Test button: for each endpoint, reachability, the TLS
// chain and pin, authentication, read and (ReadWrite) write permission on the namespace (a probe
// key written and deleted under ns/.probe/), and the cluster version. Blocking: call it off the
// GUI thread.
QList<ConnectionCheck> testConnection(const RegistryProfile& profile, const QByteArray& password,
                                      const QByteArray& keyPassphrase,
                                      RegistryAccess access = RegistryAccess::ReadWrite);

} // namespace kw
