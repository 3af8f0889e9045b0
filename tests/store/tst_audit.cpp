// SPDX-License-Identifier: GPL-3.0-or-later
// The append-only, hash-chained audit trail of design §6: one event per change, verification of an
// intact chain, and detection of edits and deletions made behind Keyward's back with raw SQL.
#include "InventoryFixture.h"
#include "store/AuditLog.h"
#include "store/KeyReplay.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using kw::test::InventoryFixture;
using kw::test::Issued;
using kw::test::RawDb;

namespace {

#define OPEN_FIXTURE(f)                                                                                      \
    InventoryFixture f;                                                                                      \
    do {                                                                                                     \
        const QString error_ = f.open();                                                                     \
        QVERIFY2(error_.isEmpty(), qPrintable(error_));                                                      \
    } while (false)

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                    \
    } while (false)

QList<AuditEvent> allEvents(Workspace& ws)
{
    const Result<QList<AuditEvent>> r = AuditLog(ws).list(AuditFilter());
    return r ? r.value() : QList<AuditEvent>();
}

QStringList actionsOf(const QList<AuditEvent>& events)
{
    QStringList out;
    for (const AuditEvent& e : events) {
        out.append(e.action);
    }
    return out;
}

// A workspace with a small history: project, three keys, a rotation, an edit, a revocation.
// Each step happens one hour after the previous one.
void buildHistory(InventoryFixture& f)
{
    QVERIFY(f.project(QStringLiteral("chat-api"), QStringLiteral("chat")).ok());
    f.clock.advanceSecs(3600);
    const Result<Issued> a = f.issue(QStringLiteral("chat-api"), QStringLiteral("a"));
    QVERIFY(a);
    f.clock.advanceSecs(3600);
    const Result<Issued> b = f.issue(QStringLiteral("chat-api"), QStringLiteral("b"));
    QVERIFY(b);
    f.clock.advanceSecs(3600);
    QVERIFY(f.rotate(a.value().key.id).ok());
    f.clock.advanceSecs(3600);
    KeyEdit e;
    e.owner = QStringLiteral("carol");
    QVERIFY(f.inv().edit(b.value().key.id, e).ok());
    f.clock.advanceSecs(3600);
    QVERIFY(f.inv().revoke(b.value().key.id, RevokeReason::Unused, QString()).ok());
    f.clock.advanceSecs(3600);
    QVERIFY(f.issue(QStringLiteral("chat-api"), QStringLiteral("c")).ok());
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMutationWritesOneEvent()
    {
        OPEN_FIXTURE(f);
        qsizetype before = 0;
        // After each step, exactly the listed events are new, with the right action, key, actor and time.
        const auto expectNew = [&](const QStringList& actions, const QStringList& keyIds,
                                   const QString& projectId) {
            const QList<AuditEvent> events = allEvents(f.ws());
            QCOMPARE(events.size(), before + actions.size());
            const QList<AuditEvent> fresh = events.mid(before);
            QCOMPARE(actionsOf(fresh), actions);
            for (qsizetype i = 0; i < fresh.size(); ++i) {
                QCOMPARE(fresh.at(i).keyId, keyIds.at(i));
                QCOMPARE(fresh.at(i).projectId, projectId);
                QCOMPARE(fresh.at(i).actor, QStringLiteral("alice"));
                QCOMPARE(fresh.at(i).at, f.clock.now());
                QVERIFY(fresh.at(i).id.startsWith(QStringLiteral("evt_")));
            }
            before = events.size();
        };

        const Result<Project> p = f.project(QStringLiteral("chat-api"), QStringLiteral("chat"));
        REQUIRE_OK(p);
        const QString pid = p.value().id;
        expectNew({QStringLiteral("project.create")}, {QString()}, pid);

        f.clock.advanceSecs(60);
        ProjectDraft change;
        change.description = QStringLiteral("changed");
        REQUIRE_OK(f.inv().editProject(pid, change));
        expectNew({QStringLiteral("project.edit")}, {QString()}, pid);

        f.clock.advanceSecs(60);
        const Result<Issued> a = f.issue(pid, QStringLiteral("a"));
        REQUIRE_OK(a);
        const QString aid = a.value().key.id;
        expectNew({QStringLiteral("key.issue")}, {aid}, pid);

        f.clock.advanceSecs(60);
        KeyEdit e;
        e.notes = QStringLiteral("hello");
        REQUIRE_OK(f.inv().edit(aid, e));
        expectNew({QStringLiteral("key.edit")}, {aid}, pid);

        f.clock.advanceSecs(60);
        REQUIRE_OK(f.inv().recordReveal(aid));
        expectNew({QStringLiteral("key.reveal")}, {aid}, pid);

        // A rotation touches two keys: the successor is issued, the predecessor rotated; one event each.
        f.clock.advanceSecs(60);
        const Result<Issued> next = f.rotate(aid);
        REQUIRE_OK(next);
        const QString nid = next.value().key.id;
        expectNew({QStringLiteral("key.issue"), QStringLiteral("key.rotate")}, {nid, aid}, pid);
        const AuditEvent rotateEvent = allEvents(f.ws()).constLast();
        QCOMPARE(rotateEvent.details.value(QStringLiteral("rotated_to")).toString(), nid);

        f.clock.advanceSecs(60);
        REQUIRE_OK(f.inv().revoke(aid, RevokeReason::Rotated, QString()));
        expectNew({QStringLiteral("key.revoke")}, {aid}, pid);
        QCOMPARE(allEvents(f.ws()).constLast().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("rotated"));

        // Refused changes and changes to nothing write nothing.
        QVERIFY(!f.inv().revoke(aid, RevokeReason::Rotated, QString()));
        QVERIFY(!f.issue(pid, QStringLiteral("  ")));
        REQUIRE_OK(f.inv().edit(nid, KeyEdit()));
        REQUIRE_OK(f.inv().editProject(pid, change));
        QCOMPARE(allEvents(f.ws()).size(), before);

        // Each event names the key by its hint, never by a secret.
        for (const AuditEvent& ev : allEvents(f.ws())) {
            if (!ev.keyId.isEmpty()) {
                QCOMPARE(ev.details.value(QStringLiteral("key_hint")).toString(),
                         f.inv().key(ev.keyId).value().hint);
            }
            const QByteArray details = QJsonDocument(ev.details).toJson();
            QVERIFY(!details.contains(a.value().secret.toUtf8()));
            QVERIFY(!details.contains(next.value().secret.toUtf8()));
        }
    }

    void untouchedChainVerifies()
    {
        OPEN_FIXTURE(f);
        {
            // An empty trail is intact.
            const Result<AuditVerification> v = AuditLog(f.ws()).verify();
            REQUIRE_OK(v);
            QVERIFY(v.value().ok);
            QCOMPARE(v.value().checked, qint64(0));
        }
        buildHistory(f);
        const QList<AuditEvent> events = allEvents(f.ws());
        QCOMPARE(events.size(), 8);
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY2(v.value().ok, qPrintable(v.value().problem));
        QCOMPARE(v.value().checked, qint64(events.size()));
        QCOMPARE(v.value().lastGoodSeq, events.constLast().seq);
        QVERIFY(v.value().firstBadId.isEmpty());

        // The chain as stored, recomputed here from the raw rows:
        // hash = SHA-256(prev_hash || compact JSON of the event, seq included, with sorted keys),
        // first prev_hash 64 zeros.
        RawDb raw(f.path());
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, action, project_id, key_id, details, prev_hash, "
                                      "hash, seq FROM audit ORDER BY seq")));
        QString prev(64, u'0');
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(q.value(7).toString(), prev);
            const QJsonObject canonical{
                {QStringLiteral("id"), q.value(0).toString()},
                {QStringLiteral("at"), q.value(1).toLongLong()},
                {QStringLiteral("actor"), q.value(2).toString()},
                {QStringLiteral("action"), q.value(3).toString()},
                {QStringLiteral("project_id"), q.value(4).toString()},
                {QStringLiteral("key_id"), q.value(5).toString()},
                {QStringLiteral("details"), QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()},
                {QStringLiteral("seq"), q.value(9).toLongLong()}};
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(prev.toLatin1());
            h.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
            const QString expected = QString::fromLatin1(h.result().toHex());
            QCOMPARE(q.value(8).toString(), expected);
            prev = expected;
        }
        QCOMPARE(rows, 8);
    }

    void chainSurvivesReopening()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        const QString path = f.path();
        f.close();
        QVERIFY(f.open().isEmpty());
        QCOMPARE(f.path(), path);
        REQUIRE_OK(f.issue(QStringLiteral("chat-api"), QStringLiteral("after reopening")));
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY2(v.value().ok, qPrintable(v.value().problem));
        QCOMPARE(v.value().checked, qint64(9));
    }

    void triggersStopAccidentalChanges()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        RawDb raw(f.path());
        const QString update = raw.exec(QStringLiteral("UPDATE audit SET actor = 'mallory'"));
        QVERIFY2(update.contains(QStringLiteral("append-only")), qPrintable(update));
        const QString remove = raw.exec(QStringLiteral("DELETE FROM audit WHERE seq = 1"));
        QVERIFY2(remove.contains(QStringLiteral("append-only")), qPrintable(remove));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE actor = 'mallory'")).toInt(), 0);
        QCOMPARE(allEvents(f.ws()).size(), 8);
        QVERIFY(AuditLog(f.ws()).verify().value().ok);
    }

    void editedEventIsNamed_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("details") << QStringLiteral("details")
                                 << QStringLiteral("{\"key_hint\":\"chat_live_000000\",\"name\":\"b\"}");
        QTest::newRow("actor") << QStringLiteral("actor") << QStringLiteral("mallory");
        QTest::newRow("action") << QStringLiteral("action") << QStringLiteral("key.reveal");
        QTest::newRow("time") << QStringLiteral("at") << QStringLiteral("1");
        QTest::newRow("key") << QStringLiteral("key_id") << QStringLiteral("key_0000000000000000");
        QTest::newRow("project") << QStringLiteral("project_id") << QStringLiteral("prj_0000000000000000");
    }

    // Drop the guard, change one field of event N: verify names N, and trusts the events before it.
    void editedEventIsNamed()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        OPEN_FIXTURE(f);
        buildHistory(f);
        const QList<AuditEvent> events = allEvents(f.ws());
        const AuditEvent& target = events.at(4);
        {
            RawDb raw(f.path());
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_update")), QString());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE audit SET %1 = ? WHERE id = ?").arg(column),
                              {value, target.id}),
                     QString());
        }
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY(!v.value().ok);
        QCOMPARE(v.value().firstBadId, target.id);
        QCOMPARE(v.value().firstBadSeq, target.seq);
        QCOMPARE(v.value().lastGoodSeq, events.at(3).seq);
        QVERIFY(!v.value().problem.isEmpty());
    }

    // The verifier hashes the stored details text as it is; a row stored in another (equal)
    // form, such as one written by another tool, must still verify through the canonical form.
    void reformattedDetailsStillVerify()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        const QList<AuditEvent> events = allEvents(f.ws());
        const AuditEvent& target = events.at(4);
        QVERIFY(!target.details.isEmpty());
        {
            RawDb raw(f.path());
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_update")), QString());
            QCOMPARE(
                raw.exec(QStringLiteral("UPDATE audit SET details = ? WHERE id = ?"),
                         {QString::fromUtf8(QJsonDocument(target.details).toJson(QJsonDocument::Indented)),
                          target.id}),
                QString());
        }
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY2(v.value().ok, qPrintable(v.value().problem));
        QCOMPARE(v.value().checked, qint64(events.size()));
    }

    // A careful forger also recomputes the edited event's hash: the next event no longer links to it.
    void rehashedEditIsCaughtByTheNextEvent()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        const QList<AuditEvent> events = allEvents(f.ws());
        AuditEvent forged = events.at(2);
        forged.actor = QStringLiteral("mallory");
        forged.hash = AuditLog::chainHash(forged.prevHash, AuditLog::canonical(forged));
        {
            RawDb raw(f.path());
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_update")), QString());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE audit SET actor = ?, hash = ? WHERE id = ?"),
                              {forged.actor, forged.hash, forged.id}),
                     QString());
        }
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY(!v.value().ok);
        QCOMPARE(v.value().firstBadId, events.at(3).id);
        QCOMPARE(v.value().lastGoodSeq, events.at(2).seq);
    }

    void deletedLastEventIsReported()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        const QList<AuditEvent> events = allEvents(f.ws());
        const AuditEvent& last = events.constLast();
        {
            RawDb raw(f.path());
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_delete")), QString());
            QCOMPARE(raw.exec(QStringLiteral("DELETE FROM audit WHERE id = ?"), {last.id}), QString());
        }
        QCOMPARE(allEvents(f.ws()).size(), events.size() - 1);
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY(!v.value().ok);
        QCOMPARE(v.value().lastGoodSeq, events.at(events.size() - 2).seq);
        QCOMPARE(v.value().firstBadSeq, last.seq);
        QVERIFY2(v.value().problem.contains(QStringLiteral("removed")), qPrintable(v.value().problem));
        QVERIFY2(v.value().problem.contains(QString::number(last.seq)), qPrintable(v.value().problem));
    }

    // Work goes on after the last event was cut: the cut must stay visible, not be papered over
    // by the next event chaining onto what is now the end of the table.
    void deletedLastEventStaysReportedAfterMoreChanges()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        const QList<AuditEvent> events = allEvents(f.ws());
        {
            RawDb raw(f.path());
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_delete")), QString());
            QCOMPARE(raw.exec(QStringLiteral("DELETE FROM audit WHERE id = ?"), {events.constLast().id}),
                     QString());
        }
        f.clock.advanceSecs(60);
        const Result<Issued> more = f.issue(QStringLiteral("chat-api"), QStringLiteral("more"));
        REQUIRE_OK(more);
        const AuditEvent newest = allEvents(f.ws()).constLast();
        QCOMPARE(newest.keyId, more.value().key.id);
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY2(!v.value().ok, "a deleted event went unnoticed once a new event was appended");
        QCOMPARE(v.value().firstBadId, newest.id);
        QCOMPARE(v.value().lastGoodSeq, events.at(events.size() - 2).seq);
        QVERIFY2(v.value().problem.contains(QStringLiteral("removed")), qPrintable(v.value().problem));
    }

    void deletedMiddleEventNamesTheNextOne()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        const QList<AuditEvent> events = allEvents(f.ws());
        {
            RawDb raw(f.path());
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_delete")), QString());
            QCOMPARE(raw.exec(QStringLiteral("DELETE FROM audit WHERE id = ?"), {events.at(5).id}),
                     QString());
        }
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY(!v.value().ok);
        QCOMPARE(v.value().firstBadId, events.at(6).id);
        QCOMPARE(v.value().firstBadSeq, events.at(6).seq);
        QCOMPARE(v.value().lastGoodSeq, events.at(4).seq);
        QVERIFY2(v.value().problem.contains(QStringLiteral("removed")), qPrintable(v.value().problem));
    }

    void deletedFirstEventIsReported()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        const QList<AuditEvent> events = allEvents(f.ws());
        {
            RawDb raw(f.path());
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_delete")), QString());
            QCOMPARE(raw.exec(QStringLiteral("DELETE FROM audit WHERE id = ?"), {events.at(0).id}),
                     QString());
        }
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY(!v.value().ok);
        QCOMPARE(v.value().firstBadId, events.at(1).id);
        QCOMPARE(v.value().lastGoodSeq, qint64(0));
    }

    // A workspace written before schema 7 (events hashed without their seq) still verifies after
    // the upgrade, which seals its old events; renumbering one of them then fails.
    void legacyEventsAreSealedOnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.keyward"));
        {
            RawDb raw(path);
            QVERIFY(raw.isOpen());
            for (const Migration& m : migrations()) {
                for (const QString& sql : m.version <= 6 ? m.statements : QStringList()) {
                    QCOMPARE(raw.exec(sql), QString());
                }
            }
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version=6")), QString());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA application_id=%1").arg(WorkspaceApplicationId)),
                     QString());
            QString prev = AuditLog::genesisHash();
            for (int seq = 1; seq <= 3; ++seq) {
                AuditEvent e;
                e.seq = seq;
                e.id = QStringLiteral("evt_legacy%1").arg(seq);
                e.at = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + seq, Qt::UTC);
                e.actor = QStringLiteral("ana");
                e.action = QStringLiteral("project.create");
                e.details = {{QStringLiteral("n"), seq}};
                const QString hash = AuditLog::chainHash(prev, AuditLog::canonical(e, false));
                QCOMPARE(raw.exec(QStringLiteral("INSERT INTO audit VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?)"),
                                  {e.seq, e.id, toMs(e.at), e.actor, e.action,
                                   QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
                                   prev, hash}),
                         QString());
                prev = hash;
            }
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO settings VALUES ('audit.head_seq', '3'),"
                                             " ('audit.head_hash', ?)"),
                              {prev}),
                     QString());
        }
        {
            Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, Workspace::OpenMode::OpenExisting);
            REQUIRE_OK(ws);
            QCOMPARE((*ws)->schemaVersion(), latestSchemaVersion());
            const QList<AuditEvent> events = allEvents(**ws);
            QCOMPARE(events.size(), 4);
            QCOMPARE(events.constLast().action, QStringLiteral("audit.upgrade"));
            QCOMPARE(events.constLast().details.value(QStringLiteral("legacy_events")).toInt(), 3);
            const Result<AuditVerification> v = AuditLog(**ws).verify();
            REQUIRE_OK(v);
            QVERIFY2(v.value().ok, qPrintable(v.value().problem));
            QCOMPARE(v.value().checked, 4);
        }
        {
            // The first old event renumbered, order kept: only the seal can tell.
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("DROP TRIGGER audit_no_update")), QString());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE audit SET seq = 0 WHERE seq = 1")), QString());
        }
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        REQUIRE_OK(ws);
        const Result<AuditVerification> v = AuditLog(**ws).verify();
        REQUIRE_OK(v);
        QVERIFY(!v.value().ok);
        QVERIFY2(v.value().problem.contains(QStringLiteral("upgrade")), qPrintable(v.value().problem));
    }

    // The keys table must be what its events made it: an edit behind Keyward's back names the key.
    void keyStateIsReplayed()
    {
        OPEN_FIXTURE(f);
        buildHistory(f);
        REQUIRE_OK(AuditLog(f.ws()).verify());
        QVERIFY(AuditLog(f.ws()).verify()->ok);
        const Result<QList<KeyRecord>> keys = f.inv().keys({});
        REQUIRE_OK(keys);
        const QString id = keys->constFirst().id;
        {
            RawDb raw(f.path());
            QCOMPARE(raw.exec(QStringLiteral("UPDATE keys SET models = '[\"gpt-x\"]' WHERE id = ?"), {id}),
                     QString());
        }
        const Result<AuditVerification> v = AuditLog(f.ws()).verify();
        REQUIRE_OK(v);
        QVERIFY(!v.value().ok);
        QCOMPARE(v.value().badKeyId, id);
        QVERIFY2(v.value().problem.contains(QStringLiteral("models")), qPrintable(v.value().problem));
    }

    // What the registry's merges record replays too: kept values of a conflict, and a `state`.
    void registryEventsReplay()
    {
        KeyReplay::State s;
        KeyReplay::applyEvent(s, u"key.issue", QStringLiteral("ana"),
                              {{QStringLiteral("scopes"), QJsonArray{QStringLiteral("a")}},
                               {QStringLiteral("expires_at"), QStringLiteral("2030-01-01T00:00:00Z")}});
        QVERIFY(s.created);
        QCOMPARE(s.scopes, QStringList{QStringLiteral("a")});
        KeyReplay::applyEvent(
            s, u"registry.conflict", QStringLiteral("ana"),
            {{QStringLiteral("fields"),
              QJsonObject{{QStringLiteral("status"),
                           QJsonObject{{QStringLiteral("kept"), QStringLiteral("revoked")}}},
                          {QStringLiteral("revoked_by"),
                           QJsonObject{{QStringLiteral("kept"), QStringLiteral("bob")}}},
                          {QStringLiteral("expires_at"),
                           QJsonObject{{QStringLiteral("kept"), QStringLiteral("2029-01-01T00:00:00Z")}}}}}});
        QVERIFY(s.revoked);
        QCOMPARE(s.revokedBy, QStringLiteral("bob"));
        QCOMPARE(s.expires, QDateTime(QDate(2029, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        KeyReplay::State pulled;
        KeyReplay::applyEvent(
            pulled, u"key.sync", QStringLiteral("keyward"),
            {{QStringLiteral("state"),
              QJsonObject{{QStringLiteral("status"), QStringLiteral("active")},
                          {QStringLiteral("models"), QJsonArray{QStringLiteral("m")}},
                          {QStringLiteral("grace_until"), QStringLiteral("2028-01-01T00:00:00Z")}}}});
        QVERIFY(pulled.created);
        QVERIFY(!pulled.revoked);
        QCOMPARE(pulled.models, QStringList{QStringLiteral("m")});
        QVERIFY(pulled.graceUntil > 0);
    }

    void listFilters()
    {
        OPEN_FIXTURE(f);
        const QDateTime t0 = f.clock.now();
        buildHistory(f); // events at t0 (project), +1h, +2h, +3h (2), +4h, +5h, +6h
        Inventory bob(f.ws(), QStringLiteral("bob"), f.clock.clock());
        QVERIFY(bob.recordReveal(allEvents(f.ws()).at(1).keyId).ok()); // at +6h, by bob
        AuditLog log(f.ws());
        const auto list = [&](const AuditFilter& filter) {
            const Result<QList<AuditEvent>> r = log.list(filter);
            return r ? r.value() : QList<AuditEvent>();
        };
        const QList<AuditEvent> all = list(AuditFilter());
        QCOMPARE(all.size(), 9);

        AuditFilter keyPrefix;
        keyPrefix.action = QStringLiteral("key.");
        const QList<AuditEvent> keyEvents = list(keyPrefix);
        QCOMPARE(keyEvents.size(), 8);
        for (const AuditEvent& e : keyEvents) {
            QVERIFY2(e.action.startsWith(QStringLiteral("key.")), qPrintable(e.action));
        }
        AuditFilter projectPrefix;
        projectPrefix.action = QStringLiteral("project.");
        QCOMPARE(actionsOf(list(projectPrefix)), QStringList{QStringLiteral("project.create")});
        AuditFilter exact;
        exact.action = QStringLiteral("key.issue");
        QCOMPARE(list(exact).size(), 4);
        exact.action = QStringLiteral("key"); // no trailing '.': an exact action, which none has
        QCOMPARE(list(exact).size(), 0);

        // [from, to): +1h and +2h, not +3h.
        AuditFilter range;
        range.from = t0.addSecs(3600);
        range.to = t0.addSecs(3 * 3600);
        const QList<AuditEvent> inRange = list(range);
        QCOMPARE(inRange.size(), 2);
        QCOMPARE(inRange.at(0).at, t0.addSecs(3600));
        QCOMPARE(inRange.at(1).at, t0.addSecs(2 * 3600));
        AuditFilter open;
        open.from = t0.addSecs(3 * 3600);
        QCOMPARE(list(open).size(), 6);
        AuditFilter until;
        until.to = t0.addSecs(1);
        QCOMPARE(actionsOf(list(until)), QStringList{QStringLiteral("project.create")});

        AuditFilter byActor;
        byActor.actor = QStringLiteral("bob");
        QCOMPARE(actionsOf(list(byActor)), QStringList{QStringLiteral("key.reveal")});

        AuditFilter byKey;
        byKey.keyId = all.at(1).keyId; // key a: issue, rotate, bob's reveal
        const QStringList aActions{QStringLiteral("key.issue"), QStringLiteral("key.rotate"),
                                   QStringLiteral("key.reveal")};
        QCOMPARE(actionsOf(list(byKey)), aActions);

        AuditFilter byProject;
        byProject.projectId = all.at(0).projectId;
        QCOMPARE(list(byProject).size(), 9);
        byProject.projectId = QStringLiteral("prj_other");
        QCOMPARE(list(byProject).size(), 0);

        AuditFilter newest;
        newest.newestFirst = true;
        newest.limit = 3;
        const QList<AuditEvent> last3 = list(newest);
        QCOMPARE(last3.size(), 3);
        QCOMPARE(last3.at(0).id, all.at(8).id);
        QCOMPARE(last3.at(2).id, all.at(6).id);

        AuditFilter combined;
        combined.action = QStringLiteral("key.");
        combined.from = t0.addSecs(3 * 3600);
        combined.to = t0.addSecs(4 * 3600);
        const QStringList rotation{QStringLiteral("key.issue"), QStringLiteral("key.rotate")};
        QCOMPARE(actionsOf(list(combined)), rotation);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
