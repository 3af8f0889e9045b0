// SPDX-License-Identifier: GPL-3.0-or-later
// The key lifecycle of docs/keys.md on a real workspace file: projects, issue, rotate, revoke, bulk
// revoke, edit and the key list filters, with a clock the tests move by hand.
#include "InventoryFixture.h"
#include "core/KeyFormat.h"
#include "store/AuditLog.h"
#include "store/KeyRepo.h"
#include "store/Outbox.h"
#include "store/ProjectRepo.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace kw;
using kw::test::codeOf;
using kw::test::InventoryFixture;
using kw::test::Issued;
using kw::test::RawDb;
using kw::test::readAll;

Q_DECLARE_METATYPE(kw::ErrorCode)

namespace {

constexpr qint64 Day = 86400;

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QSet<QString> idsOf(const QList<KeyRecord>& keys)
{
    QSet<QString> ids;
    for (const KeyRecord& k : keys) {
        ids.insert(k.id);
    }
    return ids;
}

Policy chatPolicy()
{
    Policy p;
    p.allowedScopes = {QStringLiteral("chat:read"), QStringLiteral("chat:write")};
    p.allowedModels = {QStringLiteral("gpt-small")};
    p.maxLifetimeDays = 90;
    p.defaultTier = RateTier{60, 1000, 0};
    p.reminderDays = 14;
    p.graceDays = 7;
    return p;
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createProject()
    {
        OPEN_FIXTURE(f);
        const QDateTime t = f.clock.now();
        const Result<Project> p =
            f.project(QStringLiteral("  chat-api "), QStringLiteral("chat"), chatPolicy());
        REQUIRE_OK(p);
        QCOMPARE(p->name, QStringLiteral("chat-api"));
        QCOMPARE(p->prefix, QStringLiteral("chat"));
        QVERIFY(p->id.startsWith(QStringLiteral("prj_")));
        QCOMPARE(p->createdAt, t);
        QCOMPARE(p->updatedBy, QStringLiteral("alice"));
        // Stored, and found by name and by id.
        const Result<Project> byName = f.inv().project(QStringLiteral("chat-api"));
        const Result<Project> byId = f.inv().project(p->id);
        REQUIRE_OK(byName);
        REQUIRE_OK(byId);
        QCOMPARE(byName->id, p->id);
        QCOMPARE(byId->name, QStringLiteral("chat-api"));
        QVERIFY(byName->policy == p->policy);
        QCOMPARE(byName->policy.allowedScopes, chatPolicy().allowedScopes);
        QCOMPARE(f.count(QStringLiteral("audit"), QStringLiteral("action = 'project.create'")), qint64(1));
        QCOMPARE(codeOf(f.inv().project(QStringLiteral("nope"))), QStringLiteral("NotFound"));
    }

    void createProjectRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("maxLifetime");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("upper-case name")
            << QStringLiteral("Chat-API") << QStringLiteral("cx") << 0 << ErrorCode::Invalid;
        QTest::newRow("space in name")
            << QStringLiteral("chat api") << QStringLiteral("cx") << 0 << ErrorCode::Invalid;
        QTest::newRow("empty name") << QStringLiteral("   ") << QStringLiteral("cx") << 0
                                    << ErrorCode::Invalid;
        QTest::newRow("upper-case prefix")
            << QStringLiteral("other") << QStringLiteral("Chat") << 0 << ErrorCode::Invalid;
        QTest::newRow("short prefix")
            << QStringLiteral("other") << QStringLiteral("c") << 0 << ErrorCode::Invalid;
        QTest::newRow("prefix with underscore")
            << QStringLiteral("other") << QStringLiteral("ch_at") << 0 << ErrorCode::Invalid;
        QTest::newRow("long prefix") << QStringLiteral("other") << QStringLiteral("abcdefghijklm") << 0
                                     << ErrorCode::Invalid;
        QTest::newRow("bad policy") << QStringLiteral("other") << QStringLiteral("cx") << -5
                                    << ErrorCode::Invalid;
        QTest::newRow("duplicate name")
            << QStringLiteral("chat-api") << QStringLiteral("cx") << 0 << ErrorCode::Conflict;
        QTest::newRow("duplicate prefix")
            << QStringLiteral("other") << QStringLiteral("chat") << 0 << ErrorCode::Conflict;
    }

    void createProjectRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, prefix);
        QFETCH(int, maxLifetime);
        QFETCH(ErrorCode, code);
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        const qint64 projects = f.count(QStringLiteral("projects"));
        const qint64 events = f.count(QStringLiteral("audit"));
        Policy policy;
        policy.maxLifetimeDays = maxLifetime;
        const Result<Project> p = f.project(name, prefix, policy);
        QVERIFY(!p);
        QCOMPARE(p.error().code, code);
        QVERIFY(!p.error().message.isEmpty());
        if (code == ErrorCode::Conflict) {
            QVERIFY2(p.error().message.contains(QStringLiteral("already exists")),
                     qPrintable(p.error().message));
        }
        QCOMPARE(f.count(QStringLiteral("projects")), projects);
        QCOMPARE(f.count(QStringLiteral("audit")), events);
    }

    void editProject()
    {
        OPEN_FIXTURE(f);
        const Result<Project> p = f.project(QStringLiteral("chat-api"), QStringLiteral("chat"), chatPolicy());
        REQUIRE_OK(p);
        ProjectDraft change;
        change.prefix = QStringLiteral("talk");
        change.policy = chatPolicy();
        const Result<Project> renamed = f.inv().editProject(QStringLiteral("chat-api"), change);
        QVERIFY(!renamed);
        QCOMPARE(renamed.error().code, ErrorCode::Invalid);

        change.prefix.clear();
        change.description = QStringLiteral("Chat gateway");
        change.policy.reminderDays = 30;
        const Result<Project> edited = f.inv().editProject(QStringLiteral("chat-api"), change);
        REQUIRE_OK(edited);
        QCOMPARE(edited->prefix, QStringLiteral("chat"));
        QCOMPARE(f.inv().project(p->id)->description, QStringLiteral("Chat gateway"));
        QCOMPARE(f.inv().project(p->id)->policy.reminderDays, 30);
        QCOMPARE(f.count(QStringLiteral("audit"), QStringLiteral("action = 'project.edit'")), qint64(1));
        // Editing to the same values changes nothing and writes nothing.
        REQUIRE_OK(f.inv().editProject(QStringLiteral("chat-api"), change));
        QCOMPARE(f.count(QStringLiteral("audit"), QStringLiteral("action = 'project.edit'")), qint64(1));
    }

    void issueStoresHashAndHintOnly()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat"), chatPolicy()));
        IssueRequest r;
        r.projectId = QStringLiteral("chat-api");
        r.name = QStringLiteral("backend");
        r.owner = QStringLiteral("bob");
        r.env = Env::Live;
        r.scopes = {QStringLiteral("Chat:Read")};
        r.models = {QStringLiteral("gpt-small")};
        r.notes = QStringLiteral("for the backend team");
        const Result<Issued> issued = f.issue(r);
        REQUIRE_OK(issued);
        const QString& secret = issued->secret;
        const KeyRecord& k = issued->key;

        const ParsedKey parsed = parseKey(secret);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.prefix, QStringLiteral("chat"));
        QCOMPARE(parsed.env, Env::Live);
        QVERIFY(secret.startsWith(QStringLiteral("chat_live_")));
        QCOMPARE(k.hint, secret.left(16)); // chat_live_ + six body characters
        QCOMPARE(k.hash, sha256Hex(secret));
        QCOMPARE(k.scopes, QStringList{QStringLiteral("chat:read")});
        QCOMPARE(k.tier, (RateTier{60, 1000, 0}));        // the project's default tier
        QCOMPARE(k.expiresAt, f.clock.now().addDays(90)); // the project's maximum lifetime
        QCOMPARE(k.createdBy, QStringLiteral("alice"));
        QCOMPARE(k.status, KeyStatus::Active);
        QCOMPARE(f.inv().stateOf(k), KeyState::Active);

        // What another connection finds in the file.
        RawDb raw(f.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT hash FROM keys WHERE id = ?"), {k.id}).toString(),
                 sha256Hex(secret));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT hint FROM keys WHERE id = ?"), {k.id}).toString(),
                 secret.left(16));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT status FROM keys WHERE id = ?"), {k.id}).toString(),
                 QStringLiteral("active"));
        // The repository returns what was committed.
        const Result<KeyRecord> back = f.inv().key(k.id);
        REQUIRE_OK(back);
        QCOMPARE(back->hash, k.hash);
        QCOMPARE(back->notes, QStringLiteral("for the backend team"));
        QCOMPARE(back->expiresAt, k.expiresAt);
        QCOMPARE(back->models, QStringList{QStringLiteral("gpt-small")});
        // Found by its hash (what a log import does with a full key) and by its hint.
        const Result<std::optional<KeyRecord>> byHash = f.inv().keyByHash(sha256Hex(secret));
        QVERIFY(byHash && byHash->has_value());
        QCOMPARE((byHash.value())->id, k.id);
        QCOMPARE(f.inv().key(k.hint)->id, k.id);
        QVERIFY(f.inv().keyByHash(sha256Hex(secret + u'x'))->has_value() == false);
        QCOMPARE(codeOf(f.inv().key(QStringLiteral("key_doesnotexist00"))), QStringLiteral("NotFound"));
    }

    void issueRefusedLeavesWorkspaceUnchanged_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QStringList>("models");
        QTest::addColumn<qint64>("expiresIn"); // seconds from now, 0: default
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("rpm");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("mention");
        const QString p = QStringLiteral("chat-api");
        const QString n = QStringLiteral("backend");
        const QStringList none;
        QTest::newRow("scope outside policy")
            << p << QStringList{QStringLiteral("chat:read"), QStringLiteral("admin")} << none << qint64(0)
            << n << 0 << ErrorCode::Invalid << QStringLiteral("admin");
        QTest::newRow("model outside policy")
            << p << none << QStringList{QStringLiteral("gpt-huge")} << qint64(0) << n << 0
            << ErrorCode::Invalid << QStringLiteral("gpt-huge");
        QTest::newRow("lifetime over maximum")
            << p << none << none << 91 * Day << n << 0 << ErrorCode::Invalid << QStringLiteral("90");
        QTest::newRow("expiry in the past")
            << p << none << none << -Day << n << 0 << ErrorCode::Invalid << QStringLiteral("past");
        QTest::newRow("no name") << p << none << none << qint64(0) << QStringLiteral(" ") << 0
                                 << ErrorCode::Invalid << QStringLiteral("name");
        QTest::newRow("negative limit")
            << p << none << none << qint64(0) << n << -1 << ErrorCode::Invalid << QStringLiteral("negative");
        QTest::newRow("unknown project") << QStringLiteral("nope") << none << none << qint64(0) << n << 0
                                         << ErrorCode::NotFound << QStringLiteral("nope");
    }

    void issueRefusedLeavesWorkspaceUnchanged()
    {
        QFETCH(QString, project);
        QFETCH(QStringList, scopes);
        QFETCH(QStringList, models);
        QFETCH(qint64, expiresIn);
        QFETCH(QString, name);
        QFETCH(int, rpm);
        QFETCH(ErrorCode, code);
        QFETCH(QString, mention);
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat"), chatPolicy()));
        REQUIRE_OK(f.issue(QStringLiteral("chat-api"), QStringLiteral("existing")));
        const qint64 keys = f.count(QStringLiteral("keys"));
        const qint64 events = f.count(QStringLiteral("audit"));
        const qint64 outbox = f.count(QStringLiteral("outbox"));
        QCOMPARE(keys, qint64(1));

        IssueRequest r;
        r.projectId = project;
        r.name = name;
        r.scopes = scopes;
        r.models = models;
        if (expiresIn != 0) {
            r.expiresAt = f.clock.now().addSecs(expiresIn);
        }
        if (rpm != 0) {
            r.tier = RateTier{rpm, 0, 0};
        }
        const Result<Issued> issued = f.issue(r);
        QVERIFY(!issued);
        QCOMPARE(issued.error().code, code);
        QVERIFY2(issued.error().message.contains(mention), qPrintable(issued.error().message));
        QCOMPARE(f.count(QStringLiteral("keys")), keys);
        QCOMPARE(f.count(QStringLiteral("audit")), events);
        QCOMPARE(f.count(QStringLiteral("outbox")), outbox);
    }

    // The key and its audit event are one transaction: if the event cannot be written, neither is the key.
    void issueIsAtomic()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        QSqlQuery trap(f.ws().db());
        QVERIFY(trap.exec(QStringLiteral("CREATE TEMP TRIGGER trap BEFORE INSERT ON audit"
                                         " BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END")));
        const Result<Issued> issued = f.issue(QStringLiteral("chat-api"), QStringLiteral("backend"));
        QVERIFY(!issued);
        QVERIFY2(issued.error().message.contains(QStringLiteral("audit unavailable")),
                 qPrintable(issued.error().message));
        QCOMPARE(f.count(QStringLiteral("keys")), qint64(0));
        QVERIFY(!f.ws().inTransaction());
        QVERIFY(trap.exec(QStringLiteral("DROP TRIGGER temp.trap")));
        REQUIRE_OK(f.issue(QStringLiteral("chat-api"), QStringLiteral("backend")));
        QCOMPARE(f.count(QStringLiteral("keys")), qint64(1));
    }

    // The secret (and its random body) appears nowhere in the database, its WAL or its shared memory.
    void secretNeverReachesTheFiles()
    {
        OPEN_FIXTURE(f);
        const Result<Project> p = f.project(QStringLiteral("chat-api"), QStringLiteral("chat"));
        REQUIRE_OK(p);
        // Bind the project to a registry so every change also writes an outbox entry.
        Project bound = p.value();
        bound.registryProfile = QStringLiteral("prod-etcd");
        REQUIRE_OK(ProjectRepo(f.ws()).update(bound));

        QList<Issued> all;
        for (int i = 0; i < 5; ++i) {
            IssueRequest r;
            r.projectId = QStringLiteral("chat-api");
            r.name = QStringLiteral("key %1").arg(i);
            r.env = i % 2 ? Env::Test : Env::Live;
            r.keepInKeychain = i == 0;
            const Result<Issued> issued = f.issue(r);
            REQUIRE_OK(issued);
            all.append(issued.value());
        }
        const Result<Issued> successor = f.rotate(all.at(1).key.id);
        REQUIRE_OK(successor);
        all.append(successor.value());
        REQUIRE_OK(f.inv().revoke(all.at(2).key.id, RevokeReason::Compromised, QString()));
        KeyEdit e;
        e.owner = QStringLiteral("carol");
        REQUIRE_OK(f.inv().edit(all.at(3).key.id, e));
        REQUIRE_OK(f.inv().recordReveal(all.at(0).key.id));
        QVERIFY(f.count(QStringLiteral("outbox")) >= 8);

        const auto scan = [&](const QString& when) {
            QByteArray files;
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                files += readAll(f.path() + suffix);
            }
            QVERIFY(files.size() > 4096);
            for (const Issued& i : std::as_const(all)) {
                const QString body = i.secret.mid(10, 30);
                QCOMPARE(body.size(), 30);
                for (const QString& needle : {i.secret, body, body.mid(6)}) {
                    QVERIFY2(!files.contains(needle.toUtf8()), qPrintable(when + u' ' + needle));
                    QVERIFY2(!files.contains(QByteArray(reinterpret_cast<const char*>(needle.utf16()),
                                                        needle.size() * 2)),
                             qPrintable(when + u' ' + needle));
                }
                // Positive control: the scan reads the right bytes, where the hash and hint are.
                QVERIFY2(files.contains(i.key.hash.toLatin1()), qPrintable(when));
                QVERIFY2(files.contains(i.key.hint.toLatin1()), qPrintable(when));
            }
        };
        scan(QStringLiteral("while open:"));
        QVERIFY(QFileInfo::exists(f.path() + QStringLiteral("-wal")));
        f.close();
        scan(QStringLiteral("after close:"));
    }

    void rotate()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat"), chatPolicy()));
        IssueRequest r;
        r.projectId = QStringLiteral("chat-api");
        r.name = QStringLiteral("backend");
        r.owner = QStringLiteral("bob");
        r.env = Env::Test;
        r.scopes = {QStringLiteral("chat:read"), QStringLiteral("chat:write")};
        r.models = {QStringLiteral("gpt-small")};
        r.tier = RateTier{5, 50, 500};
        r.notes = QStringLiteral("n");
        r.expiresAt = f.clock.now().addDays(30);
        const Result<Issued> first = f.issue(r);
        REQUIRE_OK(first);
        const KeyRecord old = first->key;

        f.clock.advanceDays(10);
        const QDateTime rotatedAt = f.clock.now();
        const Result<Issued> next = f.rotate(old.id);
        REQUIRE_OK(next);
        const KeyRecord& succ = next->key;
        const Result<KeyRecord> before = f.inv().key(old.id);
        REQUIRE_OK(before);

        // Linked both ways.
        QCOMPARE(succ.rotatedFrom, old.id);
        QCOMPARE(before->rotatedTo, succ.id);
        QCOMPARE(f.inv().key(succ.id)->rotatedFrom, old.id);
        // Grace: the project's 7 days from the rotation.
        QCOMPARE(before->graceUntil, rotatedAt.addDays(7));
        QCOMPARE(before->status, KeyStatus::Active);
        // Same settings, new secret; the successor gets the predecessor's 30-day lifetime from now.
        QCOMPARE(succ.name, old.name);
        QCOMPARE(succ.owner, old.owner);
        QCOMPARE(succ.env, Env::Test);
        QCOMPARE(succ.scopes, old.scopes);
        QCOMPARE(succ.models, old.models);
        QCOMPARE(succ.tier, old.tier);
        QCOMPARE(succ.notes, old.notes);
        QCOMPARE(succ.projectId, old.projectId);
        QCOMPARE(succ.expiresAt, rotatedAt.addDays(30));
        QVERIFY(succ.hash != old.hash);
        QVERIFY(next->secret != first->secret);
        QVERIFY(parseKey(next->secret).ok());
        QCOMPARE(succ.hash, sha256Hex(next->secret));
        QVERIFY(next->secret.startsWith(QStringLiteral("chat_test_")));

        // The old key is in grace, then expired once the clock passes grace_until.
        QCOMPARE(f.inv().stateOf(before.value()), KeyState::InGrace);
        QCOMPARE(f.inv().stateOf(succ), KeyState::Active);
        f.clock.advanceDays(7);
        f.clock.advanceSecs(-1);
        QCOMPARE(f.inv().stateOf(f.inv().key(old.id).value()), KeyState::InGrace);
        f.clock.advanceSecs(1);
        QCOMPARE(f.inv().stateOf(f.inv().key(old.id).value()), KeyState::Expired);
        QCOMPARE(f.inv().stateOf(f.inv().key(succ.id).value()), KeyState::Active);
        KeyFilter expired;
        expired.state = KeyState::Expired;
        QCOMPARE(idsOf(f.inv().keys(expired).value()), QSet<QString>{old.id});
    }

    void rotateRefusals()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat"), chatPolicy()));
        const Result<Issued> a = f.issue(QStringLiteral("chat-api"), QStringLiteral("a"));
        REQUIRE_OK(a);
        REQUIRE_OK(f.rotate(a->key.id));
        const qint64 keys = f.count(QStringLiteral("keys"));
        const qint64 events = f.count(QStringLiteral("audit"));

        // Twice.
        const Result<Issued> again = f.rotate(a->key.id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        // A stale preparation is refused at commit time too.
        const Result<Issued> b = f.issue(QStringLiteral("chat-api"), QStringLiteral("b"));
        REQUIRE_OK(b);
        const Result<PreparedRotation> p1 = f.inv().prepareRotate(b->key.id);
        const Result<PreparedRotation> p2 = f.inv().prepareRotate(b->key.id);
        REQUIRE_OK(p1);
        REQUIRE_OK(p2);
        REQUIRE_OK(f.inv().commitRotate(p1.value()));
        const Result<KeyRecord> second = f.inv().commitRotate(p2.value());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QCOMPARE(f.count(QStringLiteral("keys"), QStringLiteral("rotated_from = ?"), {b->key.id}), qint64(1));

        // Expired.
        const Result<Issued> c = f.issue(QStringLiteral("chat-api"), QStringLiteral("c"), QStringLiteral("x"),
                                         Env::Live, {}, f.clock.now().addDays(1));
        REQUIRE_OK(c);
        f.clock.advanceDays(2);
        const Result<Issued> expired = f.rotate(c->key.id);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, ErrorCode::Conflict);
        // Grace out of range.
        const Result<Issued> d = f.issue(QStringLiteral("chat-api"), QStringLiteral("d"));
        REQUIRE_OK(d);
        QCOMPARE(codeOf(f.inv().prepareRotate(d->key.id, -1)), QStringLiteral("Invalid"));
        QCOMPARE(codeOf(f.inv().prepareRotate(d->key.id, 366 * Day)), QStringLiteral("Invalid"));
        // Unknown key.
        QCOMPARE(codeOf(f.inv().prepareRotate(QStringLiteral("key_unknown0000000"))),
                 QStringLiteral("NotFound"));
        QCOMPARE(f.count(QStringLiteral("keys")), keys + 4); // b, b's successor, c, d
        QCOMPARE(f.count(QStringLiteral("audit")), events + 5);
    }

    void rotateWithCustomGrace()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        const Result<Issued> a = f.issue(QStringLiteral("chat-api"), QStringLiteral("a"));
        REQUIRE_OK(a);
        QVERIFY(!a->key.expiresAt.isValid()); // no policy maximum: never expires
        const QDateTime t = f.clock.now();
        const Result<Issued> next = f.rotate(a->key.id, 3600);
        REQUIRE_OK(next);
        QVERIFY(!next->key.expiresAt.isValid());
        QCOMPARE(f.inv().key(a->key.id)->graceUntil, t.addSecs(3600));
        f.clock.advanceSecs(3599);
        QCOMPARE(f.inv().stateOf(f.inv().key(a->key.id).value()), KeyState::InGrace);
        f.clock.advanceSecs(1);
        QCOMPARE(f.inv().stateOf(f.inv().key(a->key.id).value()), KeyState::Expired);
        // Zero grace: expired at once.
        const Result<Issued> b = f.issue(QStringLiteral("chat-api"), QStringLiteral("b"));
        REQUIRE_OK(b);
        REQUIRE_OK(f.rotate(b->key.id, 0));
        QCOMPARE(f.inv().stateOf(f.inv().key(b->key.id).value()), KeyState::Expired);
    }

    void revoke()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        const Result<Issued> a = f.issue(QStringLiteral("chat-api"), QStringLiteral("a"));
        REQUIRE_OK(a);
        const qint64 events = f.count(QStringLiteral("audit"));

        // 'other' needs a note.
        for (const QString& note : {QString(), QStringLiteral("   ")}) {
            const Result<KeyRecord> r = f.inv().revoke(a->key.id, RevokeReason::Other, note);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Invalid);
        }
        QCOMPARE(f.inv().key(a->key.id)->status, KeyStatus::Active);
        QCOMPARE(f.count(QStringLiteral("audit")), events);

        f.clock.advanceDays(3);
        const Result<KeyRecord> r =
            f.inv().revoke(a->key.hint, RevokeReason::Other, QStringLiteral(" leaked in a ticket "));
        REQUIRE_OK(r);
        const Result<KeyRecord> stored = f.inv().key(a->key.id);
        QCOMPARE(stored->status, KeyStatus::Revoked);
        QCOMPARE(stored->revokedAt, f.clock.now());
        QCOMPARE(stored->revokedBy, QStringLiteral("alice"));
        QCOMPARE(stored->revokeReason, std::optional<RevokeReason>(RevokeReason::Other));
        QCOMPARE(stored->revokeNote, QStringLiteral("leaked in a ticket"));
        QCOMPARE(f.inv().stateOf(stored.value()), KeyState::Revoked);
        QCOMPARE(f.count(QStringLiteral("audit")), events + 1);

        // Twice: a conflict that says when and by whom, and nothing written.
        f.clock.advanceDays(1);
        const Result<KeyRecord> twice = f.inv().revoke(a->key.id, RevokeReason::Compromised, QString());
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        QVERIFY2(twice.error().message.contains(QStringLiteral("alice")), qPrintable(twice.error().message));
        QCOMPARE(f.inv().key(a->key.id)->revokeReason, std::optional<RevokeReason>(RevokeReason::Other));
        QCOMPARE(f.inv().key(a->key.id)->revokedAt, stored->revokedAt);
        QCOMPARE(f.count(QStringLiteral("audit")), events + 1);
        QCOMPARE(
            codeOf(f.inv().revoke(QStringLiteral("key_unknown0000000"), RevokeReason::Unused, QString())),
            QStringLiteral("NotFound"));
    }

    void revokedKeyIsFinal()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        const Result<Issued> a = f.issue(QStringLiteral("chat-api"), QStringLiteral("a"));
        REQUIRE_OK(a);
        REQUIRE_OK(f.inv().revoke(a->key.id, RevokeReason::Compromised, QString()));
        const qint64 events = f.count(QStringLiteral("audit"));

        // Not through edit.
        KeyEdit e;
        e.name = QStringLiteral("revived");
        const Result<KeyRecord> edited = f.inv().edit(a->key.id, e);
        QVERIFY(!edited);
        QCOMPARE(edited.error().code, ErrorCode::Conflict);
        // Not through rotate.
        const Result<Issued> rotated = f.rotate(a->key.id);
        QVERIFY(!rotated);
        QCOMPARE(rotated.error().code, ErrorCode::Conflict);
        // Not through the repository.
        KeyRecord k = f.inv().key(a->key.id).value();
        k.status = KeyStatus::Active;
        k.revokedAt = QDateTime();
        QVERIFY(!KeyRepo(f.ws()).update(k));
        // Not through raw SQL from another connection: the trigger refuses it.
        {
            RawDb raw(f.path());
            const QString error =
                raw.exec(QStringLiteral("UPDATE keys SET status = 'active' WHERE id = ?"), {a->key.id});
            QVERIFY2(error.contains(QStringLiteral("cannot become active")), qPrintable(error));
            // Other edits of a revoked row are not blocked by the trigger (it guards the status only).
            QCOMPARE(raw.exec(QStringLiteral("UPDATE keys SET notes = 'x' WHERE id = ?"), {a->key.id}),
                     QString());
        }
        QCOMPARE(f.inv().key(a->key.id)->status, KeyStatus::Revoked);
        QCOMPARE(f.count(QStringLiteral("keys"), QStringLiteral("status = 'revoked'")), qint64(1));
        QCOMPARE(f.count(QStringLiteral("audit")), events);
    }

    void bulkRevoke()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        REQUIRE_OK(f.project(QStringLiteral("embeddings"), QStringLiteral("emb")));
        QList<Issued> alice;
        QList<Issued> bob;
        for (int i = 0; i < 3; ++i) {
            alice.append(
                f.issue(QStringLiteral("chat-api"), QStringLiteral("a%1").arg(i), QStringLiteral("alice"))
                    .value());
        }
        for (int i = 0; i < 2; ++i) {
            bob.append(
                f.issue(QStringLiteral("chat-api"), QStringLiteral("b%1").arg(i), QStringLiteral("bob"))
                    .value());
        }
        const Result<Issued> otherProject =
            f.issue(QStringLiteral("embeddings"), QStringLiteral("e"), QStringLiteral("alice"));
        REQUIRE_OK(otherProject);
        REQUIRE_OK(f.inv().revoke(alice.at(2).key.id, RevokeReason::Unused, QString()));
        const qint64 events = f.count(QStringLiteral("audit"));

        KeyFilter filter;
        filter.owner = QStringLiteral("alice");
        // One project at a time, and a reason.
        QCOMPARE(codeOf(f.inv().bulkRevoke(filter, RevokeReason::OwnerLeft, QString())),
                 QStringLiteral("Invalid"));
        filter.projectId = QStringLiteral("chat-api");
        QCOMPARE(codeOf(f.inv().bulkRevoke(filter, RevokeReason::Other, QString())),
                 QStringLiteral("Invalid"));
        KeyFilter unknown = filter;
        unknown.projectId = QStringLiteral("nope");
        QCOMPARE(codeOf(f.inv().bulkRevoke(unknown, RevokeReason::OwnerLeft, QString())),
                 QStringLiteral("NotFound"));
        QCOMPARE(f.count(QStringLiteral("keys"), QStringLiteral("status = 'revoked'")), qint64(1));

        f.clock.advanceSecs(60);
        const Result<QList<KeyRecord>> done =
            f.inv().bulkRevoke(filter, RevokeReason::OwnerLeft, QStringLiteral("left"));
        REQUIRE_OK(done);
        // alice's two live keys in chat-api; not her revoked one, not bob's, not the other project's.
        QCOMPARE(idsOf(done.value()), (QSet<QString>{alice.at(0).key.id, alice.at(1).key.id}));
        for (const Issued& i : std::as_const(alice)) {
            QCOMPARE(f.inv().key(i.key.id)->status, KeyStatus::Revoked);
        }
        QCOMPARE(f.inv().key(alice.at(2).key.id)->revokeReason,
                 std::optional<RevokeReason>(RevokeReason::Unused));
        for (const Issued& i : std::as_const(bob)) {
            QCOMPARE(f.inv().key(i.key.id)->status, KeyStatus::Active);
        }
        QCOMPARE(f.inv().key(otherProject->key.id)->status, KeyStatus::Active);
        QCOMPARE(f.inv().key(alice.at(0).key.id)->revokedAt, f.clock.now());
        // One event per revoked key, marked as bulk.
        QCOMPARE(f.count(QStringLiteral("audit")), events + 2);
        AuditFilter af;
        af.action = QStringLiteral("key.revoke");
        af.from = f.clock.now();
        const Result<QList<AuditEvent>> revokes = AuditLog(f.ws()).list(af);
        QCOMPARE(revokes->size(), 2);
        for (const AuditEvent& ev : revokes.value()) {
            QCOMPARE(ev.details.value(QStringLiteral("bulk")).toBool(), true);
            QCOMPARE(ev.details.value(QStringLiteral("reason")).toString(), QStringLiteral("owner-left"));
        }
        // Again: nothing left to revoke.
        const Result<QList<KeyRecord>> again =
            f.inv().bulkRevoke(filter, RevokeReason::OwnerLeft, QStringLiteral("left"));
        REQUIRE_OK(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(f.count(QStringLiteral("audit")), events + 2);
    }

    // A bulk revoke is all or nothing.
    void bulkRevokeIsAtomic()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        for (int i = 0; i < 4; ++i) {
            REQUIRE_OK(f.issue(QStringLiteral("chat-api"), QStringLiteral("k%1").arg(i)));
        }
        QSqlQuery trap(f.ws().db());
        // The third revocation's audit event fails.
        QVERIFY(trap.exec(QStringLiteral("CREATE TEMP TRIGGER trap BEFORE INSERT ON audit"
                                         " WHEN NEW.action = 'key.revoke' AND"
                                         " (SELECT count(*) FROM audit WHERE action = 'key.revoke') >= 2"
                                         " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        KeyFilter all;
        all.projectId = QStringLiteral("chat-api");
        const Result<QList<KeyRecord>> r = f.inv().bulkRevoke(all, RevokeReason::Compromised, QString());
        QVERIFY(!r);
        QCOMPARE(f.count(QStringLiteral("keys"), QStringLiteral("status = 'revoked'")), qint64(0));
        QCOMPARE(f.count(QStringLiteral("audit"), QStringLiteral("action = 'key.revoke'")), qint64(0));
        QVERIFY(trap.exec(QStringLiteral("DROP TRIGGER temp.trap")));
        const Result<QList<KeyRecord>> ok = f.inv().bulkRevoke(all, RevokeReason::Compromised, QString());
        REQUIRE_OK(ok);
        QCOMPARE(ok->size(), 4);
    }

    void editRecordsBeforeAndAfter()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat"), chatPolicy()));
        const Result<Issued> a =
            f.issue(QStringLiteral("chat-api"), QStringLiteral("backend"), QStringLiteral("bob"), Env::Live,
                    {QStringLiteral("chat:read")}, f.clock.now().addDays(30));
        REQUIRE_OK(a);
        const QDateTime oldExpiry = a->key.expiresAt;
        f.clock.advanceDays(1);

        KeyEdit e;
        e.owner = QStringLiteral("carol");
        e.scopes = QStringList{QStringLiteral("chat:write"), QStringLiteral("CHAT:READ")};
        e.expiresAt = f.clock.now().addDays(60);
        e.name = QStringLiteral("backend"); // unchanged: not recorded
        const Result<KeyRecord> edited = f.inv().edit(a->key.id, e);
        REQUIRE_OK(edited);
        QCOMPARE(edited->owner, QStringLiteral("carol"));
        const QStringList scopes{QStringLiteral("chat:read"), QStringLiteral("chat:write")};
        QCOMPARE(edited->scopes, scopes);
        QCOMPARE(f.inv().key(a->key.id)->owner, QStringLiteral("carol"));
        QCOMPARE(f.inv().key(a->key.id)->expiresAt, f.clock.now().addDays(60));
        QCOMPARE(f.inv().key(a->key.id)->updatedAt, f.clock.now());

        AuditFilter af;
        af.action = QStringLiteral("key.edit");
        const Result<QList<AuditEvent>> events = AuditLog(f.ws()).list(af);
        QCOMPARE(events->size(), 1);
        const AuditEvent& ev = events->first();
        QCOMPARE(ev.keyId, a->key.id);
        const QJsonObject changes = ev.details.value(QStringLiteral("changes")).toObject();
        const QStringList changed = changes.keys();
        QCOMPARE(
            QSet<QString>(changed.cbegin(), changed.cend()),
            (QSet<QString>{QStringLiteral("owner"), QStringLiteral("scopes"), QStringLiteral("expires_at")}));
        const QJsonObject owner = changes.value(QStringLiteral("owner")).toObject();
        QCOMPARE(owner.value(QStringLiteral("from")).toString(), QStringLiteral("bob"));
        QCOMPARE(owner.value(QStringLiteral("to")).toString(), QStringLiteral("carol"));
        const QJsonObject scopeChange = changes.value(QStringLiteral("scopes")).toObject();
        QCOMPARE(scopeChange.value(QStringLiteral("from")).toArray(),
                 QJsonArray{QStringLiteral("chat:read")});
        QCOMPARE(scopeChange.value(QStringLiteral("to")).toArray(),
                 (QJsonArray{QStringLiteral("chat:read"), QStringLiteral("chat:write")}));
        const QJsonObject expiry = changes.value(QStringLiteral("expires_at")).toObject();
        QCOMPARE(expiry.value(QStringLiteral("from")).toString(), QStringLiteral("2030-01-31T12:00:00Z"));
        QCOMPARE(expiry.value(QStringLiteral("to")).toString(), QStringLiteral("2030-03-03T12:00:00Z"));
        QCOMPARE(toIso(oldExpiry), QStringLiteral("2030-01-31T12:00:00Z"));

        // No change, no event.
        REQUIRE_OK(f.inv().edit(a->key.id, e));
        QCOMPARE(AuditLog(f.ws()).list(af)->size(), 1);
    }

    void editCannotEscapeThePolicy()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat"), chatPolicy()));
        const Result<Issued> a = f.issue(QStringLiteral("chat-api"), QStringLiteral("backend"));
        REQUIRE_OK(a);
        const qint64 events = f.count(QStringLiteral("audit"));
        QList<KeyEdit> refused;
        KeyEdit scope;
        scope.scopes = QStringList{QStringLiteral("admin")};
        refused.append(scope);
        KeyEdit model;
        model.models = QStringList{QStringLiteral("gpt-huge")};
        refused.append(model);
        KeyEdit tooLong;
        tooLong.expiresAt = f.clock.now().addDays(91);
        refused.append(tooLong);
        KeyEdit past;
        past.expiresAt = f.clock.now().addSecs(-1);
        refused.append(past);
        KeyEdit noName;
        noName.name = QStringLiteral("  ");
        refused.append(noName);
        KeyEdit negative;
        negative.tier = RateTier{-1, 0, 0};
        refused.append(negative);
        for (const KeyEdit& e : std::as_const(refused)) {
            const Result<KeyRecord> r = f.inv().edit(a->key.id, e);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Invalid);
        }
        const Result<KeyRecord> after = f.inv().key(a->key.id);
        QCOMPARE(after->scopes, a->key.scopes);
        QCOMPARE(after->expiresAt, a->key.expiresAt);
        QCOMPARE(after->name, a->key.name);
        QCOMPARE(f.count(QStringLiteral("audit")), events);
    }

    void keysFilters()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        REQUIRE_OK(f.project(QStringLiteral("embeddings"), QStringLiteral("emb")));
        const QDateTime t0 = f.clock.now();
        const QStringList read{QStringLiteral("chat:read")};
        const QStringList write{QStringLiteral("chat:write"), QStringLiteral("chat:read")};
        // A expires soon, B lives long, C is revoked, D is rotated (to D2), E is in the reminder window.
        const Issued a = f.issue(QStringLiteral("chat-api"), QStringLiteral("Backend A"),
                                 QStringLiteral("Alice"), Env::Live, read, t0.addDays(2))
                             .value();
        const Issued b = f.issue(QStringLiteral("chat-api"), QStringLiteral("batch job"),
                                 QStringLiteral("bob"), Env::Test, write, t0.addDays(80))
                             .value();
        const Issued c = f.issue(QStringLiteral("chat-api"), QStringLiteral("old backend"),
                                 QStringLiteral("alice"), Env::Live, write, t0.addDays(80))
                             .value();
        const Issued d = f.issue(QStringLiteral("chat-api"), QStringLiteral("worker"),
                                 QStringLiteral("Caroline"), Env::Live, {}, t0.addDays(80))
                             .value();
        const Issued e = f.issue(QStringLiteral("chat-api"), QStringLiteral("cron"), QStringLiteral("bob"),
                                 Env::Test, read, t0.addDays(15))
                             .value();
        const Issued other = f.issue(QStringLiteral("embeddings"), QStringLiteral("backend"),
                                     QStringLiteral("alice"), Env::Live, read, t0.addDays(80))
                                 .value();
        REQUIRE_OK(f.inv().revoke(c.key.id, RevokeReason::Compromised, QString()));
        const Result<Issued> d2 = f.rotate(d.key.id, 30 * Day);
        REQUIRE_OK(d2);
        f.clock.advanceDays(3); // A is now expired, E has 12 days left

        const auto ids = [&](const KeyFilter& filter) {
            const Result<QList<KeyRecord>> r = f.inv().keys(filter);
            return r ? idsOf(r.value()) : QSet<QString>{QStringLiteral("error: ") + r.error().message};
        };
        const QString chat = f.inv().project(QStringLiteral("chat-api"))->id;
        KeyFilter inChat;
        inChat.projectId = chat;
        QCOMPARE(ids(inChat), (QSet<QString>{a.key.id, b.key.id, c.key.id, d.key.id, e.key.id, d2->key.id}));
        QCOMPARE(ids(KeyFilter()).size(), 7);

        KeyFilter byEnv = inChat;
        byEnv.env = Env::Test;
        QCOMPARE(ids(byEnv), (QSet<QString>{b.key.id, e.key.id}));

        const auto withState = [&](KeyState s) {
            KeyFilter fl = inChat;
            fl.state = s;
            return ids(fl);
        };
        QCOMPARE(withState(KeyState::Active), (QSet<QString>{b.key.id, d2->key.id}));
        QCOMPARE(withState(KeyState::Expiring), QSet<QString>{e.key.id});
        QCOMPARE(withState(KeyState::Expired), QSet<QString>{a.key.id});
        QCOMPARE(withState(KeyState::InGrace), QSet<QString>{d.key.id});
        QCOMPARE(withState(KeyState::Revoked), QSet<QString>{c.key.id});

        KeyFilter byOwner;
        byOwner.owner = QStringLiteral("ALICE"); // case-insensitive, exact
        QCOMPARE(ids(byOwner), (QSet<QString>{a.key.id, c.key.id, other.key.id}));
        byOwner.owner = QStringLiteral("ali");
        QCOMPARE(ids(byOwner), QSet<QString>());

        KeyFilter byScope = inChat;
        byScope.scope = QStringLiteral("chat:write");
        QCOMPARE(ids(byScope), (QSet<QString>{b.key.id, c.key.id}));
        byScope.scope = QStringLiteral("chat:read");
        QCOMPARE(ids(byScope), (QSet<QString>{a.key.id, b.key.id, c.key.id, e.key.id}));
        byScope.scope = QStringLiteral("chat"); // a scope is matched whole, not as a substring
        QCOMPARE(ids(byScope), QSet<QString>());

        KeyFilter byText;
        byText.text = QStringLiteral("BACKEND"); // name, case-insensitive substring
        QCOMPARE(ids(byText), (QSet<QString>{a.key.id, c.key.id, other.key.id}));
        byText.text = QStringLiteral("ROLIN"); // owner
        QCOMPARE(ids(byText), (QSet<QString>{d.key.id, d2->key.id}));
        byText.text = b.key.hint; // hint
        QVERIFY(ids(byText).contains(b.key.id));
        byText.text = e.key.id.mid(4, 10); // part of the id
        QVERIFY(ids(byText).contains(e.key.id));
        byText.text = QStringLiteral("emb_live_");
        QCOMPARE(ids(byText), QSet<QString>{other.key.id});

        KeyFilter byIds;
        byIds.ids = {a.key.id, other.key.id, QStringLiteral("key_none")};
        QCOMPARE(ids(byIds), (QSet<QString>{a.key.id, other.key.id}));

        KeyFilter combined = inChat;
        combined.env = Env::Live;
        combined.owner = QStringLiteral("alice");
        combined.state = KeyState::Expired;
        QCOMPARE(ids(combined), QSet<QString>{a.key.id});
    }

    // Design §5: a project bound to a registry queues every change in the change's own transaction.
    void outboxFollowsBoundProjects()
    {
        OPEN_FIXTURE(f);
        const Result<Project> p = f.project(QStringLiteral("chat-api"), QStringLiteral("chat"));
        REQUIRE_OK(p);
        REQUIRE_OK(f.project(QStringLiteral("local"), QStringLiteral("loc")));
        REQUIRE_OK(f.issue(QStringLiteral("local"), QStringLiteral("x")));
        Outbox outbox(f.ws());
        QCOMPARE(outbox.pendingCount().value(), qint64(0)); // unbound projects queue nothing

        Project bound = p.value();
        bound.registryProfile = QStringLiteral("prod-etcd");
        REQUIRE_OK(ProjectRepo(f.ws()).update(bound));
        const Result<Issued> a = f.issue(QStringLiteral("chat-api"), QStringLiteral("a"));
        REQUIRE_OK(a);
        REQUIRE_OK(f.inv().revoke(a->key.id, RevokeReason::Unused, QString()));
        const Result<QList<OutboxEntry>> pending = outbox.pending();
        REQUIRE_OK(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).op, QStringLiteral("key.issue"));
        QCOMPARE(pending->at(1).op, QStringLiteral("key.revoke"));
        for (const OutboxEntry& entry : pending.value()) {
            QCOMPARE(entry.entity, QStringLiteral("key"));
            QCOMPARE(entry.entityId, a->key.id);
            QCOMPARE(entry.projectId, p->id);
            QCOMPARE(entry.createdAt, f.clock.now());
            const QJsonObject record = entry.payload.value(QStringLiteral("record")).toObject();
            QCOMPARE(record.value(QStringLiteral("hash")).toString(), sha256Hex(a->secret));
            QVERIFY(!entry.payload.value(QStringLiteral("audit_event_id")).toString().isEmpty());
        }
        QCOMPARE(pending->at(1)
                     .payload.value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(outbox.pending(1)->size(), 1);
        REQUIRE_OK(outbox.remove(pending->at(0).seq));
        QCOMPARE(outbox.pendingCount().value(), qint64(1));
        QCOMPARE(outbox.pending()->first().op, QStringLiteral("key.revoke"));
    }

    void hintNamingTwoKeysIsAmbiguous()
    {
        OPEN_FIXTURE(f);
        REQUIRE_OK(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        const Result<Issued> a = f.issue(QStringLiteral("chat-api"), QStringLiteral("a"));
        REQUIRE_OK(a);
        KeyRecord twin = a->key;
        twin.id = newKeyId();
        twin.hash = sha256Hex(QStringLiteral("another secret"));
        REQUIRE_OK(KeyRepo(f.ws()).insert(twin));
        const Result<KeyRecord> r = f.inv().key(a->key.hint);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(f.inv().key(twin.id)->id, twin.id);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
