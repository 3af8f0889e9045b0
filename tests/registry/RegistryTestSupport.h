// SPDX-License-Identifier: GPL-3.0-or-later
// The etcd of the CTest fixture (tests/fixtures/etcd-fixture.sh), private clusters, and consoles
// (a workspace with an Inventory) that sync against it.
#pragma once

#include "../store/InventoryFixture.h"
#include "registry/EtcdClient.h"
#include "registry/Profile.h"
#include "registry/SyncEngine.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace kw::test {

// What `etcd-fixture.sh start DIR` wrote to DIR/env.
struct Etcd
{
    QString dir;
    QStringList endpoints;
    QString pki;
    QString user;
    QString password;
    QString rootPassword;
    QString keyPassphrase; // of pki/client-enc-key.pem

    bool load(const QString& fixtureDir)
    {
        dir = fixtureDir;
        QFile f(fixtureDir + QStringLiteral("/env"));
        if (!f.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        for (const QString& line : lines) {
            const QString name = line.section(u'=', 0, 0);
            const QString value = line.section(u'=', 1);
            if (name == QLatin1String("ETCD_ENDPOINTS")) {
                endpoints = value.split(u',');
            } else if (name == QLatin1String("ETCD_PKI")) {
                pki = value;
            } else if (name == QLatin1String("ETCD_USER")) {
                user = value;
            } else if (name == QLatin1String("ETCD_PASSWORD")) {
                password = value;
            } else if (name == QLatin1String("ETCD_ROOT_PASSWORD")) {
                rootPassword = value;
            } else if (name == QLatin1String("ETCD_KEY_PASSPHRASE")) {
                keyPassphrase = value;
            }
        }
        return !endpoints.isEmpty() && !pki.isEmpty();
    }

    QString file(const QString& name) const { return pki + u'/' + name; }

    // A profile on a namespace of its own, so tests sharing one etcd never see each other's keys.
    RegistryProfile profile(const QString& name = QStringLiteral("prod")) const
    {
        RegistryProfile p;
        p.name = name;
        p.endpoints = endpoints;
        p.caFile = file(QStringLiteral("ca.pem"));
        p.user = user;
        p.ns = RegistryProfile::defaultNamespace() + QStringLiteral("/t") + randomBase62(10);
        return p;
    }

    static QString script() { return qEnvironmentVariable("KEYWARD_ETCD_SCRIPT"); }
    static int run(const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        p.setProcessEnvironment(env);
        p.start(script(), args);
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
};

// The shared fixture, or a skip/fail when the test runs outside CTest.
inline bool sharedEtcd(Etcd& etcd)
{
    return etcd.load(qEnvironmentVariable("KEYWARD_ETCD_FIXTURE"));
}

// A cluster of the test's own (to stop and start), sharing the fixture's certificates.
class PrivateEtcd
{
public:
    // clientCertAuth: the members require a client certificate signed by the fixture's CA.
    // maxTxnOps: their --max-txn-ops (0: etcd's default, 128).
    bool start(int nodes = 1, bool clientCertAuth = false, int maxTxnOps = 0)
    {
        if (!m_dir.isValid()) {
            return false;
        }
        qputenv("KEYWARD_ETCD_PKI", qgetenv("KEYWARD_ETCD_FIXTURE") + "/pki");
        qputenv("KEYWARD_ETCD_CLIENT_CERT_AUTH", clientCertAuth ? "1" : "0");
        qputenv("KEYWARD_ETCD_MAX_TXN_OPS", maxTxnOps > 0 ? QByteArray::number(maxTxnOps) : QByteArray());
        m_started = Etcd::run({QStringLiteral("start"), path(), QString::number(nodes)}) == 0;
        return m_started && etcd.load(path());
    }
    bool killMember(int n) { return Etcd::run({QStringLiteral("kill"), path(), QString::number(n)}) == 0; }
    bool restart() { return Etcd::run({QStringLiteral("restart"), path()}) == 0; }
    ~PrivateEtcd()
    {
        if (m_started) {
            Etcd::run({QStringLiteral("stop"), path()});
        }
    }
    QString path() const { return m_dir.filePath(QStringLiteral("etcd")); }
    Etcd etcd;

private:
    QTemporaryDir m_dir;
    bool m_started = false;
};

// A console: a workspace of its own, a fake clock, and a sync against one profile.
class Console : public InventoryFixture
{
public:
    // Stores the profile in this workspace; returns an error text, empty on success.
    QString addProfile(RegistryProfile profile)
    {
        profile.createdAt = profile.updatedAt = clock.now();
        if (Result<void> v = validateProfile(profile); !v) {
            return v.error().message;
        }
        Result<void> r = ProfileRepo(ws()).insert(profile);
        return r ? QString() : r.error().message;
    }
    Result<SyncReport> sync(const RegistryProfile& profile, const QByteArray& password, qint64 pageSize = 0)
    {
        EtcdClient client(profile, password);
        client.setTimeout(5000);
        if (Result<void> c = client.configure(); !c) {
            return c.error();
        }
        SyncEngine engine(ws(), client, inv().actor(), clock.clock());
        if (pageSize > 0) {
            engine.setPageSize(pageSize);
        }
        return engine.sync();
    }
};

inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace kw::test
