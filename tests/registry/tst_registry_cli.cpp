// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward registry ...` end to end: real processes, a real Secret Service for the password, a real
// etcd over TLS. Two consoles, a gateway lookup, offline work across process restarts.
#include "CliRunner.h"
#include "RegistryTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kw::test;

namespace {

QString text(const CliResult& r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

class TstRegistryCli : public QObject
{
    Q_OBJECT

    Etcd m_etcd;

    CliResult addProfile(const CliRunner& cli, const Etcd& etcd, const QString& ns,
                         const QByteArray& password)
    {
        return cli.ws({QStringLiteral("registry"), QStringLiteral("add"), QStringLiteral("prod"),
                       QStringLiteral("--endpoint"), etcd.endpoints.join(u','), QStringLiteral("--ca"),
                       etcd.file(QStringLiteral("ca.pem")), QStringLiteral("--user"), etcd.user,
                       QStringLiteral("--namespace"), ns, QStringLiteral("--password-stdin")},
                      password + '\n');
    }

    // Issues a key with the CLI and returns its secret and id.
    std::pair<QString, QString> issue(const CliRunner& cli, const QString& name)
    {
        const CliResult r =
            cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("issue"),
                    QStringLiteral("--project"), QStringLiteral("chat"), QStringLiteral("--name"), name});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        return {o.value(QStringLiteral("secret")).toString(), o.value(QStringLiteral("id")).toString()};
    }

    CliResult lookup(const CliRunner& cli, const QString& secret)
    {
        return cli.ws({QStringLiteral("registry"), QStringLiteral("lookup")}, secret.toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("KEYWARD_SECRET_SERVICE") != QLatin1String("1")) {
            QSKIP("needs the private Secret Service of tests/fixtures/with-secret-service.sh");
        }
        if (!sharedEtcd(m_etcd)) {
            QSKIP("no etcd fixture (run through ctest: KEYWARD_ETCD_FIXTURE)");
        }
    }

    void twoConsolesAndAGatewayShareKeys()
    {
        const QString ns = m_etcd.profile().ns;
        CliRunner a;
        CliRunner b;
        QCOMPARE(a.ws({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat"),
                       QStringLiteral("--prefix"), QStringLiteral("chat")})
                     .code,
                 0);
        CliResult r = addProfile(a, m_etcd, ns, m_etcd.password.toUtf8());
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        r = a.ws({QStringLiteral("registry"), QStringLiteral("test")});
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        for (const char* step : {"reach", "tls", "auth", "read", "write", "version"}) {
            const QByteArray line = QByteArray("ok   ") + m_etcd.endpoints.constFirst().toUtf8() + ' ' + step;
            QVERIFY2(r.out.contains(line), r.out.constData());
        }
        QVERIFY(r.out.contains("etcd 3."));
        QCOMPARE(a.ws({QStringLiteral("registry"), QStringLiteral("bind"), QStringLiteral("chat"),
                       QStringLiteral("prod")})
                     .code,
                 0);
        const auto [secret, keyId] = issue(a, QStringLiteral("gateway"));
        QVERIFY(!secret.isEmpty());
        r = a.ws({QStringLiteral("registry"), QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        QVERIFY2(r.out.contains("pushed 2"), r.out.constData());

        QCOMPARE(addProfile(b, m_etcd, ns, m_etcd.password.toUtf8()).code, 0);
        r = b.ws({QStringLiteral("registry"), QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        r = b.ws({QStringLiteral("key"), QStringLiteral("show"), keyId});
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        r = lookup(b, secret);
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), QStringLiteral("valid ") + keyId);

        // B revokes; after B's sync the gateway answers revoked, and A learns it on its next sync.
        r = b.ws({QStringLiteral("key"), QStringLiteral("revoke"), keyId, QStringLiteral("--reason"),
                  QStringLiteral("compromised")});
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        QCOMPARE(b.ws({QStringLiteral("registry"), QStringLiteral("sync")}).code, 0);
        r = lookup(a, secret);
        QCOMPARE(r.code, 1);
        const QByteArray expected = "revoked " + keyId.toUtf8();
        QVERIFY2(r.out.startsWith(expected), r.out.constData());
        QCOMPARE(a.ws({QStringLiteral("registry"), QStringLiteral("sync")}).code, 0);
        r = a.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("show"), keyId});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("revoked"));

        r = a.ws({QStringLiteral("--json"), QStringLiteral("registry"), QStringLiteral("status")});
        const QJsonObject status = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 0);

        // The password lives in the keychain only.
        for (const CliRunner* cli : {&a, &b}) {
            QVERIFY(filesContaining(cli->dir(), m_etcd.password.toUtf8()).isEmpty());
        }
        r = a.ws({QStringLiteral("--json"), QStringLiteral("registry"), QStringLiteral("list")});
        QVERIFY(!r.out.contains(m_etcd.password.toUtf8()));
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("projects"))
                     .toArray()
                     .at(0)
                     .toString(),
                 QStringLiteral("chat"));
    }

    void aWrongPasswordIsReportedWithoutItself()
    {
        CliRunner a;
        QCOMPARE(a.ws({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat"),
                       QStringLiteral("--prefix"), QStringLiteral("chat")})
                     .code,
                 0);
        const QByteArray wrong = "wrong-password-5521";
        QCOMPARE(addProfile(a, m_etcd, m_etcd.profile().ns, wrong).code, 0);
        const CliResult r = a.ws({QStringLiteral("registry"), QStringLiteral("sync")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("wrong user name or password"), r.err.constData());
        QVERIFY(!text(r).contains(QString::fromLatin1(wrong)));
        const CliResult t = a.ws({QStringLiteral("registry"), QStringLiteral("test")});
        QCOMPARE(t.code, 1);
        QVERIFY2(t.out.contains("FAIL ") && t.out.contains(" auth "), t.out.constData());
    }

    void plainHttpElsewhereIsRefused()
    {
        CliRunner a;
        const CliResult r = a.ws({QStringLiteral("registry"), QStringLiteral("add"), QStringLiteral("lan"),
                                  QStringLiteral("--endpoint"), QStringLiteral("http://10.20.30.40:2379"),
                                  QStringLiteral("--allow-http-loopback"), QStringLiteral("--user"),
                                  QStringLiteral("keyward"), QStringLiteral("--password-stdin")},
                                 "pw\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not a loopback address"), r.err.constData());
    }

    void offlineWorkArrivesAfterARestart()
    {
        PrivateEtcd own;
        QVERIFY(own.start());
        CliRunner a;
        QCOMPARE(a.ws({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat"),
                       QStringLiteral("--prefix"), QStringLiteral("chat")})
                     .code,
                 0);
        QCOMPARE(addProfile(a, own.etcd, RegistryProfileNs(), own.etcd.password.toUtf8()).code, 0);
        QCOMPARE(a.ws({QStringLiteral("registry"), QStringLiteral("bind"), QStringLiteral("chat"),
                       QStringLiteral("prod")})
                     .code,
                 0);
        QCOMPARE(a.ws({QStringLiteral("registry"), QStringLiteral("sync")}).code, 0);
        QVERIFY(own.killMember(1));
        QStringList secrets;
        for (int i = 0; i < 3; ++i) {
            secrets.append(issue(a, QStringLiteral("offline-%1").arg(i)).first);
        }
        CliResult r = a.ws({QStringLiteral("registry"), QStringLiteral("sync")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("No registry endpoint answered"), r.err.constData());
        r = a.ws({QStringLiteral("--json"), QStringLiteral("registry"), QStringLiteral("status")});
        QJsonObject status = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
        QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 3);

        QVERIFY(own.restart());
        r = a.ws({QStringLiteral("registry"), QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        QVERIFY2(r.out.contains("pushed 3"), r.out.constData());
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY(lookup(a, secret).out.startsWith("valid "));
        }
        r = a.ws({QStringLiteral("registry"), QStringLiteral("sync")});
        QVERIFY2(r.out.contains("pushed 0"), r.out.constData()); // once, not twice
    }

    void clientCertificatesAreRequiredAndChecked()
    {
        PrivateEtcd own;
        QVERIFY(own.start(1, true));
        const Etcd& etcd = own.etcd;
        const QByteArray passphrase = etcd.keyPassphrase.toUtf8();
        QVERIFY(!passphrase.isEmpty());
        CliRunner a;
        QCOMPARE(a.ws({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat"),
                       QStringLiteral("--prefix"), QStringLiteral("chat")})
                     .code,
                 0);
        const auto add = [&](const QString& name, const QString& cert, const QString& key) {
            QStringList args{
                QStringLiteral("registry"),          QStringLiteral("add"),     name,
                QStringLiteral("--endpoint"),        etcd.endpoints.join(u','), QStringLiteral("--ca"),
                etcd.file(QStringLiteral("ca.pem")), QStringLiteral("--user"),  etcd.user,
                QStringLiteral("--password-stdin")};
            QByteArray input = etcd.password.toUtf8() + '\n';
            if (!cert.isEmpty()) {
                args << QStringLiteral("--cert") << etcd.file(cert) << QStringLiteral("--key")
                     << etcd.file(key);
            }
            if (key.contains(QLatin1String("enc"))) {
                args << QStringLiteral("--key-passphrase-stdin");
                input += passphrase + '\n';
            }
            return a.ws(args, input);
        };

        // The right certificate, its key encrypted with a passphrase kept in the keychain only.
        CliResult r =
            add(QStringLiteral("mtls"), QStringLiteral("client.pem"), QStringLiteral("client-enc-key.pem"));
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        r = a.ws({QStringLiteral("registry"), QStringLiteral("test"), QStringLiteral("mtls")});
        QVERIFY2(r.code == 0, qPrintable(text(r)));
        QVERIFY2(r.out.contains(" write "), r.out.constData());
        QCOMPARE(a.ws({QStringLiteral("registry"), QStringLiteral("bind"), QStringLiteral("chat"),
                       QStringLiteral("mtls")})
                     .code,
                 0);
        const QString secret = issue(a, QStringLiteral("one")).first;
        r = a.ws({QStringLiteral("registry"), QStringLiteral("sync")});
        QVERIFY2(r.code == 0 && r.out.contains("pushed 2"), qPrintable(text(r)));
        QVERIFY(lookup(a, secret).out.startsWith("valid "));
        QCOMPARE(filesContaining(a.dir(), passphrase), QStringList());

        // No certificate, and one from another CA: refused, and the message says what to fix.
        QVERIFY(add(QStringLiteral("nocert"), QString(), QString()).code == 0);
        QVERIFY(add(QStringLiteral("otherca"), QStringLiteral("other-client.pem"),
                    QStringLiteral("other-client-key.pem"))
                    .code == 0);
        for (const QString& name : {QStringLiteral("nocert"), QStringLiteral("otherca")}) {
            r = a.ws({QStringLiteral("registry"), QStringLiteral("test"), name});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.out.contains("FAIL ") && r.out.contains("client certificate"), r.out.constData());
            QVERIFY(!text(r).contains(etcd.password) && !text(r).contains(QString::fromUtf8(passphrase)));
        }
    }

private:
    static QString RegistryProfileNs() { return kw::RegistryProfile::defaultNamespace(); }
};

QTEST_GUILESS_MAIN(TstRegistryCli)
#include "tst_registry_cli.moc"
