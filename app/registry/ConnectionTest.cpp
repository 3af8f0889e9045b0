// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/ConnectionTest.h"

#include "core/KeyFormat.h"
#include "core/Tr.h"
#include "registry/EtcdClient.h"

#include <QJsonObject>

namespace kw {

QList<ConnectionCheck> testConnection(const RegistryProfile& profile, const QByteArray& password,
                                      const QByteArray& keyPassphrase, RegistryAccess access)
{
    QList<ConnectionCheck> out;
    for (const QString& endpoint : profile.endpoints) {
        const auto add = [&](const QString& step, bool ok, const QString& message) {
            out.append({endpoint, step, ok, message});
            return ok;
        };
        RegistryProfile one = profile;
        one.endpoints = QStringList{endpoint};
        EtcdClient client(one, password, keyPassphrase);
        client.setTimeout(5000);
        if (Result<void> c = client.configure(); !c) {
            add(QStringLiteral("reach"), false, c.error().message);
            continue;
        }
        Result<QJsonObject> status = client.status();
        if (!status) {
            const bool tls = client.lastFailure() == EtcdFailure::Tls;
            if (tls) {
                add(QStringLiteral("reach"), true, tr("answers"));
            }
            add(tls ? QStringLiteral("tls") : QStringLiteral("reach"), false, status.error().message);
            continue;
        }
        add(QStringLiteral("reach"), true, tr("answers"));
        add(QStringLiteral("tls"), true,
            endpoint.startsWith(QLatin1String("http://"))
                ? tr("NOT ENCRYPTED: plain http:// to a loopback address, allowed by the profile")
                : (profile.pin.isEmpty() ? tr("certificate chain verified against %1").arg(profile.caFile)
                                         : tr("certificate chain verified, public key matches the pin")));
        if (Result<void> a = client.authenticate(); !a) {
            add(QStringLiteral("auth"), false, a.error().message);
            continue;
        }
        add(QStringLiteral("auth"), true, tr("signed in as %1").arg(profile.user));
        const QByteArray prefix = (profile.ns + u'/').toUtf8();
        Result<EtcdRange> read = client.range(prefix, EtcdClient::prefixEnd(prefix), 1);
        if (!add(QStringLiteral("read"), read.ok(),
                 read ? tr("may read %1/").arg(profile.ns) : read.error().message)) {
            continue;
        }
        if (access == RegistryAccess::ReadWrite) {
            const QByteArray probe = prefix + ".probe/" + newEventId().toLatin1();
            Result<QJsonObject> write = client.put(probe, "{}");
            if (write) {
                write = client.deleteRange(probe);
            }
            add(QStringLiteral("write"), write.ok(),
                write ? tr("may write %1/").arg(profile.ns) : write.error().message);
        }
        add(QStringLiteral("version"), true,
            tr("etcd %1").arg(status->value(QStringLiteral("version")).toString()));
    }
    return out;
}

} // namespace kw
