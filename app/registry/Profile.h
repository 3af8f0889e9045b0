// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kw {

class Workspace;

// Where a registry is and how to trust it. No secret here: the etcd password and a
// client-key passphrase live only in the OS keychain under passwordEntry()/passphraseEntry().
struct RegistryProfile
{
    QString name;
    QStringList endpoints; // https://host:port, tried in order on network errors
    QString caFile;
    QString clientCert; // optional, with clientKey
    QString clientKey;
    QString pin; // optional SPKI SHA-256 of the server's public key, lowercase hex
    QString user;
    QString ns = defaultNamespace();
    bool allowHttpLoopback = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString defaultNamespace() { return QStringLiteral("/keyward/v1"); }
    QString passwordEntry() const { return QStringLiteral("registry/") + name + QStringLiteral("/password"); }
    QString passphraseEntry() const
    {
        return QStringLiteral("registry/") + name + QStringLiteral("/key-passphrase");
    }
    bool usesHttp() const;
};

// Why an endpoint may not be used, or an empty string. http:// only with the profile's
// allowHttpLoopback and only to a loopback address: a password must never cross a network in clear.
QString endpointProblem(const QString& endpoint, bool allowHttpLoopback);
// Accepts hex (with or without colons) or curl's "sha256//BASE64"; returns lowercase hex or empty.
QString normalizedPin(const QString& text);
// Checks everything a profile needs before it is saved; files must exist and be readable.
Result<void> validateProfile(RegistryProfile& profile);

class ProfileRepo final
{
public:
    explicit ProfileRepo(Workspace& ws)
        : m_ws(ws)
    {}

    Result<QList<RegistryProfile>> all();
    Result<RegistryProfile> get(const QString& name);
    Result<void> insert(const RegistryProfile& profile);
    Result<void> update(const RegistryProfile& profile);
    // Refused while projects are bound to it.
    Result<void> remove(const QString& name);
    Result<QStringList> boundProjects(const QString& name);

private:
    Workspace& m_ws;
};

} // namespace kw
