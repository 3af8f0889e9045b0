// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `keyward <noun> <verb>` through the real binary on real workspace files.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using kw::test::CliResult;
using kw::test::CliRunner;
using kw::test::snapshot;

namespace {

QJsonObject jsonObject(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray jsonArray(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out).array();
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    // A workspace with project chat-api (prefix chat) limited to two scopes and 90 days.
    void makeProject(const CliRunner& cli)
    {
        const CliResult r = cli.ws(
            {QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat-api"),
             QStringLiteral("--prefix"), QStringLiteral("chat"), QStringLiteral("--allow-scope"),
             QStringLiteral("chat:write,chat:read"), QStringLiteral("--max-lifetime"), QStringLiteral("90")});
        QCOMPARE(r.code, 0);
    }

    QJsonObject issue(const CliRunner& cli, const QStringList& extra = {})
    {
        QStringList args{QStringLiteral("--json"),    QStringLiteral("key"),      QStringLiteral("issue"),
                         QStringLiteral("--project"), QStringLiteral("chat-api"), QStringLiteral("--name"),
                         QStringLiteral("backend")};
        const CliResult r = cli.ws(args + extra);
        if (r.code != 0) {
            qWarning() << r.err;
        }
        return jsonObject(r);
    }

private Q_SLOTS:
    void issuePrintsSecretOnceOnStdoutOnly()
    {
        CliRunner cli;
        makeProject(cli);
        const CliResult r =
            cli.ws({QStringLiteral("key"), QStringLiteral("issue"), QStringLiteral("--project"),
                    QStringLiteral("chat-api"), QStringLiteral("--name"), QStringLiteral("web"),
                    QStringLiteral("--env"), QStringLiteral("live"), QStringLiteral("--scope"),
                    QStringLiteral("chat:read")});
        QCOMPARE(r.code, 0);
        const QByteArray secret = r.out.trimmed();
        QVERIFY2(secret.startsWith("chat_live_"), r.out.constData());
        QCOMPARE(secret.size(), qsizetype(4 + 1 + 4 + 1 + 36));
        QVERIFY(!r.err.contains(secret));
        QVERIFY(r.err.contains("shown once"));
        // The hash is stored, the secret is not.
        const QByteArray hash = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
        QVERIFY(snapshot(cli.workspace()).contains(hash));
        QVERIFY(!snapshot(cli.workspace()).contains(secret));
    }

    void verifyReadsStdinAndNamesTheKey()
    {
        CliRunner cli;
        makeProject(cli);
        const QJsonObject key = issue(cli);
        const QByteArray secret = key.value(QStringLiteral("secret")).toString().toUtf8();
        QVERIFY(!secret.isEmpty());

        CliResult r = cli.ws({QStringLiteral("key"), QStringLiteral("verify")}, secret + '\n');
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(key.value(QStringLiteral("id")).toString().toUtf8()));
        QVERIFY(r.out.contains("chat-api"));
        QVERIFY(r.out.contains("active"));

        // One changed character: caught by the checksum, offline; the message shows the hint at most.
        QByteArray typo = secret;
        typo[typo.size() - 10] = typo[typo.size() - 10] == 'a' ? 'b' : 'a';
        r = cli.ws({QStringLiteral("key"), QStringLiteral("verify")}, typo + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("checksum"), r.err.constData());
        QVERIFY(!r.err.contains(typo.left(20)) || typo.left(20).size() <= 16);
        QVERIFY(!r.err.contains(typo));

        // Well-formed keys of another prefix or nowhere in the workspace are refused, clearly.
        r = cli.ws({QStringLiteral("key"), QStringLiteral("verify")}, "nothing-like-a-key\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not a Keyward key"));

        // A secret on the command line is accepted, with a warning that it lands in shell history.
        r = cli.ws({QStringLiteral("key"), QStringLiteral("verify"), QString::fromUtf8(secret)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("shell history"));
        QVERIFY(!r.err.contains(secret) && !r.out.contains(secret));
    }

    void rotateAndRevokeLifecycle()
    {
        CliRunner cli;
        makeProject(cli);
        const QJsonObject first = issue(cli);
        const QString id = first.value(QStringLiteral("id")).toString();
        CliResult r = cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("rotate"), id,
                              QStringLiteral("--grace"), QStringLiteral("2d")});
        QCOMPARE(r.code, 0);
        const QJsonObject successor = jsonObject(r);
        QCOMPARE(successor.value(QStringLiteral("rotated_from")).toString(), id);
        QVERIFY(
            successor.value(QStringLiteral("secret")).toString().startsWith(QStringLiteral("chat_test_")));

        r = cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("show"), id});
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonObject(r).value(QStringLiteral("state")).toString(), QStringLiteral("in-grace"));
        QCOMPARE(jsonObject(r).value(QStringLiteral("rotated_to")).toString(),
                 successor.value(QStringLiteral("id")).toString());

        // The old key still verifies during its grace period.
        r = cli.ws({QStringLiteral("key"), QStringLiteral("verify")},
                   first.value(QStringLiteral("secret")).toString().toUtf8());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("in-grace"));

        r = cli.ws({QStringLiteral("key"), QStringLiteral("revoke"), id, QStringLiteral("--reason"),
                    QStringLiteral("rotated")});
        QCOMPARE(r.code, 0);
        r = cli.ws({QStringLiteral("key"), QStringLiteral("verify")},
                   first.value(QStringLiteral("secret")).toString().toUtf8());
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("revoked"));

        r = cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("list"),
                    QStringLiteral("--state"), QStringLiteral("revoked")});
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonArray(r).size(), 1);
        QCOMPARE(jsonArray(r).at(0).toObject().value(QStringLiteral("id")).toString(), id);
    }

    void badInputLeavesWorkspaceUnchanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList issue{QStringLiteral("key"),       QStringLiteral("issue"),
                                QStringLiteral("--project"), QStringLiteral("chat-api"),
                                QStringLiteral("--name"),    QStringLiteral("x")};
        QTest::newRow("unknown project")
            << QStringList{QStringLiteral("key"),  QStringLiteral("issue"),  QStringLiteral("--project"),
                           QStringLiteral("nope"), QStringLiteral("--name"), QStringLiteral("x")}
            << 1 << QStringLiteral("No project named nope");
        QTest::newRow("scope outside policy")
            << issue + QStringList{QStringLiteral("--scope"), QStringLiteral("admin")} << 1
            << QStringLiteral("Scope not allowed");
        QTest::newRow("lifetime over max")
            << issue + QStringList{QStringLiteral("--lifetime"), QStringLiteral("400d")} << 1
            << QStringLiteral("at most 90 days");
        QTest::newRow("bad env") << issue + QStringList{QStringLiteral("--env"), QStringLiteral("prod")} << 2
                                 << QStringLiteral("live or test");
        QTest::newRow("missing reason")
            << QStringList{QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("KEYID")} << 2
            << QStringLiteral("needs --reason");
        QTest::newRow("other without note")
            << QStringList{QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("KEYID"),
                           QStringLiteral("--reason"), QStringLiteral("other")}
            << 2 << QStringLiteral("needs --note");
        QTest::newRow("revoke twice")
            << QStringList{QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("REVOKEDID"),
                           QStringLiteral("--reason"), QStringLiteral("unused")}
            << 1 << QStringLiteral("already revoked");
        QTest::newRow("wrong prefix")
            << QStringList{QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("other"),
                           QStringLiteral("--prefix"), QStringLiteral("Bad_Prefix")}
            << 1 << QStringLiteral("key prefix is 2 to 12");
        QTest::newRow("duplicate prefix")
            << QStringList{QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("other"),
                           QStringLiteral("--prefix"), QStringLiteral("chat")}
            << 1 << QStringLiteral("already exists");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("key"), QStringLiteral("explode")} << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--colour")} << 2
            << QStringLiteral("Unknown option");
        QTest::newRow("bad number") << issue + QStringList{QStringLiteral("--rpm"), QStringLiteral("lots")}
                                    << 2 << QStringLiteral("whole number");
    }

    void badInputLeavesWorkspaceUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        CliRunner cli;
        makeProject(cli);
        const QString id = issue(cli).value(QStringLiteral("id")).toString();
        const QString revoked = issue(cli).value(QStringLiteral("id")).toString();
        QCOMPARE(cli.ws({QStringLiteral("key"), QStringLiteral("revoke"), revoked, QStringLiteral("--reason"),
                         QStringLiteral("unused")})
                     .code,
                 0);
        args.replaceInStrings(QStringLiteral("REVOKEDID"), revoked);
        args.replaceInStrings(QStringLiteral("KEYID"), id);
        const QByteArray before = snapshot(cli.workspace());
        const CliResult r = cli.ws(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(snapshot(cli.workspace()), before);
    }

    void notAWorkspaceIsRefusedAndUntouched()
    {
        CliRunner cli;
        QFile f(cli.workspace());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a shopping list, not a database\n");
        f.close();
        const QByteArray before = fileHash(cli.workspace());
        const CliResult r = cli.ws({QStringLiteral("project"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not an SQLite database"));
        QCOMPARE(fileHash(cli.workspace()), before);
        QVERIFY(!QFile::exists(cli.workspace() + QStringLiteral("-wal")));
    }

    void missingWorkspaceIsNotCreatedByReads()
    {
        CliRunner cli;
        const CliResult r = cli.ws({QStringLiteral("key"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("No workspace"));
        QVERIFY(!QFile::exists(cli.workspace()));
    }

    void auditVerifyDetectsTampering()
    {
        CliRunner cli;
        makeProject(cli);
        const QString id = issue(cli).value(QStringLiteral("id")).toString();
        issue(cli);
        CliResult r = cli.ws({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("verified: 3 event"));

        r = cli.ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                    QStringLiteral("--key"), id});
        QCOMPARE(jsonArray(r).size(), 1);
        const QString eventId = jsonArray(r).at(0).toObject().value(QStringLiteral("id")).toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(cli.workspace());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE id = '%1'").arg(eventId)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        r = cli.ws({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(eventId.toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("edited"));
    }

    void listFiltersAndJson()
    {
        CliRunner cli;
        makeProject(cli);
        issue(cli, {QStringLiteral("--owner"), QStringLiteral("ana"), QStringLiteral("--env"),
                    QStringLiteral("live")});
        issue(cli, {QStringLiteral("--owner"), QStringLiteral("bo"), QStringLiteral("--scope"),
                    QStringLiteral("chat:read")});
        const auto count = [&](const QStringList& filter) {
            return jsonArray(cli.ws(QStringList{QStringLiteral("--json"), QStringLiteral("key"),
                                                QStringLiteral("list")} +
                                    filter))
                .size();
        };
        QCOMPARE(count({}), 2);
        QCOMPARE(count({QStringLiteral("--env"), QStringLiteral("live")}), 1);
        QCOMPARE(count({QStringLiteral("--owner"), QStringLiteral("bo")}), 1);
        QCOMPARE(count({QStringLiteral("--scope"), QStringLiteral("chat:read")}), 1);
        QCOMPARE(count({QStringLiteral("--text"), QStringLiteral("BACK")}), 2);
        QCOMPARE(count({QStringLiteral("--state"), QStringLiteral("revoked")}), 0);
        const CliResult table = cli.ws({QStringLiteral("key"), QStringLiteral("list")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith("ID"));
        QCOMPARE(table.out.count('\n'), 3);
    }

    void bulkRevokeNeedsConfirmation()
    {
        CliRunner cli;
        makeProject(cli);
        issue(cli, {QStringLiteral("--owner"), QStringLiteral("leaver")});
        issue(cli, {QStringLiteral("--owner"), QStringLiteral("leaver")});
        issue(cli, {QStringLiteral("--owner"), QStringLiteral("stayer")});
        const QStringList bulk{QStringLiteral("key"),       QStringLiteral("revoke"),
                               QStringLiteral("--project"), QStringLiteral("chat-api"),
                               QStringLiteral("--owner"),   QStringLiteral("leaver"),
                               QStringLiteral("--reason"),  QStringLiteral("owner-left")};
        const QByteArray before = snapshot(cli.workspace());
        CliResult r = cli.ws(bulk);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--confirm chat-api"));
        QCOMPARE(snapshot(cli.workspace()), before);
        r = cli.ws(bulk + QStringList{QStringLiteral("--confirm"), QStringLiteral("chat-api")});
        QCOMPARE(r.code, 0);
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("list"),
                    QStringLiteral("--state"), QStringLiteral("revoked")});
        QCOMPARE(jsonArray(r).size(), 2);
        for (const QJsonValue& v : jsonArray(r)) {
            QCOMPARE(v.toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("leaver"));
            QCOMPARE(v.toObject().value(QStringLiteral("revoke_reason")).toString(),
                     QStringLiteral("owner-left"));
        }
    }

    void editIsAuditedWithBeforeAndAfter()
    {
        CliRunner cli;
        makeProject(cli);
        const QString id = issue(cli, {QStringLiteral("--owner"), QStringLiteral("ana")})
                               .value(QStringLiteral("id"))
                               .toString();
        CliResult r = cli.ws({QStringLiteral("key"), QStringLiteral("edit"), id, QStringLiteral("--owner"),
                              QStringLiteral("bo"), QStringLiteral("--rpm"), QStringLiteral("600")});
        QCOMPARE(r.code, 0);
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                    QStringLiteral("--action"), QStringLiteral("key.edit")});
        const QJsonObject changes = jsonArray(r)
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("details"))
                                        .toObject()
                                        .value(QStringLiteral("changes"))
                                        .toObject();
        QCOMPARE(changes.value(QStringLiteral("owner")).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("ana"));
        QCOMPARE(changes.value(QStringLiteral("owner")).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("bo"));
        QVERIFY(changes.contains(QStringLiteral("tier")));
        QVERIFY(!changes.contains(QStringLiteral("name")));
    }

    void helpAndUsage()
    {
        CliRunner cli;
        CliResult r = cli.run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("key issue"));
        r = cli.run({QStringLiteral("key"), QStringLiteral("issue"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--keep"));
        r = cli.run({QStringLiteral("key")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
