// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI where a mistake would cost trust: secrets given on the command line, what read commands
// may touch, bounded input, exit codes and messages, through the real binary on real workspaces.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using kw::test::CliResult;
using kw::test::CliRunner;
using kw::test::snapshot;

namespace {

QJsonObject jsonObject(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonArray jsonArray(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out).array();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Runs SQL on a workspace the way an intruder with sqlite3 would.
void tamper(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tamper-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 scalar(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("read-") + path;
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                value = q.value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestCliTrust : public QObject
{
    Q_OBJECT

private:
    static QStringList args(std::initializer_list<const char*> words)
    {
        QStringList out;
        for (const char* w : words) {
            out.append(QString::fromUtf8(w));
        }
        return out;
    }

    void makeProject(const CliRunner& cli, const QStringList& policy = {})
    {
        const CliResult r = cli.ws(args({"project", "create", "chat-api", "--prefix", "chat"}) + policy);
        QVERIFY2(r.code == 0, r.err.constData());
    }

    QJsonObject issue(const CliRunner& cli, const QStringList& extra = {})
    {
        const CliResult r =
            cli.ws(args({"--json", "key", "issue", "--project", "chat-api", "--name", "backend"}) + extra);
        if (r.code != 0) {
            qWarning() << r.err;
        }
        return jsonObject(r.out);
    }

    // Writes FILE in the runner's folder and imports it into chat-api.
    static CliResult importFile(const CliRunner& cli, const QString& name, const QByteArray& content,
                                const QStringList& extra = {})
    {
        const QString file = cli.dir() + u'/' + name;
        writeFile(file, content);
        return cli.ws(QStringList{QStringLiteral("key"), QStringLiteral("import"), file,
                                  QStringLiteral("--project"), QStringLiteral("chat-api")} +
                      extra);
    }

    static void verifyNoSecret(const CliResult& r, const QByteArray& secret)
    {
        const QByteArray body = secret.mid(secret.lastIndexOf('_') + 1, 20);
        QVERIFY2(!r.err.contains(secret) && !r.err.contains(body), r.err.constData());
        QVERIFY2(!r.out.contains(secret) && !r.out.contains(body), r.out.constData());
    }

private Q_SLOTS:
    // A pasted secret names its key everywhere a KEY is taken: resolved by its hash, never echoed,
    // with a warning that argv lands in shell history; `-` reads it from stdin instead.
    void secretNamesTheKeyWithoutBeingEchoed()
    {
        CliRunner cli;
        makeProject(cli);
        const QJsonObject key = issue(cli);
        const QString id = key.value(QStringLiteral("id")).toString();
        const QString hint = key.value(QStringLiteral("hint")).toString();
        const QByteArray secret = key.value(QStringLiteral("secret")).toString().toUtf8();
        QVERIFY(!secret.isEmpty());
        const QString s = QString::fromUtf8(secret);

        const QList<QStringList> commands{
            {QStringLiteral("key"), QStringLiteral("show"), s},
            {QStringLiteral("key"), QStringLiteral("edit"), s, QStringLiteral("--owner"),
             QStringLiteral("ana")},
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--key"), s},
            {QStringLiteral("usage"), QStringLiteral("summary"), QStringLiteral("--project"),
             QStringLiteral("chat-api"), QStringLiteral("--key"), s},
            {QStringLiteral("report"), QStringLiteral("usage"), QStringLiteral("--key"), s,
             QStringLiteral("--out"), QStringLiteral("-")},
            {QStringLiteral("report"), QStringLiteral("audit"), QStringLiteral("--key"), s,
             QStringLiteral("--out"), QStringLiteral("-")},
        };
        for (const QStringList& command : commands) {
            const CliResult r = cli.ws(command);
            QVERIFY2(r.code == 0, qPrintable(command.mid(0, 2).join(u' ') + u' ' + QString::fromUtf8(r.err)));
            verifyNoSecret(r, secret);
            QVERIFY2(r.err.contains("shell history"), r.err.constData());
        }
        CliResult r = cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("show"), s});
        QCOMPARE(jsonObject(r.out).value(QStringLiteral("id")).toString(), id);
        QCOMPARE(jsonObject(r.out).value(QStringLiteral("owner")).toString(), QStringLiteral("ana"));

        // `-` reads the key from stdin: no warning, nothing echoed.
        r = cli.ws(
            {QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("-")},
            secret + '\n');
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonObject(r.out).value(QStringLiteral("id")).toString(), id);
        QVERIFY(!r.err.contains("shell history"));
        verifyNoSecret(r, secret);

        // A well-formed key of no key here: the message names the hint at most.
        CliRunner elsewhere;
        makeProject(elsewhere);
        const QByteArray stranger = issue(elsewhere).value(QStringLiteral("secret")).toString().toUtf8();
        QVERIFY(!stranger.isEmpty());
        const QByteArray before = snapshot(cli.workspace());
        for (const QStringList& command :
             {QStringList{QStringLiteral("key"), QStringLiteral("revoke"), QString::fromUtf8(stranger),
                          QStringLiteral("--reason"), QStringLiteral("compromised")},
              QStringList{QStringLiteral("key"), QStringLiteral("rotate"), QString::fromUtf8(stranger)},
              QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--key"),
                          QString::fromUtf8(stranger)}}) {
            r = cli.ws(command);
            QCOMPARE(r.code, 1);
            verifyNoSecret(r, stranger);
            QVERIFY2(r.err.contains("No key"), r.err.constData());
        }
        // Nor in the wrong place of the command line.
        r = cli.ws({QStringLiteral("key"), QString::fromUtf8(stranger)});
        QCOMPARE(r.code, 2);
        verifyNoSecret(r, stranger);
        // A foreign-looking secret (anything that is no id or hint) is not echoed either.
        r = cli.ws(
            {QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("sk-proj-9f8e7d6c5b4a39281706")});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains("9f8e7d6c5b4a39281706"), r.err.constData());
        QCOMPARE(snapshot(cli.workspace()), before);

        // Revoke and rotate by secret, the revoke from stdin.
        const QJsonObject second = issue(cli);
        const QByteArray secondSecret = second.value(QStringLiteral("secret")).toString().toUtf8();
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("rotate"), s});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.err.contains(secret));
        QCOMPARE(jsonObject(r.out).value(QStringLiteral("rotated_from")).toString(), id);
        r = cli.ws({QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("-"),
                    QStringLiteral("--reason"), QStringLiteral("compromised")},
                   secondSecret + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        verifyNoSecret(r, secondSecret);
        QVERIFY(r.out.contains(second.value(QStringLiteral("id")).toString().toUtf8()));
        QVERIFY(r.out.contains(hint.left(10).toUtf8()));
    }

    // key verify finds keys imported from other systems by their hash; the shape rules are only
    // for keys of this workspace's format.
    void verifyFindsImportedKeysByHash()
    {
        CliRunner cli;
        makeProject(cli);
        const QByteArray aws = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd";
        CliResult r = importFile(cli, QStringLiteral("aws.csv"),
                                 "Name,Key,Description,Enabled,UsagePlanIds\nlegacy," + aws + ",old,true,\n");
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray known = "tok_9a8b7c6d5e4f3a2b1c0d";
        r = importFile(cli, QStringLiteral("hashes.csv"),
                       "hash,name\n" + sha256Hex(known).toUtf8() + ",from-hashes\n",
                       args({"--format", "hashes"}));
        QVERIFY2(r.code == 0, r.err.constData());

        for (const QByteArray& presented : {aws, known}) {
            r = cli.ws({QStringLiteral("key"), QStringLiteral("verify")}, presented + '\n');
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2(r.out.contains("valid") && r.out.contains("chat-api"), r.out.constData());
            QVERIFY(!r.out.contains(presented) && !r.err.contains(presented));
        }
        // Still: text in no key's shape and no key's hash is not a key.
        r = cli.ws({QStringLiteral("key"), QStringLiteral("verify")}, "nothing-like-a-key\n");
        QCOMPARE(r.code, 1);
        // And a Keyward-shaped key with a typo is still caught by its checksum.
        const QByteArray secret = issue(cli).value(QStringLiteral("secret")).toString().toUtf8();
        QByteArray typo = secret;
        typo[typo.size() - 10] = typo[typo.size() - 10] == 'a' ? 'b' : 'a';
        r = cli.ws({QStringLiteral("key"), QStringLiteral("verify")}, typo + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("checksum"), r.err.constData());
    }

    void readCommandsNeverWrite()
    {
        CliRunner cli;
        writeFile(cli.workspace(), {});
        for (const QStringList& command : {args({"audit", "verify"}), args({"key", "list"}),
                                           args({"project", "list"}), args({"--json", "audit", "verify"})}) {
            const CliResult r = cli.ws(command);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(cli.workspace().toUtf8()), r.err.constData());
            QVERIFY2(!r.out.contains("intact"), r.out.constData());
            QCOMPARE(QFileInfo(cli.workspace()).size(), 0);
            QVERIFY(!QFile::exists(cli.workspace() + QStringLiteral("-wal")));
        }
        // A missing file is named too, and not created.
        const QString missing = cli.dir() + QStringLiteral("/none.keyward");
        const CliResult r = cli.run(
            {QStringLiteral("--workspace"), missing, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(missing));
    }

    void lockedWorkspaceSaysWhatToDo()
    {
        CliRunner cli;
        makeProject(cli);
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(cli.workspace());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings(name, value) VALUES('x', 'y')")));
            const CliResult r = cli.ws(args({"key", "issue", "--project", "chat-api", "--name", "n"}));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("in use by another program"), r.err.constData());
            QVERIFY2(!r.err.contains("database is locked"), r.err.constData());
            QVERIFY2(!r.err.contains("Unable to fetch row"), r.err.constData());
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A read-only file in a read-only folder is read-only, not damaged. As root, permissions do not
    // stop a write: the binary then runs as `nobody` through setpriv.
    void readOnlyWorkspaceIsNotCalledDamaged()
    {
        CliRunner cli;
        makeProject(cli);
        issue(cli);
        QVERIFY(cli.ws(args({"key", "list"})).code == 0); // checkpoints the WAL into the file
        const QString folder = cli.dir() + QStringLiteral("/ro");
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/ws.keyward");
        QVERIFY(QFile::copy(cli.workspace(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(cli.dir(), QFile::permissions(cli.dir()) | QFile::ExeOther | QFile::ExeGroup);
        QStringList prefix;
        if (getuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
                QSKIP("running as root without setpriv: permissions cannot make the file read-only");
            }
            prefix = args({"--reuid=65534", "--regid=65534", "--clear-groups"});
        }
        if (!prefix.isEmpty()) {
            prefix.prepend(QStringLiteral("setpriv"));
            cli.environment().insert(QStringLiteral("HOME"), folder);
        }
        const auto run = [&](const QStringList& command) {
            return cli.run(QStringList{QStringLiteral("--workspace"), path} + command, {}, prefix);
        };
        for (const QStringList& command :
             {args({"key", "list"}), args({"key", "issue", "--project", "chat-api", "--name", "n"})}) {
            const CliResult r = run(command);
            QVERIFY2(!r.err.contains("damaged"), r.err.constData());
            if (r.code != 0) {
                QCOMPARE(r.code, 1);
                QVERIFY2(r.err.contains("read-only"), r.err.constData());
            }
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void keyImportBoundsWhatItReads()
    {
        CliRunner cli;
        makeProject(cli);
        const QByteArray before = snapshot(cli.workspace());
        for (const char* device : {"/dev/zero", "/dev/urandom"}) {
            const CliResult r =
                cli.ws({QStringLiteral("key"), QStringLiteral("import"), QString::fromLatin1(device),
                        QStringLiteral("--project"), QStringLiteral("chat-api")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("64 MiB"), r.err.constData());
        }
        QByteArray big = "Name,Key,Description,Enabled,UsagePlanIds\n";
        const QByteArray line = "n,AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd,d,true,\n";
        while (big.size() <= 65 * 1024 * 1024) {
            big += line;
        }
        const CliResult r =
            cli.ws({QStringLiteral("key"), QStringLiteral("import"), QStringLiteral("/dev/stdin"),
                    QStringLiteral("--project"), QStringLiteral("chat-api")},
                   big);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("64 MiB"), r.err.constData());
        QCOMPARE(snapshot(cli.workspace()), before);
    }

    // Invalid UTF-8 is refused line by line; it is never hashed as U+FFFD-replaced text (which
    // made different keys collide and never match at a gateway).
    void keyImportRefusesInvalidUtf8()
    {
        CliRunner cli;
        makeProject(cli);
        const QByteArray before = snapshot(cli.workspace());
        const CliResult r = importFile(cli, QStringLiteral("bad.csv"),
                                       "Name,Key,Description,Enabled,UsagePlanIds\n"
                                       "a,sk-live-\xff\xfe"
                                       "abcdefghijklmnop,,true,\n"
                                       "b,sk-live-\xfe\xff"
                                       "abcdefghijklmnop,,true,\n"
                                       "c,sk-live-plainasciikey0123456,,true,\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("bad.csv:2:") && r.err.contains("bad.csv:3:"), r.err.constData());
        QVERIFY2(r.err.contains("UTF-8"), r.err.constData());
        QVERIFY(!r.err.contains("bad.csv:4:"));
        QCOMPARE(snapshot(cli.workspace()), before);
    }

    void keyImportDryRunShowsWhatTheRunDoes()
    {
        CliRunner cli;
        makeProject(cli);
        const QByteArray keys = "Name,Key,Description,Enabled,UsagePlanIds\n"
                                "on,AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd,,true,\n"
                                "off,ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210zyxw,,false,\n";
        const CliResult dry =
            importFile(cli, QStringLiteral("keys.csv"), keys, args({"--json", "--dry-run"}));
        QCOMPARE(dry.code, 0);
        const CliResult real = importFile(cli, QStringLiteral("keys.csv"), keys, args({"--json"}));
        QCOMPARE(real.code, 0);
        const QJsonArray dryAdded = jsonObject(dry.out).value(QStringLiteral("added")).toArray();
        const QJsonArray realAdded = jsonObject(real.out).value(QStringLiteral("added")).toArray();
        QCOMPARE(dryAdded.size(), 2);
        QCOMPARE(dryAdded, realAdded);
        QCOMPARE(realAdded.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("revoked"));
    }

    void editNeverBeyondThePolicyIsRefused()
    {
        CliRunner cli;
        makeProject(cli, args({"--max-lifetime", "90"}));
        const QString id = issue(cli).value(QStringLiteral("id")).toString();
        const QByteArray before = snapshot(cli.workspace());
        const CliResult r = cli.ws({QStringLiteral("key"), QStringLiteral("edit"), id,
                                    QStringLiteral("--expires"), QStringLiteral("never")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("90 days"), r.err.constData());
        QCOMPARE(snapshot(cli.workspace()), before);
    }

    void actorIsTheOsUserWithoutUserVariable()
    {
        CliRunner cli;
        for (const char* var : {"KEYWARD_ACTOR", "USER", "USERNAME", "LOGNAME"}) {
            cli.environment().remove(QString::fromLatin1(var));
        }
        makeProject(cli);
        const passwd* pw = getpwuid(getuid());
        QVERIFY(pw);
        const CliResult r = cli.ws(args({"--json", "audit", "list"}));
        QCOMPARE(jsonArray(r).at(0).toObject().value(QStringLiteral("actor")).toString(),
                 QString::fromLocal8Bit(pw->pw_name));
    }

    void extraArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("key list") << args({"key", "list", "chat-api"});
        QTest::newRow("audit verify") << args({"audit", "verify", "now"});
        QTest::newRow("project list") << args({"project", "list", "x"});
        QTest::newRow("key show") << args({"key", "show", "a", "b"});
        QTest::newRow("usage summary") << args({"usage", "summary", "--project", "chat-api", "extra"});
    }

    void extraArgumentsAreRefused()
    {
        QFETCH(QStringList, command);
        CliRunner cli;
        makeProject(cli);
        const CliResult r = cli.ws(command);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
    }

    void jsonErrorsAreJson()
    {
        CliRunner cli;
        makeProject(cli);
        CliResult r = cli.ws(args({"--json", "key", "show", "key_doesnotexist0000"}));
        QCOMPARE(r.code, 1);
        QJsonObject e = jsonObject(r.err).value(QStringLiteral("error")).toObject();
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("No key")),
                 r.err.constData());
        QCOMPARE(e.value(QStringLiteral("exit")).toInt(), 1);
        r = cli.ws(args({"--json", "key", "issue", "--project", "chat-api"}));
        QCOMPARE(r.code, 2);
        e = jsonObject(r.err).value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("exit")).toInt(), 2);
        r = cli.ws(args({"--json", "key", "list", "--colour"}));
        QCOMPARE(r.code, 2);
        QCOMPARE(
            jsonObject(r.err).value(QStringLiteral("error")).toObject().value(QStringLiteral("exit")).toInt(),
            2);
    }

    void usageErrorsExitTwo()
    {
        CliRunner cli;
        makeProject(cli);
        const QString id = issue(cli).value(QStringLiteral("id")).toString();
        CliResult r = cli.ws({QStringLiteral("key"), QStringLiteral("revoke"), id, QStringLiteral("--reason"),
                              QStringLiteral("other")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--note"), r.err.constData());
        writeFile(cli.dir() + QStringLiteral("/a.log"), "{\"ts\":1,\"status\":200}\n");
        r = cli.ws({QStringLiteral("logs"), QStringLiteral("import"), cli.dir() + QStringLiteral("/a.log"),
                    QStringLiteral("--project"), QStringLiteral("chat-api"), QStringLiteral("--map"),
                    QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);
    }

    void importMessagesUseFileColonLine()
    {
        CliRunner cli;
        makeProject(cli);
        const CliResult r = importFile(cli, QStringLiteral("wrong.csv"), "Name,Secret\nx,y\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("wrong.csv:1:"), r.err.constData());
        QVERIFY2(!r.err.contains("line 1"), r.err.constData());
    }

    void rotationKeepsTheWholeLifetime()
    {
        CliRunner cli;
        makeProject(cli);
        const QString id = issue(cli, args({"--lifetime", "30d"})).value(QStringLiteral("id")).toString();
        tamper(cli.workspace(),
               {QStringLiteral("UPDATE keys SET expires_at = expires_at + 999 WHERE id = '%1'").arg(id)});
        const CliResult r =
            cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("rotate"), id});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString next = jsonObject(r.out).value(QStringLiteral("id")).toString();
        const QString lifetime = QStringLiteral("SELECT expires_at - created_at FROM keys WHERE id = '%1'");
        QCOMPARE(scalar(cli.workspace(), lifetime.arg(next)), scalar(cli.workspace(), lifetime.arg(id)));
    }

    // The trail covers the keys' state: a row changed behind its back fails verify, naming the key.
    void auditVerifyReplaysKeyState_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<bool>("revokeFirst");
        QTest::newRow("scopes") << QStringList{QStringLiteral(
                                       "UPDATE keys SET scopes = '[\"admin\"]' WHERE id = 'ID'")}
                                << false;
        QTest::newRow("expiry") << QStringList{QStringLiteral(
                                       "UPDATE keys SET expires_at = 0 WHERE id = 'ID'")}
                                << false;
        QTest::newRow("tier") << QStringList{QStringLiteral("UPDATE keys SET rpm = 999999 WHERE id = 'ID'")}
                              << false;
        QTest::newRow("revoked_by") << QStringList{QStringLiteral(
                                           "UPDATE keys SET revoked_by = 'bob' WHERE id = 'ID'")}
                                    << true;
        QTest::newRow("status") << QStringList{QStringLiteral("DROP TRIGGER keys_revocation_is_final"),
                                               QStringLiteral(
                                                   "UPDATE keys SET status = 'active', revoked_at = 0,"
                                                   " revoked_by = '', revoke_reason = '' WHERE id = 'ID'")}
                                << true;
    }

    void auditVerifyReplaysKeyState()
    {
        QFETCH(QStringList, statements);
        QFETCH(bool, revokeFirst);
        CliRunner cli;
        makeProject(cli, args({"--allow-scope", "chat:read,chat:write"}));
        const QString id = issue(cli, args({"--scope", "chat:read", "--lifetime", "30d"}))
                               .value(QStringLiteral("id"))
                               .toString();
        const QString other = issue(cli).value(QStringLiteral("id")).toString();
        // Rotate, edit and revoke, so that every kind of event is replayed.
        QCOMPARE(cli.ws({QStringLiteral("key"), QStringLiteral("edit"), other, QStringLiteral("--rpm"),
                         QStringLiteral("60"), QStringLiteral("--scope"), QStringLiteral("chat:write")})
                     .code,
                 0);
        QCOMPARE(cli.ws({QStringLiteral("key"), QStringLiteral("rotate"), other}).code, 0);
        if (revokeFirst) {
            QCOMPARE(cli.ws({QStringLiteral("key"), QStringLiteral("revoke"), id, QStringLiteral("--reason"),
                             QStringLiteral("unused")})
                         .code,
                     0);
        }
        CliResult r = cli.ws(args({"audit", "verify"}));
        QVERIFY2(r.code == 0, r.err.constData());
        tamper(cli.workspace(), statements.replaceInStrings(QStringLiteral("ID"), id));
        r = cli.ws(args({"audit", "verify"}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(id.toUtf8()), r.err.constData());
    }

    void auditVerifyCoversSeqAndHead()
    {
        CliRunner cli;
        makeProject(cli);
        issue(cli);
        issue(cli);
        QCOMPARE(cli.ws(args({"audit", "verify"})).code, 0);
        // Renumbering: the events keep their order and hashes, only seq changes.
        CliRunner renumbered;
        QVERIFY(QFile::copy(cli.workspace(), renumbered.workspace()));
        // Every event renumbered in order, and the recorded head with them: links and head still fit.
        tamper(renumbered.workspace(),
               {QStringLiteral("DROP TRIGGER audit_no_update"),
                QStringLiteral("UPDATE audit SET seq = seq * 10"),
                QStringLiteral(
                    "UPDATE settings SET value = CAST(value * 10 AS TEXT) WHERE name = 'audit.head_seq'")});
        CliResult r = renumbered.ws(args({"audit", "verify"}));
        QCOMPARE(r.code, 1);
        // A head set back: events were added after it, not removed.
        CliRunner added;
        QVERIFY(QFile::copy(cli.workspace(), added.workspace()));
        tamper(added.workspace(),
               {QStringLiteral("UPDATE settings SET value = '2' WHERE name = 'audit.head_seq'"),
                QStringLiteral("UPDATE settings SET value = (SELECT hash FROM audit WHERE seq = 2)"
                               " WHERE name = 'audit.head_hash'")});
        r = added.ws(args({"audit", "verify"}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("added after the recorded head"), r.err.constData());
        QVERIFY(!r.err.contains("removed"));
    }
};

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_cli_trust.moc"
