// SPDX-License-Identifier: GPL-3.0-or-later
// A 3-member etcd cluster loses its leader in the middle of a sync of 1,000 changes: the sync
// finishes through the other members, and nothing is lost or written twice.
#include "RegistryTestSupport.h"
#include "registry/Binding.h"
#include "registry/Records.h"
#include "registry/SyncJob.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace kw;
using namespace kw::test;

class TstRegistryCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Etcd shared;
        if (!sharedEtcd(shared)) {
            QSKIP("no etcd fixture (run through ctest: KEYWARD_ETCD_FIXTURE)");
        }
    }

    void leaderLossDuringSyncLosesNothing()
    {
        PrivateEtcd cluster;
        QVERIFY(cluster.start(3));
        const RegistryProfile profile = cluster.etcd.profile();
        const QByteArray password = cluster.etcd.password.toUtf8();

        // Which member leads now.
        int leader = -1;
        for (int i = 0; i < 3; ++i) {
            RegistryProfile one = profile;
            one.endpoints = {profile.endpoints.at(i)};
            EtcdClient probe(one, password);
            QVERIFY(probe.configure());
            Result<QJsonObject> s = probe.status();
            QVERIFY(s);
            if (s->value(QStringLiteral("leader")) ==
                s->value(QStringLiteral("header")).toObject().value(QStringLiteral("member_id"))) {
                leader = i;
            }
        }
        QVERIFY(leader >= 0);

        Console a;
        QVERIFY(a.open().isEmpty());
        QVERIFY(a.addProfile(profile).isEmpty());
        Result<Project> p = a.project(QStringLiteral("chat"), QStringLiteral("chat"));
        QVERIFY(p);
        QVERIFY(bindProject(a.inv(), QStringLiteral("chat"), profile.name));
        constexpr int Keys = 1000;
        for (int i = 0; i < Keys; ++i) {
            QVERIFY(a.issue(p->id, QStringLiteral("k%1").arg(i)));
        }
        QCOMPARE(a.count(QStringLiteral("outbox")), Keys + 1);

        // The leader's endpoint first, so the sync is talking to it when it dies.
        RegistryProfile leaderFirst = profile;
        leaderFirst.endpoints.move(leader, 0);
        SyncJob job(a.path(), leaderFirst, password, {}, QStringLiteral("alice"));
        bool killed = false;
        qint64 pushedAtKill = 0;
        connect(&job, &SyncJob::stepProgress, this, [&](qint64 done, qint64, const QString& step) {
            if (!killed && step.contains(QStringLiteral("Pushing")) && done >= 200) {
                killed = true;
                pushedAtKill = done;
                QVERIFY(cluster.killMember(leader + 1));
            }
        });
        QSignalSpy finished(&job, &SyncJob::finished);
        job.start();
        QVERIFY(finished.wait(150000));
        QVERIFY(killed);
        QVERIFY2(job.ok(), qPrintable(job.error().message));
        QVERIFY(pushedAtKill < Keys);
        QCOMPARE(job.report().pushed, Keys + 1);
        QCOMPARE(a.count(QStringLiteral("outbox")), 0);

        // Read back through a surviving member.
        RegistryProfile survivors = profile;
        survivors.endpoints.removeAt(leader);
        EtcdClient client(survivors, password);
        QVERIFY(client.configure());
        const auto count = [&](const QString& part) {
            const QByteArray prefix = (profile.ns + u'/' + part).toUtf8();
            Result<EtcdRange> r = client.range(prefix, EtcdClient::prefixEnd(prefix));
            return r ? r->kvs : QList<EtcdKv>();
        };
        QCOMPARE(count(QStringLiteral("keys/")).size(), Keys);
        QCOMPARE(count(QStringLiteral("by-hash/")).size(), Keys);
        QSet<QString> issued;
        for (const EtcdKv& kv : count(QStringLiteral("audit/"))) {
            const QJsonObject e = QJsonDocument::fromJson(kv.value).object();
            if (e.value(QStringLiteral("action")).toString() == QLatin1String("key.issue")) {
                issued.insert(e.value(QStringLiteral("key_id")).toString());
            }
        }
        QCOMPARE(issued.size(), Keys);
    }
};

QTEST_GUILESS_MAIN(TstRegistryCluster)
#include "tst_registry_cluster.moc"
