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

// `registry test` and the profile dialog's Test button: for each endpoint, reachability, the TLS
// chain and pin, authentication, read and write permission on the namespace (a probe key written
// and deleted under ns/.probe/), and the cluster version. Blocking: call it off the GUI thread.
QList<ConnectionCheck> testConnection(const RegistryProfile& profile, const QByteArray& password,
                                      const QByteArray& keyPassphrase);

} // namespace kw
