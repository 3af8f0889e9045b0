// SPDX-License-Identifier: GPL-3.0-or-later
// The push in batches against a real etcd over TLS: many outbox entries per txn, a refused batch
// that merges only the keys another console changed, and a server with a small --max-txn-ops.
#include "RegistryTestSupport.h"
#include "registry/Binding.h"
#include "registry/Records.h"
#include "registry/SyncState.h"
#include "store/AuditLog.h"

#include <QJsonDocument>
#include <QTest>

using namespace kw;
using namespace kw::test;

namespace {

// What etcd holds under the namespace, by key.
QHash<QByteArray, EtcdKv> registryContents(EtcdClient& client, const RegistryProfile& profile)
{
    const QByteArray prefix = (profile.ns + u'/').toUtf8();
    QHash<QByteArray, EtcdKv> out;
    Result<EtcdRange> all = client.range(prefix, EtcdClient::prefixEnd(prefix));
    if (all) {
        for (const EtcdKv& kv : std::as_const(all->kvs)) {
            out.insert(kv.key, kv);
        }
    }
    return out;
}

} // namespace

class TstRegistryPush : public QObject
{
    Q_OBJECT

    Etcd m_etcd;

    QByteArray password() const { return m_etcd.password.toUtf8(); }

    // A console with project chat bound to profile and `keys` keys issued (not pushed yet).
    static bool prepare(Console& c, const RegistryProfile& profile, int keys, QString& projectId,
                        QStringList& ids, const QString& actor = QStringLiteral("alice"))
    {
        if (!c.open(actor).isEmpty() || !c.addProfile(profile).isEmpty()) {
            return false;
        }
        Result<Project> p = c.project(QStringLiteral("chat"), QStringLiteral("chat"));
        if (!p || !bindProject(c.inv(), QStringLiteral("chat"), profile.name)) {
            return false;
        }
        projectId = p->id;
        for (int i = 0; i < keys; ++i) {
            Result<Issued> k = c.issue(p->id, QStringLiteral("key %1").arg(i));
            if (!k) {
                return false;
            }
            ids.append(k->key.id);
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!sharedEtcd(m_etcd)) {
            QSKIP("no etcd fixture (run through ctest: KEYWARD_ETCD_FIXTURE)");
        }
    }

    void manyEntriesGoInFewTransactions()
    {
        const RegistryProfile profile = m_etcd.profile();
        Console a;
        QString projectId;
        QStringList ids;
        QVERIFY(prepare(a, profile, 100, projectId, ids));
        QCOMPARE(a.count(QStringLiteral("outbox")), 101);

        EtcdClient client(profile, password());
        QVERIFY(client.configure());
        SyncEngine engine(a.ws(), client, QStringLiteral("alice"), a.clock.clock());
        Result<SyncReport> r = engine.pushOnly();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->pushed, 101);
        QCOMPARE(a.count(QStringLiteral("outbox")), 0);
        // 3 operations per key (record, by-hash, event), 2 for the project: 302 in txns of <= 128.
        QCOMPARE(engine.pusher().txnsSent(), 3);

        const QHash<QByteArray, EtcdKv> etcd = registryContents(client, profile);
        for (const QString& id : std::as_const(ids)) {
            const QByteArray key = layout::keyKey(profile.ns, projectId, id);
            QVERIFY(etcd.contains(key));
            const Result<KeyRecord> record = keyFromRegistry(etcd.value(key).value);
            QVERIFY(record);
            QVERIFY(etcd.contains(layout::hashKey(profile.ns, record->hash)));
            // What this console remembers is what etcd has: the next push's compare holds.
            QCOMPARE(SyncState(a.ws()).modRevision(profile.name, key).value(), etcd.value(key).modRevision);
        }
        QCOMPARE(std::count_if(etcd.keyBegin(), etcd.keyEnd(),
                               [](const QByteArray& k) { return k.contains("/audit/"); }),
                 101);

        // Nothing left: a second push sends nothing.
        Result<SyncReport> again = engine.pushOnly();
        QVERIFY(again);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(engine.pusher().txnsSent(), 0);
    }

    void aRefusedBatchMergesOnlyTheKeysChangedElsewhere()
    {
        const RegistryProfile profile = m_etcd.profile();
        Console a;
        QString projectId;
        QStringList ids;
        QVERIFY(prepare(a, profile, 20, projectId, ids));
        QVERIFY(a.sync(profile, password()));
        Console b;
        QVERIFY(b.open(QStringLiteral("bob")).isEmpty());
        QVERIFY(b.addProfile(profile).isEmpty());
        QVERIFY(b.sync(profile, password()));

        // A renames every key offline; meanwhile B revokes two of them and pushes.
        b.clock.advanceSecs(30);
        const QStringList revokedOnB{ids.at(3), ids.at(7)};
        for (const QString& id : revokedOnB) {
            QVERIFY(b.inv().revoke(id, RevokeReason::Compromised, QString()));
        }
        QVERIFY(b.sync(profile, password()));
        a.clock.advanceSecs(60);
        for (const QString& id : std::as_const(ids)) {
            KeyEdit edit;
            edit.name = QStringLiteral("renamed ") + id;
            QVERIFY(a.inv().edit(id, edit));
        }

        EtcdClient client(profile, password());
        QVERIFY(client.configure());
        SyncEngine engine(a.ws(), client, QStringLiteral("alice"), a.clock.clock());
        Result<SyncReport> r = engine.pushOnly();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        // One refused txn, whose failure branch named the two keys; then one with everything.
        QCOMPARE(engine.pusher().txnsSent(), 2);
        QCOMPARE(r->pulled, 2); // only the two changed keys were read back and merged
        QCOMPARE(r->conflicts, 2);
        QCOMPARE(r->pushed, 20 + 2); // the edits and the two registry.conflict entries
        QCOMPARE(a.count(QStringLiteral("outbox")), 0);
        Result<QList<SyncConflict>> conflicts = SyncState(a.ws()).conflicts(profile.name);
        QVERIFY(conflicts);
        QStringList conflicted;
        for (const SyncConflict& c : std::as_const(*conflicts)) {
            conflicted.append(c.keyId);
        }
        conflicted.sort();
        QStringList expected = revokedOnB;
        expected.sort();
        QCOMPARE(conflicted, expected);

        // The registry has every rename, and the two revocations kept with them.
        const QHash<QByteArray, EtcdKv> etcd = registryContents(client, profile);
        for (const QString& id : std::as_const(ids)) {
            const Result<KeyRecord> k =
                keyFromRegistry(etcd.value(layout::keyKey(profile.ns, projectId, id)).value);
            QVERIFY(k);
            QCOMPARE(k->name, QStringLiteral("renamed ") + id);
            QCOMPARE(k->status, revokedOnB.contains(id) ? KeyStatus::Revoked : KeyStatus::Active);
            if (revokedOnB.contains(id)) {
                QCOMPARE(k->revokedBy, QStringLiteral("bob"));
            }
        }
        QVERIFY(AuditLog(a.ws()).verify()->ok);
    }

    void aSmallMaxTxnOpsIsFoundAndUsed()
    {
        PrivateEtcd own;
        QVERIFY(own.start(1, false, 8));
        const RegistryProfile profile = own.etcd.profile();
        Console a;
        QString projectId;
        QStringList ids;
        QVERIFY(prepare(a, profile, 10, projectId, ids));
        QVERIFY(a.inv().revoke(ids.at(4), RevokeReason::Unused, QString()));

        EtcdClient client(profile, own.etcd.password.toUtf8());
        QVERIFY(client.configure());
        SyncEngine engine(a.ws(), client, QStringLiteral("alice"), a.clock.clock());
        Result<SyncReport> r = engine.sync();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(engine.pusher().maxTxnOps(), 8); // 128 refused, then 64, 32, 16
        QCOMPARE(r->pushed, 12);
        QCOMPARE(a.count(QStringLiteral("outbox")), 0);
        QVERIFY(r->revocationsConfirmed.contains(ids.at(4)));
        QCOMPARE(r->revocationsConfirmed.size(), 1);

        // The issue and the revocation of key 4 arrived in order: its record is revoked, both
        // events are there.
        const QHash<QByteArray, EtcdKv> etcd = registryContents(client, profile);
        const Result<KeyRecord> revoked =
            keyFromRegistry(etcd.value(layout::keyKey(profile.ns, projectId, ids.at(4))).value);
        QVERIFY(revoked);
        QCOMPARE(revoked->status, KeyStatus::Revoked);
        int events = 0;
        for (const EtcdKv& kv : etcd) {
            if (kv.key.contains("/audit/") && kv.value.contains(ids.at(4).toUtf8())) {
                ++events;
            }
        }
        QCOMPARE(events, 2);
        for (const QString& id : std::as_const(ids)) {
            QVERIFY(etcd.contains(layout::keyKey(profile.ns, projectId, id)));
        }
    }
};

QTEST_GUILESS_MAIN(TstRegistryPush)
#include "tst_registry_push.moc"
