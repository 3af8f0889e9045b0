// SPDX-License-Identifier: GPL-3.0-or-later
// Two consoles and a gateway lookup sharing keys through a real etcd over TLS.
#include "RegistryTestSupport.h"
#include "registry/Binding.h"
#include "registry/Lookup.h"
#include "registry/Records.h"
#include "registry/SyncState.h"
#include "store/AuditLog.h"
#include "store/KeyRepo.h"
#include "store/Outbox.h"

#include <QJsonDocument>
#include <QTest>

using namespace kw;
using namespace kw::test;

class TstRegistrySync : public QObject
{
    Q_OBJECT

    Etcd m_etcd;

    // Two consoles on one fresh namespace, A with project chat bound to it.
    struct Pair
    {
        Console a;
        Console b;
        RegistryProfile profile;
        QString projectId;
    };

    bool makePair(Pair& pair)
    {
        pair.profile = m_etcd.profile();
        for (Console* c : {&pair.a, &pair.b}) {
            if (!c->open(c == &pair.a ? QStringLiteral("alice") : QStringLiteral("bob")).isEmpty() ||
                !c->addProfile(pair.profile).isEmpty()) {
                return false;
            }
        }
        pair.b.clock.advanceSecs(1);
        Result<Project> p = pair.a.project(QStringLiteral("chat"), QStringLiteral("chat"));
        if (!p) {
            return false;
        }
        pair.projectId = p->id;
        return bindProject(pair.a.inv(), QStringLiteral("chat"), pair.profile.name).ok();
    }

    QByteArray password() const { return m_etcd.password.toUtf8(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!sharedEtcd(m_etcd)) {
            QSKIP("no etcd fixture (run through ctest: KEYWARD_ETCD_FIXTURE)");
        }
    }

    void issuedOnAIsVisibleOnBAndToAGateway()
    {
        Pair pair;
        QVERIFY(makePair(pair));
        Result<Issued> issued = pair.a.issue(pair.projectId, QStringLiteral("one"));
        QVERIFY(issued);
        Result<SyncReport> pushed = pair.a.sync(pair.profile, password());
        QVERIFY2(pushed, qPrintable(codeOf(pushed) + (pushed ? QString() : pushed.error().message)));
        QCOMPARE(pushed->pushed, 2); // the binding (project) and the key
        QCOMPARE(pair.a.count(QStringLiteral("outbox")), 0);

        // One record per range request: the paging through the namespace is exercised too.
        Result<SyncReport> pulled = pair.b.sync(pair.profile, password(), 1);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->created, 2);    // project and key
        QCOMPARE(pulled->pulled, 2 + 2); // and the two audit events (bind, issue)
        Result<KeyRecord> onB = pair.b.inv().key(issued->key.id);
        QVERIFY(onB);
        QCOMPARE(onB->hash, issued->key.hash);
        QCOMPARE(onB->keptInKeychain, false);
        QCOMPARE(pair.b.inv().project(QStringLiteral("chat"))->registryProfile, pair.profile.name);
        // A's audit events arrived on B with their own ids.
        QCOMPARE(pair.b.count(QStringLiteral("audit"), QStringLiteral("action = 'key.issue' AND key_id = ?"),
                              {issued->key.id}),
                 1);

        EtcdClient client(pair.profile, password());
        QVERIFY(client.configure());
        Result<LookupAnswer> answer = lookupKey(client, issued->secret, QDateTime::currentDateTimeUtc());
        QVERIFY(answer);
        QCOMPARE(answer->outcome, QStringLiteral("valid"));
        QCOMPARE(answer->keyId, issued->key.id);
        // The last character changed: one in 62 secrets already ends in 'x'.
        const QChar changed = issued->secret.back() == u'x' ? u'y' : u'x';
        Result<LookupAnswer> unknown =
            lookupKey(client, issued->secret.left(issued->secret.size() - 1) + changed,
                      QDateTime::currentDateTimeUtc());
        QVERIFY(unknown);
        QCOMPARE(unknown->outcome, QStringLiteral("invalid"));

        // No secret anywhere in the registry.
        Result<EtcdRange> all = client.range((pair.profile.ns + u'/').toUtf8(),
                                             EtcdClient::prefixEnd((pair.profile.ns + u'/').toUtf8()));
        QVERIFY(all);
        QVERIFY(all->kvs.size() >= 4);
        for (const EtcdKv& kv : std::as_const(all->kvs)) {
            QVERIFY(!kv.value.contains(issued->secret.toUtf8()));
            if (kv.key.contains("/keys/")) {
                QVERIFY(!kv.value.contains("kept_in_keychain")); // console-local, not the registry's
            }
        }
    }

    void revokeOnBWhileAEditsOfflineKeepsTheRevocationAndAuditsTheConflict()
    {
        Pair pair;
        QVERIFY(makePair(pair));
        Result<Issued> issued = pair.a.issue(pair.projectId, QStringLiteral("shared"));
        QVERIFY(issued);
        QVERIFY(pair.a.sync(pair.profile, password()));
        QVERIFY(pair.b.sync(pair.profile, password()));

        // B revokes and pushes; A, offline, renames the key and shortens nothing.
        pair.b.clock.advanceSecs(60);
        QVERIFY(pair.b.inv().revoke(issued->key.id, RevokeReason::Compromised, QString()));
        QVERIFY(pair.b.sync(pair.profile, password()));
        pair.a.clock.advanceSecs(120);
        KeyEdit edit;
        edit.name = QStringLiteral("renamed offline");
        QVERIFY(pair.a.inv().edit(issued->key.id, edit));

        Result<SyncReport> a = pair.a.sync(pair.profile, password());
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->conflicts, 1);
        Result<SyncReport> b = pair.b.sync(pair.profile, password());
        QVERIFY(b);

        for (Console* c : {&pair.a, &pair.b}) {
            Result<KeyRecord> k = c->inv().key(issued->key.id);
            QVERIFY(k);
            QCOMPARE(k->status, KeyStatus::Revoked);
            QCOMPARE(k->revokedBy, QStringLiteral("bob"));
            QCOMPARE(k->name, QStringLiteral("renamed offline")); // the later edit of the other fields
            QCOMPARE(c->count(QStringLiteral("audit"), QStringLiteral("action = 'registry.conflict'")), 1);
            QCOMPARE(c->count(QStringLiteral("registry_conflicts")), 1);
            QVERIFY(AuditLog(c->ws()).verify()->ok);
        }
        QCOMPARE(pair.a.count(QStringLiteral("outbox")), 0);
    }

    void malformedRegistryDataIsReportedAndSkipped()
    {
        Pair pair;
        QVERIFY(makePair(pair));
        QVERIFY(pair.a.issue(pair.projectId, QStringLiteral("good")));
        QVERIFY(pair.a.sync(pair.profile, password()));

        EtcdClient client(pair.profile, password());
        QVERIFY(client.configure());
        const QString ns = pair.profile.ns;
        const QString bad1 = QStringLiteral("key_BadJson000000000");
        const QString bad2 = QStringLiteral("key_Schema9000000000");
        const QString bad3 = QStringLiteral("key_NoHash000000000A");
        Result<KeyRecord> good = pair.a.inv().key(QStringLiteral("chat_"));
        QJsonObject record = registryRecord(pair.a.inv().keys({})->constFirst());
        QVERIFY(client.put(layout::keyKey(ns, pair.projectId, bad1), "{\"schema\": 1, \"id\": "));
        record.insert(QStringLiteral("id"), bad2);
        record.insert(QStringLiteral("schema"), 9);
        QVERIFY(client.put(layout::keyKey(ns, pair.projectId, bad2), QJsonDocument(record).toJson()));
        record.insert(QStringLiteral("id"), bad3);
        record.insert(QStringLiteral("schema"), 1);
        record.remove(QStringLiteral("hash"));
        QVERIFY(client.put(layout::keyKey(ns, pair.projectId, bad3), QJsonDocument(record).toJson()));

        Result<SyncReport> r = pair.b.sync(pair.profile, password());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->problems.size(), 3);
        QVERIFY(r->problems.join(u'\n').contains(QStringLiteral("not valid JSON")));
        QVERIFY(r->problems.join(u'\n').contains(QStringLiteral("unknown schema version 9")));
        QVERIFY(r->problems.join(u'\n').contains(QStringLiteral("has no valid hash")));
        QCOMPARE(pair.b.count(QStringLiteral("keys")), 1); // the good one only
        QCOMPARE(pair.b.count(QStringLiteral("keys"), QStringLiteral("id IN (?, ?, ?)"), {bad1, bad2, bad3}),
                 0);
    }

    void anInvalidatedTokenIsRenewedOnce()
    {
        // Setting a user's password again makes etcd drop the user's tokens, as an expiry would.
        PrivateEtcd own;
        QVERIFY(own.start());
        const RegistryProfile profile = own.etcd.profile();
        EtcdClient client(profile, own.etcd.password.toUtf8());
        QVERIFY(client.configure());
        const QByteArray key = (profile.ns + QStringLiteral("/probe")).toUtf8();
        QVERIFY(client.put(key, "1"));
        QCOMPARE(client.authentications(), 1);
        QProcess passwd;
        passwd.start(QStringLiteral("etcdctl"),
                     {QStringLiteral("--endpoints=") + own.etcd.endpoints.join(u','),
                      QStringLiteral("--cacert=") + own.etcd.file(QStringLiteral("ca.pem")),
                      QStringLiteral("--user=root:") + own.etcd.rootPassword, QStringLiteral("user"),
                      QStringLiteral("passwd"), own.etcd.user, QStringLiteral("--interactive=false")});
        passwd.write(own.etcd.password.toUtf8() + '\n');
        passwd.closeWriteChannel();
        QVERIFY(passwd.waitForFinished(10000));
        QCOMPARE(passwd.exitCode(), 0);
        Result<std::optional<EtcdKv>> read = client.get(key);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QVERIFY(*read);
        QCOMPARE((*read)->value, QByteArray("1"));
        QCOMPARE(client.authentications(), 2);
    }

    void offlineChangesArriveOnceAndInOrder()
    {
        PrivateEtcd own;
        QVERIFY(own.start());
        RegistryProfile profile = own.etcd.profile();
        Console a;
        QVERIFY(a.open().isEmpty());
        QVERIFY(a.addProfile(profile).isEmpty());
        Result<Project> p = a.project(QStringLiteral("chat"), QStringLiteral("chat"));
        QVERIFY(p);
        QVERIFY(bindProject(a.inv(), QStringLiteral("chat"), profile.name));
        QVERIFY(a.sync(profile, own.etcd.password.toUtf8()));

        QVERIFY(own.killMember(1));
        QList<QString> ids;
        for (int i = 0; i < 5; ++i) {
            a.clock.advanceSecs(1);
            Result<Issued> k = a.issue(p->id, QStringLiteral("offline %1").arg(i));
            QVERIFY(k);
            ids.append(k->key.id);
        }
        a.clock.advanceSecs(1);
        QVERIFY(a.inv().revoke(ids.at(2), RevokeReason::Unused, QString()));
        Result<SyncReport> offline = a.sync(profile, own.etcd.password.toUtf8());
        QVERIFY(!offline);
        QVERIFY(offline.error().message.contains(QStringLiteral("No registry endpoint answered")));
        QCOMPARE(a.count(QStringLiteral("outbox")), 6);
        QVERIFY(SyncState(a.ws()).status(profile.name)->lastError.contains(QStringLiteral("answered")));

        // A new process: the workspace is closed and opened again before the registry comes back.
        a.close();
        QVERIFY(own.restart());
        const QString path = a.path();
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
        QVERIFY(ws);
        EtcdClient client(profile, own.etcd.password.toUtf8());
        QVERIFY(client.configure());
        SyncEngine engine(**ws, client, QStringLiteral("alice"));
        Result<SyncReport> r = engine.sync();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->pushed, 6);

        // Each audit event once, in the order it was made (etcd revisions never go back; entries
        // pushed in one txn share its revision).
        const QByteArray auditPrefix = (profile.ns + QStringLiteral("/audit/")).toUtf8();
        Result<EtcdRange> audit = client.range(auditPrefix, EtcdClient::prefixEnd(auditPrefix));
        QVERIFY(audit);
        QList<qint64> revisions;
        QStringList actions;
        for (const EtcdKv& kv : std::as_const(audit->kvs)) {
            const QJsonObject e = QJsonDocument::fromJson(kv.value).object();
            if (e.value(QStringLiteral("action")).toString().startsWith(QLatin1String("key."))) {
                actions.append(e.value(QStringLiteral("action")).toString());
                revisions.append(kv.modRevision);
            }
        }
        QCOMPARE(actions, QStringList({QStringLiteral("key.issue"), QStringLiteral("key.issue"),
                                       QStringLiteral("key.issue"), QStringLiteral("key.issue"),
                                       QStringLiteral("key.issue"), QStringLiteral("key.revoke")}));
        QVERIFY(std::is_sorted(revisions.cbegin(), revisions.cend()));
        Result<std::optional<EtcdKv>> revoked = client.get(layout::keyKey(profile.ns, p->id, ids.at(2)));
        QVERIFY(revoked && *revoked);
        QCOMPARE(keyFromRegistry((*revoked)->value)->status, KeyStatus::Revoked);
    }
    // A delta is read from etcd's history through /v3/watch, not by scanning the namespace; when
    // the watch cannot answer (the store's last change was elsewhere, or the history is
    // compacted) the pull reads the range instead, and nothing is missed either way.
    void deltasComeFromHistoryAndFromTheRangeWhenItCannotTell()
    {
        PrivateEtcd own;
        QVERIFY(own.start());
        const RegistryProfile profile = own.etcd.profile();
        const QByteArray password = own.etcd.password.toUtf8();
        Console a;
        Console b;
        QVERIFY(a.open(QStringLiteral("alice")).isEmpty());
        QVERIFY(b.open(QStringLiteral("bob")).isEmpty());
        QVERIFY(a.addProfile(profile).isEmpty());
        QVERIFY(b.addProfile(profile).isEmpty());
        Result<Project> p = a.project(QStringLiteral("chat"), QStringLiteral("chat"));
        QVERIFY(p);
        QVERIFY(bindProject(a.inv(), QStringLiteral("chat"), profile.name));
        QVERIFY(a.sync(profile, password));

        EtcdClient client(profile, password);
        QVERIFY(client.configure());
        SyncEngine engine(b.ws(), client, QStringLiteral("bob"), b.clock.clock());
        QVERIFY(engine.pullOnly());
        RegistryProfile rootProfile = profile;
        rootProfile.user = QStringLiteral("root");
        EtcdClient root(rootProfile, own.etcd.rootPassword.toUtf8());
        QVERIFY(root.configure());

        // Nothing changed: one request tells.
        int sent = client.requestsSent();
        Result<SyncReport> idle = engine.pullOnly();
        QVERIFY(idle);
        QCOMPARE(idle->pulled, 0);
        QCOMPARE(client.requestsSent() - sent, 1);

        const auto issueAndPull = [&](const QString& name, int* requests) -> bool {
            a.clock.advanceSecs(1);
            Result<Issued> k = a.issue(p->id, name);
            if (!k || !a.sync(profile, password)) {
                return false;
            }
            // The store's last change is outside the namespace.
            if (!name.startsWith(QLatin1String("watched")) && !client.put("/keyward/v1/elsewhere", "x")) {
                return false;
            }
            if (name == QLatin1String("compacted")) {
                Result<EtcdRange> head = root.range("/", {}, 1);
                if (!head || !root.call(QStringLiteral("/v3/kv/compaction"),
                                        {{QStringLiteral("revision"), QString::number(head->revision)}})) {
                    return false;
                }
            }
            const int before = client.requestsSent();
            Result<SyncReport> r = engine.pullOnly();
            *requests = client.requestsSent() - before;
            return r && r->created == 1 && b.inv().key(k->key.id).ok();
        };
        int requests = 0;
        QVERIFY(issueAndPull(QStringLiteral("watched"), &requests));
        QCOMPARE(requests, 2); // the current revision, then the watch
        QVERIFY(issueAndPull(QStringLiteral("elsewhere"), &requests));
        QCOMPARE(requests, 2 + 3); // then the ranges over projects/, keys/ and audit/
        QVERIFY(issueAndPull(QStringLiteral("compacted"), &requests));
        QCOMPARE(requests, 2 + 3);
        QVERIFY(issueAndPull(QStringLiteral("watched again"), &requests));
        QCOMPARE(requests, 2);
    }
};

QTEST_GUILESS_MAIN(TstRegistrySync)
#include "tst_registry_sync.moc"
