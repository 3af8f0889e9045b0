// SPDX-License-Identifier: GPL-3.0-or-later
// The live watch (RegistryWatch) against real etcd over TLS: it notices changes in its namespace
// only, survives its member going away, refuses a wrong pin like every other request, and stops
// promptly.
#include "RegistryTestSupport.h"
#include "registry/RegistryWatch.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace kw;
using namespace kw::test;

namespace {

bool waitForState(QSignalSpy& spy, bool live, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        for (const QList<QVariant>& args : std::as_const(spy)) {
            if (args.at(0).toBool() == live) {
                return true;
            }
        }
        if (t.elapsed() > timeoutMs) {
            return false;
        }
        spy.wait(200);
    }
}

bool put(const RegistryProfile& profile, const QString& password, const QByteArray& key)
{
    EtcdClient client(profile, password.toUtf8());
    return client.configure() && client.put(key, "{}");
}

} // namespace

class TstRegistryWatch : public QObject
{
    Q_OBJECT

    Etcd m_etcd;

private Q_SLOTS:
    void initTestCase()
    {
        if (!sharedEtcd(m_etcd)) {
            QSKIP("no etcd fixture (run through ctest: KEYWARD_ETCD_FIXTURE)");
        }
    }

    void aChangeInTheNamespaceIsNoticedAndOthersAreNot()
    {
        const RegistryProfile profile = m_etcd.profile();
        const RegistryProfile other = m_etcd.profile();
        RegistryWatch watch(profile, m_etcd.password.toUtf8(), {});
        QSignalSpy state(&watch, &RegistryWatch::stateChanged);
        QSignalSpy changed(&watch, &RegistryWatch::changed);
        watch.start();
        QVERIFY(waitForState(state, true, 10000));
        QVERIFY(watch.isLive());

        QVERIFY(put(other, m_etcd.password, other.ns.toUtf8() + "/keys/x/y"));
        QVERIFY(!changed.wait(1000)); // another namespace

        QVERIFY(put(profile, m_etcd.password, profile.ns.toUtf8() + "/keys/x/y"));
        QVERIFY(changed.count() > 0 || changed.wait(5000));
    }

    void aWatchSessionEndsAndIsRenewedWithoutLosingChanges()
    {
        const RegistryProfile profile = m_etcd.profile();
        RegistryWatch watch(profile, m_etcd.password.toUtf8(), {});
        watch.setSessionLength(std::chrono::milliseconds(300));
        QSignalSpy state(&watch, &RegistryWatch::stateChanged);
        QSignalSpy changed(&watch, &RegistryWatch::changed);
        watch.start();
        QVERIFY(waitForState(state, true, 10000));
        for (int i = 0; i < 5; ++i) {
            changed.clear();
            QVERIFY(put(profile, m_etcd.password, profile.ns.toUtf8() + "/keys/p/" + QByteArray::number(i)));
            QVERIFY2(changed.count() > 0 || changed.wait(5000), qPrintable(QString::number(i)));
            QTest::qWait(150);
        }
        QVERIFY(watch.isLive()); // renewing a session is not an interruption
        for (const QList<QVariant>& args : std::as_const(state)) {
            QVERIFY(args.at(0).toBool());
        }
    }

    void aWrongPinIsRefusedAndNeverLive()
    {
        RegistryProfile profile = m_etcd.profile();
        profile.pin = QString(64, u'0');
        RegistryWatch watch(profile, m_etcd.password.toUtf8(), {});
        QSignalSpy state(&watch, &RegistryWatch::stateChanged);
        watch.start();
        QVERIFY(state.wait(10000));
        QCOMPARE(state.at(0).at(0).toBool(), false);
        const QString problem = state.at(0).at(1).toString();
        QVERIFY2(problem.contains(QStringLiteral("not the profile's pin")), qPrintable(problem));
        QVERIFY(!problem.contains(m_etcd.password));
        QVERIFY(!watch.isLive());
    }

    void itRecoversAfterItsMemberIsKilledAndRestarted()
    {
        PrivateEtcd cluster;
        QVERIFY(cluster.start(1));
        const RegistryProfile profile = cluster.etcd.profile();
        RegistryWatch watch(profile, cluster.etcd.password.toUtf8(), {});
        QSignalSpy state(&watch, &RegistryWatch::stateChanged);
        QSignalSpy changed(&watch, &RegistryWatch::changed);
        watch.start();
        QVERIFY(waitForState(state, true, 10000));

        state.clear();
        QVERIFY(cluster.killMember(1));
        QVERIFY(waitForState(state, false, 10000));
        QVERIFY(!watch.isLive());
        QVERIFY(!state.constFirst().at(1).toString().isEmpty()); // says why

        state.clear();
        QVERIFY(cluster.restart());
        QVERIFY(waitForState(state, true, 30000)); // back-off of at most a few seconds
        changed.clear();
        QVERIFY(put(profile, cluster.etcd.password, profile.ns.toUtf8() + "/keys/x/after"));
        QVERIFY(changed.count() > 0 || changed.wait(5000));
    }

    void stopEndsItPromptly()
    {
        const RegistryProfile profile = m_etcd.profile();
        auto watch = std::make_unique<RegistryWatch>(profile, m_etcd.password.toUtf8(), QByteArray());
        QSignalSpy state(watch.get(), &RegistryWatch::stateChanged);
        watch->start();
        QVERIFY(waitForState(state, true, 10000));
        QElapsedTimer t;
        t.start();
        watch->stop();
        watch.reset(); // waits for its thread
        // The session lasts a minute; stopping must not wait for it.
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TstRegistryWatch)
#include "tst_registry_watch.moc"
