// SPDX-License-Identifier: GPL-3.0-or-later
// Every way a registry connection must be refused, each with a clear message and nothing sent
// (TLS always; CA from the profile only; pin; http:// only to loopback; auth).
#include "RegistryTestSupport.h"

#include <QProcess>
#include <QTest>

using namespace kw;
using namespace kw::test;

namespace {

// A TLS server that only logs what it receives: proof that a refused client sent nothing.
class TlsListener
{
public:
    bool start(const QString& cert, const QString& key)
    {
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"),
                        {QStringLiteral("s_server"), QStringLiteral("-accept"),
                         QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"), cert,
                         QStringLiteral("-key"), key});
        if (!m_process.waitForStarted(5000)) {
            return false;
        }
        for (int i = 0; i < 50 && !m_output.contains("ACCEPT"); ++i) {
            m_process.waitForReadyRead(100);
            m_output += m_process.readAll();
        }
        return m_output.contains("ACCEPT");
    }
    ~TlsListener()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString endpoint() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QByteArray received()
    {
        m_process.waitForReadyRead(300);
        m_output += m_process.readAll();
        return m_output;
    }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

QString spkiPin(const QString& certFile)
{
    QProcess p;
    p.start(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin "
                                              "-outform der | openssl dgst -sha256 -r")
                                   .arg(certFile)});
    p.waitForFinished(10000);
    return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 0, 0).trimmed();
}

} // namespace

class TstRegistryTls : public QObject
{
    Q_OBJECT

    Etcd m_etcd;

    // Runs the first thing a sync does; the client is kept for its counters.
    Result<void> authenticate(const RegistryProfile& profile, EtcdClient& client)
    {
        Q_UNUSED(profile);
        if (Result<void> c = client.configure(); !c) {
            return c;
        }
        return client.authenticate();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!sharedEtcd(m_etcd)) {
            QSKIP("no etcd fixture (run through ctest: KEYWARD_ETCD_FIXTURE)");
        }
    }

    void theRightProfileConnects()
    {
        RegistryProfile p = m_etcd.profile();
        p.pin = spkiPin(m_etcd.file(QStringLiteral("server.pem")));
        QCOMPARE(p.pin.size(), 64);
        EtcdClient client(p, m_etcd.password.toUtf8());
        Result<void> r = authenticate(p, client);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(client.requestsSent() > 0);
    }

    void certificateChecksRefuseAndSendNothing_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<bool>("wrongPin");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown CA") << QStringLiteral("server") << QStringLiteral("other-ca.pem") << false
                                    << QStringLiteral("The TLS check of 127.0.0.1");
        QTest::newRow("expired certificate")
            << QStringLiteral("expired") << QStringLiteral("ca.pem") << false << QStringLiteral("expired");
        QTest::newRow("host name mismatch") << QStringLiteral("wronghost") << QStringLiteral("ca.pem")
                                            << false << QStringLiteral("host name");
        QTest::newRow("pin mismatch") << QStringLiteral("server") << QStringLiteral("ca.pem") << true
                                      << QStringLiteral("not the profile's pin");
    }
    void certificateChecksRefuseAndSendNothing()
    {
        QFETCH(QString, cert);
        QFETCH(QString, ca);
        QFETCH(bool, wrongPin);
        QFETCH(QString, message);
        TlsListener server;
        QVERIFY(server.start(m_etcd.file(cert + QStringLiteral(".pem")),
                             m_etcd.file(cert + QStringLiteral("-key.pem"))));
        RegistryProfile p = m_etcd.profile();
        p.endpoints = {server.endpoint()};
        p.caFile = m_etcd.file(ca);
        if (wrongPin) {
            p.pin = QString(64, u'0');
        }
        EtcdClient client(p, m_etcd.password.toUtf8());
        Result<void> r = authenticate(p, client);
        QVERIFY(!r);
        QCOMPARE(client.lastFailure(), EtcdFailure::Tls);
        QVERIFY2(r.error().message.contains(message, Qt::CaseInsensitive), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(m_etcd.password));
        QCOMPARE(client.requestsSent(), 0);
        const QByteArray seen = server.received();
        QVERIFY2(!seen.contains("POST") && !seen.contains(m_etcd.password.toUtf8()), seen.constData());
    }

    void unknownCaAgainstTheRealEtcd()
    {
        RegistryProfile p = m_etcd.profile();
        p.caFile = m_etcd.file(QStringLiteral("other-ca.pem"));
        EtcdClient client(p, m_etcd.password.toUtf8());
        Result<void> r = authenticate(p, client);
        QVERIFY(!r);
        QCOMPARE(client.lastFailure(), EtcdFailure::Tls);
        QCOMPARE(client.requestsSent(), 0);
    }

    void plainHttpToANonLoopbackAddressIsRefusedBeforeConnecting()
    {
        RegistryProfile p = m_etcd.profile();
        p.endpoints = {QStringLiteral("http://192.0.2.10:2379")};
        p.allowHttpLoopback = true;
        QVERIFY(!validateProfile(p));
        EtcdClient client(p, m_etcd.password.toUtf8());
        Result<void> r = client.configure();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("not a loopback address")),
                 qPrintable(r.error().message));
        QVERIFY(!client.authenticate());
        QCOMPARE(client.requestsSent(), 0);

        p.endpoints = {QStringLiteral("http://127.0.0.1:2379")};
        p.allowHttpLoopback = false;
        QVERIFY(!validateProfile(p));
    }

    void aWrongPasswordIsRefusedWithoutEchoingIt()
    {
        const QByteArray wrong = "not-the-password-7731";
        RegistryProfile p = m_etcd.profile();
        EtcdClient client(p, wrong);
        Result<void> r = authenticate(p, client);
        QVERIFY(!r);
        QCOMPARE(client.lastFailure(), EtcdFailure::Auth);
        QVERIFY2(r.error().message.contains(QStringLiteral("wrong user name or password")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QString::fromLatin1(wrong)));
    }

    void aUserOutsideItsNamespaceIsRefused()
    {
        RegistryProfile p = m_etcd.profile();
        p.ns = QStringLiteral("/elsewhere");
        EtcdClient client(p, m_etcd.password.toUtf8());
        QVERIFY(authenticate(p, client));
        Result<QJsonObject> w = client.put("/elsewhere/x", "{}");
        QVERIFY(!w);
        QCOMPARE(client.lastFailure(), EtcdFailure::Permission);
        QVERIFY2(w.error().message.contains(QStringLiteral("no permission")), qPrintable(w.error().message));
    }
};

QTEST_GUILESS_MAIN(TstRegistryTls)
#include "tst_registry_tls.moc"
