// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace file of design §6: creation, reopening, and refusing (without touching) every file
// that is not a Keyward workspace this version can read.
#include "StoreTestSupport.h"
#include "store/Migrations.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace kw;
using kw::test::ageFile;
using kw::test::fingerprint;
using kw::test::Fingerprint;
using kw::test::RawDb;
using kw::test::readAll;

namespace {

QVariant pragma(Workspace& ws, const QString& name)
{
    QSqlQuery q(ws.db());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
        return {};
    }
    return q.value(0);
}

QStringList sidecars(const QString& path)
{
    QStringList found;
    for (const QString& suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix)) {
            found.append(path + suffix);
        }
    }
    return found;
}

quint32 headerWord(const QByteArray& file, int offset)
{
    return qFromBigEndian<quint32>(file.constData() + offset);
}

bool runSqlite3(const QString& path, const QString& script)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (exe.isEmpty()) {
        return false;
    }
    QProcess p;
    p.start(exe, {path, script});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    // Opens path in both modes, expects a Storage error naming the file, and checks the file is
    // byte for byte what it was, with the same modification time and no journal left beside it.
    void expectRefusedUntouched(const QString& path, const QString& mustMention)
    {
        QVERIFY(ageFile(path));
        const Fingerprint before = fingerprint(path);
        for (Workspace::OpenMode mode :
             {Workspace::OpenMode::OpenOrCreate, Workspace::OpenMode::OpenExisting}) {
            const Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, mode);
            QVERIFY(!ws);
            QCOMPARE(ws.error().code, ErrorCode::Storage);
            const QString& message = ws.error().message;
            QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
            QVERIFY2(message.contains(mustMention), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("untouched")), qPrintable(message));
        }
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(sidecars(path), QStringList());
    }

private Q_SLOTS:
    void migrationsAreNumberedInOrder()
    {
        const QList<Migration>& all = migrations();
        QVERIFY(!all.isEmpty());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).version, int(i + 1));
            QVERIFY(!all.at(i).statements.isEmpty() || all.at(i).after);
        }
        QCOMPARE(latestSchemaVersion(), int(all.size()));
    }

    void createsNewWorkspace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("nested/folder/ws.keyward"));
        {
            Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            Workspace& w = **ws;
            QCOMPARE(w.path(), QFileInfo(path).absoluteFilePath());
            QCOMPARE(pragma(w, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(pragma(w, QStringLiteral("foreign_keys")).toInt(), 1);
            QCOMPARE(pragma(w, QStringLiteral("user_version")).toInt(), latestSchemaVersion());
            QCOMPARE(w.schemaVersion(), latestSchemaVersion());
            // 'KWRD' as a big-endian 32-bit number.
            QCOMPARE(pragma(w, QStringLiteral("application_id")).toLongLong(), 0x4B575244LL);

            // Foreign keys are enforced, not just switched on.
            const Result<QSqlQuery> orphan = w.exec(
                QStringLiteral(
                    "INSERT INTO keys(id, project_id, name, env, hint, hash, created_at, created_by,"
                    " status, updated_at, updated_by) VALUES('key_x', 'prj_missing', 'n', 'live', 'h', ?,"
                    " 1, 'me', 'active', 1, 'me')"),
                {QString(64, u'a')});
            QVERIFY(!orphan);
            QVERIFY2(orphan.error().message.contains(QStringLiteral("FOREIGN KEY")),
                     qPrintable(orphan.error().message));

            // The schema of design §6 is there.
            QStringList objects;
            QSqlQuery q(w.db());
            QVERIFY(
                q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")));
            while (q.next()) {
                objects.append(q.value(0).toString());
            }
            for (const char* name : {"settings", "projects", "keys", "audit", "outbox",
                                     "keys_revocation_is_final", "audit_no_update", "audit_no_delete"}) {
                QVERIFY2(objects.contains(QString::fromLatin1(name)), name);
            }
        }
        // After closing, the file header itself says: SQLite, WAL, our schema version, 'KWRD'.
        const QByteArray header = readAll(path).left(100);
        QCOMPARE(header.size(), 100);
        QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
        QCOMPARE(int(header.at(18)), 2); // write version 2 = WAL
        QCOMPARE(int(header.at(19)), 2); // read version 2 = WAL
        QCOMPARE(headerWord(header, 60), quint32(latestSchemaVersion()));
        QCOMPARE(header.mid(68, 4), QByteArray("KWRD"));
    }

    void reopensAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.keyward"));
        int objects = 0;
        {
            Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
            QVERIFY(ws);
            QVERIFY((*ws)->setSetting(QStringLiteral("greeting"), QStringLiteral("hello")));
            objects = RawDb(path).scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
            QVERIFY(objects > 5);
        }
        for (int round = 0; round < 2; ++round) {
            Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, Workspace::OpenMode::OpenExisting);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            QCOMPARE((*ws)->setting(QStringLiteral("greeting")), QStringLiteral("hello"));
            QCOMPARE((*ws)->setting(QStringLiteral("missing"), QStringLiteral("fallback")),
                     QStringLiteral("fallback"));
            QCOMPARE((*ws)->schemaVersion(), latestSchemaVersion());
            QCOMPARE(pragma(**ws, QStringLiteral("foreign_keys")).toInt(), 1);
            // Nothing was created twice.
            QCOMPARE(RawDb(path).scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(),
                     objects);
        }
    }

    void twoWorkspacesAtOnce()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Workspace>> a = Workspace::open(dir.filePath(QStringLiteral("a.keyward")));
        Result<std::unique_ptr<Workspace>> b = Workspace::open(dir.filePath(QStringLiteral("b.keyward")));
        QVERIFY(a && b);
        QVERIFY((*a)->setSetting(QStringLiteral("who"), QStringLiteral("a")));
        QVERIFY((*b)->setSetting(QStringLiteral("who"), QStringLiteral("b")));
        QCOMPARE((*a)->setting(QStringLiteral("who")), QStringLiteral("a"));
        QCOMPARE((*b)->setting(QStringLiteral("who")), QStringLiteral("b"));
    }

    // An empty file becomes a workspace only where one may be created; opening an existing one
    // (what read commands do) refuses it, naming it, and leaves it empty.
    void emptyFileBecomesAWorkspaceOnlyOnCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("touched.keyward"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        Result<std::unique_ptr<Workspace>> refused = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(path), qPrintable(refused.error().message));
        QCOMPARE(QFileInfo(path).size(), 0);
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, Workspace::OpenMode::OpenOrCreate);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QCOMPARE((*ws)->schemaVersion(), latestSchemaVersion());
    }

    void refusesFilesThatAreNotSqlite_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mention");
        QByteArray random(8192, '\0');
        for (char& c : random) {
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        }
        random[0] = 'X'; // never the SQLite magic by chance
        QTest::newRow("random bytes") << random << QStringLiteral("not an SQLite database");
        QTest::newRow("text") << QByteArray("project,key,owner\nchat-api,chat_live_abc,alice\n")
                              << QStringLiteral("not an SQLite database");
        QTest::newRow("one byte") << QByteArray("S") << QStringLiteral("not an SQLite database");
        QByteArray damaged("SQLite format 3\0", 16);
        QByteArray tail(4080, '\0');
        for (char& c : tail) {
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        }
        damaged += tail;
        QTest::newRow("sqlite magic, damaged") << damaged << QStringLiteral("damaged");
        QTest::newRow("sqlite magic only")
            << QByteArray("SQLite format 3\0", 16) << QStringLiteral("damaged");
    }

    void refusesFilesThatAreNotSqlite()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mention);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.keyward"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(content), content.size());
        }
        expectRefusedUntouched(path, mention);
        QCOMPARE(readAll(path), content);
    }

    void refusesDirectory()
    {
        QTemporaryDir dir;
        const Result<std::unique_ptr<Workspace>> ws = Workspace::open(dir.path());
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::Storage);
        QVERIFY(QFileInfo(dir.path()).isDir());
    }

    void refusesOtherSqliteDatabases_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("viaCli");
        QTest::newRow("cli, rollback journal")
            << QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                              " INSERT INTO notes(body) VALUES('keep me');")
            << true;
        QTest::newRow("cli, wal") << QStringLiteral("PRAGMA journal_mode=WAL; CREATE TABLE notes(body TEXT);"
                                                    " INSERT INTO notes VALUES('keep me');")
                                  << true;
        QTest::newRow("cli, other application id") << QStringLiteral("PRAGMA application_id=1234;") << true;
        QTest::newRow("cli, user_version only") << QStringLiteral("PRAGMA user_version=7;") << true;
        QTest::newRow("qsqlite, tables")
            << QStringLiteral("CREATE TABLE settings(name TEXT PRIMARY KEY, value TEXT)") << false;
    }

    void refusesOtherSqliteDatabases()
    {
        QFETCH(QString, script);
        QFETCH(bool, viaCli);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        if (viaCli) {
            if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
                QSKIP("the sqlite3 command-line tool is not installed");
            }
            QVERIFY(runSqlite3(path, script));
        } else {
            RawDb raw(path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.exec(script), QString());
        }
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(sidecars(path), QStringList());
        expectRefusedUntouched(path, QStringLiteral("not a Keyward workspace"));
        // The other application's data is still there and readable.
        RawDb raw(path);
        if (script.contains(QStringLiteral("notes"))) {
            QCOMPARE(raw.scalar(QStringLiteral("SELECT body FROM notes")).toString(),
                     QStringLiteral("keep me"));
        }
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'audit'")).toInt(), 0);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        // A '%' in the path must survive into the message unchanged.
        const QString path = dir.filePath(QStringLiteral("backup %2 of 100%/ws.keyward"));
        {
            Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            QVERIFY(
                (*ws)->setSetting(QStringLiteral("marker"), QStringLiteral("written by the newer version")));
        }
        const int newer = latestSchemaVersion() + 1;
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(newer)), QString());
        }
        QCOMPARE(sidecars(path), QStringList());
        QVERIFY(ageFile(path));
        const Fingerprint before = fingerprint(path);
        for (Workspace::OpenMode mode :
             {Workspace::OpenMode::OpenOrCreate, Workspace::OpenMode::OpenExisting}) {
            const Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, mode);
            QVERIFY(!ws);
            QCOMPARE(ws.error().code, ErrorCode::Storage);
            const QString& message = ws.error().message;
            QVERIFY2(message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                     qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("schema %1").arg(newer)), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("up to %1").arg(latestSchemaVersion())),
                     qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("newer")), qPrintable(message));
        }
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(sidecars(path), QStringList());
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), newer);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM settings WHERE name = 'marker'")).toString(),
                 QStringLiteral("written by the newer version"));
    }

    void openExistingOnMissingFileIsNotFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent/ws.keyward"));
        const Result<std::unique_ptr<Workspace>> ws =
            Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::NotFound);
        QVERIFY2(ws.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(ws.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("absent"))));
    }

    void transactionCommitsOrRollsBack()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Workspace>> opened =
            Workspace::open(dir.filePath(QStringLiteral("ws.keyward")));
        QVERIFY(opened);
        Workspace& ws = **opened;
        QVERIFY(!ws.inTransaction());

        // An error from the body rolls back everything the body did.
        const Result<void> failed = ws.transaction([&]() -> Result<void> {
            if (!ws.inTransaction()) {
                return makeError(ErrorCode::Invalid, QStringLiteral("not in a transaction"));
            }
            if (Result<void> r = ws.setSetting(QStringLiteral("a"), QStringLiteral("1")); !r) {
                return r;
            }
            return makeError(ErrorCode::Invalid, QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, QStringLiteral("changed my mind"));
        QVERIFY(!ws.inTransaction());
        QCOMPARE(ws.setting(QStringLiteral("a"), QStringLiteral("unset")), QStringLiteral("unset"));

        // A nested failure rolls back the outer transaction too.
        const Result<void> nested = ws.transaction([&]() -> Result<void> {
            if (Result<void> r = ws.setSetting(QStringLiteral("outer"), QStringLiteral("1")); !r) {
                return r;
            }
            return ws.transaction([&]() -> Result<void> {
                if (Result<void> r = ws.setSetting(QStringLiteral("inner"), QStringLiteral("1")); !r) {
                    return r;
                }
                return makeError(ErrorCode::Conflict, QStringLiteral("inner failed"));
            });
        });
        QVERIFY(!nested);
        QCOMPARE(nested.error().code, ErrorCode::Conflict);
        QCOMPARE(ws.setting(QStringLiteral("outer"), QStringLiteral("unset")), QStringLiteral("unset"));
        QCOMPARE(ws.setting(QStringLiteral("inner"), QStringLiteral("unset")), QStringLiteral("unset"));

        // Success commits, visible to another connection.
        QVERIFY(ws.transaction(
            [&]() -> Result<void> { return ws.setSetting(QStringLiteral("b"), QStringLiteral("2")); }));
        RawDb raw(ws.path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM settings WHERE name = 'b'")).toString(),
                 QStringLiteral("2"));
    }

    // Schema 4 pivots usage_minutes into one usage_counts row per (project, key, minute), schema 6
    // packs those into one usage_hours row per (project, key, hour); the old long shape must read
    // back identical through the usage_minutes view.
    void migratesUsageMinutesToHourRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.keyward"));
        const QString longShape = QStringLiteral(
            "SELECT project_id, key_id, minute, outcome, count FROM usage_minutes ORDER BY 1, 2, 3, 4");
        const auto rowsOf = [&](const RawDb& raw) {
            QStringList rows;
            QSqlQuery q(raw.db());
            if (!q.exec(longShape)) {
                return QStringList{q.lastError().text()};
            }
            while (q.next()) {
                rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString()}
                                .join(u' '));
            }
            return rows;
        };
        QStringList before;
        qint64 wideRows = 0;
        {
            RawDb raw(path);
            QVERIFY(raw.isOpen());
            for (const Migration& m : migrations()) {
                for (const QString& sql : m.version <= 3 ? m.statements : QStringList()) {
                    QCOMPARE(raw.exec(sql), QString());
                }
            }
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version=3")), QString());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA application_id=%1").arg(WorkspaceApplicationId)),
                     QString());
            // Two projects, known and unknown keys, minutes before 1970, every outcome, big counts;
            // one (project, key, minute) holds up to six outcomes.
            const QStringList projects{QStringLiteral("prj_a"), QStringLiteral("prj_b")};
            const QStringList keys{QStringLiteral(""), QStringLiteral("key_1"), QStringLiteral("key_2")};
            for (const QString& project : projects) {
                for (const QString& key : keys) {
                    for (qint64 minute = -3; minute < 40; minute += 1 + (minute & 3)) {
                        ++wideRows;
                        for (int outcome = 0; outcome < 6; ++outcome) {
                            const qint64 n = (minute * 7 + outcome * 13 + key.size()) % 5;
                            if (n <= 0 && outcome != 0) {
                                continue; // not every outcome in every minute
                            }
                            QCOMPARE(
                                raw.exec(QStringLiteral("INSERT INTO usage_minutes VALUES (?, ?, ?, ?, ?)"),
                                         {project, key, 29'000'000 + minute, outcome,
                                          n <= 0 ? 5'000'000'000LL : n}),
                                QString());
                        }
                    }
                }
            }
            before = rowsOf(raw);
        }
        QVERIFY(before.size() > 200);

        Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QCOMPARE((*ws)->schemaVersion(), latestSchemaVersion());
        RawDb raw(path);
        QCOMPARE(rowsOf(raw), before);
        const QString minutesWithUsage = QStringLiteral(
            "SELECT count(*) FROM (SELECT DISTINCT project_id, key_id, minute FROM usage_minutes)");
        QCOMPARE(raw.scalar(minutesWithUsage).toLongLong(), wideRows);
        // Minutes 28,999,997 … 29,000,039 lie in one hour (483,333): one row for each of the six
        // (project, key) slots.
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM usage_hours WHERE hour = 483333")).toLongLong(),
            6);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'usage_counts'"))
                     .toInt(),
                 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM usage_slots")).toInt(), 6);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT type FROM sqlite_master WHERE name = 'usage_minutes'"))
                     .toString(),
                 QStringLiteral("view"));
        QCOMPARE(raw.scalar(QStringLiteral(
                                "SELECT count(*) FROM sqlite_master WHERE name = 'usage_minutes_by_key'"))
                     .toInt(),
                 0);

        // The view's triggers: an insert adds to the count, a delete clears one outcome, and the
        // wide row goes with its last count.
        const QVariantList cell{QStringLiteral("prj_a"), QStringLiteral("key_1"), 29'000'000 + 3};
        const QString countOf = QStringLiteral("SELECT sum(count) FROM usage_minutes WHERE project_id = ? "
                                               "AND key_id = ? AND minute = ? AND outcome = ?");
        const qint64 valid = raw.scalar(countOf, cell + QVariantList{0}).toLongLong();
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO usage_minutes VALUES (?, ?, ?, 0, 3)"), cell),
                 QString());
        QCOMPARE(raw.scalar(countOf, cell + QVariantList{0}).toLongLong(), valid + 3);
        QVERIFY(
            !raw.exec(QStringLiteral("INSERT INTO usage_minutes VALUES (?, ?, ?, 6, 1)"), cell).isEmpty());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO usage_minutes VALUES ('prj_new', '', -7, 4, 2)")),
                 QString());
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT rate_limited || ' ' || minutes FROM usage_hours h"
                                      " JOIN usage_slots s ON s.id = h.slot WHERE s.project_id = 'prj_new'"
                                      " AND h.hour = -1"))
                .toString(),
            QStringLiteral("2 [53,0,0,0,0,2,0]"));
        QCOMPARE(raw.exec(QStringLiteral("DELETE FROM usage_minutes WHERE project_id = ? AND key_id = ?"
                                         " AND minute = ? AND outcome = 0"),
                          cell),
                 QString());
        QCOMPARE(raw.scalar(QString(countOf).replace(QLatin1String("sum(count)"), QLatin1String("count(*)")),
                            cell + QVariantList{0})
                     .toInt(),
                 0);
        QVERIFY(
            raw.scalar(QStringLiteral("SELECT count(*) FROM usage_minutes WHERE project_id = ? AND key_id = ?"
                                      " AND minute = ?"),
                       cell)
                .toInt() > 0);
        QCOMPARE(raw.exec(QStringLiteral(
                              "DELETE FROM usage_minutes WHERE project_id = ? AND key_id = ? AND minute = ?"),
                          cell),
                 QString());
        QCOMPARE(raw.scalar(minutesWithUsage).toLongLong(), wideRows);
    }

    void execMapsErrors()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Workspace>> opened =
            Workspace::open(dir.filePath(QStringLiteral("ws.keyward")));
        QVERIFY(opened);
        Workspace& ws = **opened;
        QVERIFY(ws.exec(QStringLiteral("INSERT INTO settings(name, value) VALUES(?, ?)"),
                        {QStringLiteral("x"), QStringLiteral("1")}));
        const Result<QSqlQuery> dup =
            ws.exec(QStringLiteral("INSERT INTO settings(name, value) VALUES(?, ?)"),
                    {QStringLiteral("x"), QStringLiteral("2")});
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        const Result<QSqlQuery> bad = ws.exec(QStringLiteral("SELECT nonsense FROM nowhere"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Storage);
        // setSetting replaces.
        QVERIFY(ws.setSetting(QStringLiteral("x"), QStringLiteral("3")));
        QCOMPARE(ws.setting(QStringLiteral("x")), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
