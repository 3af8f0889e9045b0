// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward logs import|files` through the real binary: summary, exit codes, --explain, profiles,
// and no plaintext key in any output or workspace file.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using kw::test::CliResult;
using kw::test::CliRunner;

namespace {

QString dataLog(const char* name)
{
    return QStringLiteral(KEYWARD_TEST_DATA_DIR "/logs/") + QString::fromLatin1(name);
}

} // namespace

class TestCliLogs : public QObject
{
    Q_OBJECT

private:
    // Project chat-api and one issued key: {id, hint, secret}.
    QJsonObject setUp(const CliRunner& cli)
    {
        CliResult r = cli.ws({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat-api"),
                              QStringLiteral("--prefix"), QStringLiteral("chat")});
        if (r.code != 0) {
            return {};
        }
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("issue"),
                    QStringLiteral("--project"), QStringLiteral("chat-api"), QStringLiteral("--name"),
                    QStringLiteral("gw")});
        return QJsonDocument::fromJson(r.out).object();
    }

    void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void importSummaryAndReimport()
    {
        CliRunner cli;
        QVERIFY(!setUp(cli).isEmpty());
        const QStringList args{QStringLiteral("logs"),      QStringLiteral("import"),
                               dataLog("combined.log"),     dataLog("kong.jsonl"),
                               QStringLiteral("--project"), QStringLiteral("chat-api"),
                               QStringLiteral("--explain")};
        CliResult r = cli.ws(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("combined.log: imported (combined)"), r.out.constData());
        QVERIFY(r.out.contains("10 lines: 5 counted, 1 anonymous, 3 rejected"));
        QVERIFY(r.out.contains("combined.log:6: not in the log's format"));
        QVERIFY(r.out.contains("format: Combined/common log format"));
        QVERIFY(r.out.contains("kong.jsonl: imported (json:kong)"));
        QVERIFY(r.err.isEmpty()); // no progress line: stderr is not a terminal

        r = cli.ws(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("combined.log: already imported, nothing new"));

        r = cli.ws({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("files")});
        QCOMPARE(r.code, 0);
        const QJsonArray files = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0)[QStringLiteral("lines")].toInt(), 10);
        QCOMPARE(files.at(0)[QStringLiteral("imported")].toInt(), 5);
        QCOMPARE(files.at(0)[QStringLiteral("project")].toString(), QStringLiteral("chat-api"));
    }

    void refusedFileExitsOneOthersImport()
    {
        CliRunner cli;
        QVERIFY(!setUp(cli).isEmpty());
        const QString prose = cli.dir() + QStringLiteral("/notes.txt");
        write(prose, "Shopping list\nmilk\neggs\n");
        const CliResult r =
            cli.ws({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("import"), prose,
                    dataLog("plain.jsonl"), QStringLiteral("--project"), QStringLiteral("chat-api")});
        QCOMPARE(r.code, 1);
        const QJsonArray s = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0)[QStringLiteral("state")].toString(), QStringLiteral("refused"));
        QVERIFY(s.at(0)[QStringLiteral("reason")].toString().contains(QStringLiteral("not an access log")));
        QCOMPARE(s.at(1)[QStringLiteral("state")].toString(), QStringLiteral("imported"));
    }

    // A file whose every line is rejected counts nothing, exits 1 and is not remembered: the
    // right mapping then imports it whole instead of finding it "already imported".
    void nothingCountedIsNotRemembered()
    {
        CliRunner cli;
        const QJsonObject key = setUp(cli);
        const QByteArray id = key[QStringLiteral("id")].toString().toLatin1();
        const QString log = cli.dir() + QStringLiteral("/custom.jsonl");
        write(log, "{\"when\":\"2026-01-01T00:00:00Z\",\"code\":200,\"who\":\"" + id +
                       "\"}\n{\"when\":\"2026-01-01T00:01:00Z\",\"code\":200,\"who\":\"" + id + "\"}\n");
        const QStringList args{QStringLiteral("--json"),    QStringLiteral("logs"),
                               QStringLiteral("import"),    log,
                               QStringLiteral("--project"), QStringLiteral("chat-api")};
        CliResult r = cli.ws(args);
        QCOMPARE(r.code, 1);
        QJsonObject s = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("state")].toString(), QStringLiteral("nothing_counted"));
        QCOMPARE(s[QStringLiteral("rejected")].toInt(), 2);
        QVERIFY(s[QStringLiteral("reason")].toString().contains(QStringLiteral("not remembered")));
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("files")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

        r = cli.ws(QStringList(args) << QStringLiteral("--map")
                                     << QStringLiteral("time=when,status=code,key=who"));
        QCOMPARE(r.code, 0);
        s = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("state")].toString(), QStringLiteral("imported"));
        QCOMPARE(s[QStringLiteral("imported")].toInt(), 2);

        const CliResult text =
            cli.ws({QStringLiteral("logs"), QStringLiteral("import"), dataLog("plain.jsonl"),
                    QStringLiteral("--project"), QStringLiteral("chat-api"), QStringLiteral("--format"),
                    QStringLiteral("combined")});
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains("NOTHING COUNTED"), text.out.constData());
    }

    // A last line without '\n' is held back and said so; --complete counts it, once.
    void unterminatedLastLineIsReportedAndCountedWhenComplete()
    {
        CliRunner cli;
        const QJsonObject key = setUp(cli);
        const QByteArray id = key[QStringLiteral("id")].toString().toLatin1();
        const QString log = cli.dir() + QStringLiteral("/access.log");
        const QByteArray line =
            "10.0.0.1 - - [01/Jan/2026:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"curl\" \"" + id + '"';
        write(log, line + '\n' + line);
        const QStringList args{QStringLiteral("logs"), QStringLiteral("import"), log,
                               QStringLiteral("--project"), QStringLiteral("chat-api")};
        CliResult r = cli.ws(QStringList{QStringLiteral("--json")} + args);
        QCOMPARE(r.code, 0);
        QJsonObject s = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("imported")].toInt(), 1);
        QCOMPARE(s[QStringLiteral("held_back_lines")].toInt(), 1);
        QCOMPARE(s[QStringLiteral("held_back_bytes")].toInt(), line.size());

        r = cli.ws(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("already imported, nothing new"), r.out.constData());
        QVERIFY2(r.out.contains("1 unterminated last line held back"), r.out.constData());

        r = cli.ws(QStringList{QStringLiteral("--json")} + args + QStringList{QStringLiteral("--complete")});
        QCOMPARE(r.code, 0);
        s = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("state")].toString(), QStringLiteral("resumed"));
        QCOMPARE(s[QStringLiteral("imported")].toInt(), 1);
        QCOMPARE(s[QStringLiteral("held_back_lines")].toInt(), 0);

        r = cli.ws(QStringList{QStringLiteral("--json")} + args + QStringList{QStringLiteral("--complete")});
        s = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("state")].toString(), QStringLiteral("already_imported"));
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("files")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0)[QStringLiteral("imported")].toInt(), 2);
    }

    void usageErrors()
    {
        CliRunner cli;
        QVERIFY(!setUp(cli).isEmpty());
        QCOMPARE(cli.ws({QStringLiteral("logs"), QStringLiteral("import"), dataLog("combined.log")}).code, 2);
        QCOMPARE(cli.ws({QStringLiteral("logs"), QStringLiteral("import"), dataLog("combined.log"),
                         QStringLiteral("--project"), QStringLiteral("chat-api"), QStringLiteral("--format"),
                         QStringLiteral("xml")})
                     .code,
                 2);
        const CliResult unknown =
            cli.ws({QStringLiteral("logs"), QStringLiteral("import"), dataLog("combined.log"),
                    QStringLiteral("--project"), QStringLiteral("nope")});
        QCOMPARE(unknown.code, 1);
    }

    void profileIsSavedAndReused()
    {
        CliRunner cli;
        const QJsonObject key = setUp(cli);
        QVERIFY(!key.isEmpty());
        const QString id = key[QStringLiteral("id")].toString();
        const QString log = cli.dir() + QStringLiteral("/custom.jsonl");
        write(log, "{\"started\":\"2026-01-01T00:00:00Z\",\"resp\":{\"code\":200},\"who\":\"" +
                       id.toLatin1() +
                       "\"}\n{\"started\":\"2026-01-01T00:01:00Z\",\"resp\":{\"code\":401},\"who\":\"" +
                       id.toLatin1() + "\"}\n");
        CliResult r =
            cli.ws({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("import"), log,
                    QStringLiteral("--project"), QStringLiteral("chat-api"), QStringLiteral("--map"),
                    QStringLiteral("time=started,status=resp.code,key=who"), QStringLiteral("--profile"),
                    QStringLiteral("mygw")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0)[QStringLiteral("imported")].toInt(), 2);

        const QString log2 = cli.dir() + QStringLiteral("/custom2.jsonl");
        write(log2, "{\"started\":\"2026-01-02T00:00:00Z\",\"resp\":{\"code\":200},\"who\":\"" +
                        id.toLatin1() + "\"}\n");
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("import"), log2,
                    QStringLiteral("--project"), QStringLiteral("chat-api"), QStringLiteral("--profile"),
                    QStringLiteral("mygw")});
        QCOMPARE(r.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("imported")].toInt(), 1);
        QCOMPARE(s[QStringLiteral("format")].toString(), QStringLiteral("json:plain profile:mygw"));

        r = cli.ws({QStringLiteral("logs"), QStringLiteral("import"), log2, QStringLiteral("--project"),
                    QStringLiteral("chat-api"), QStringLiteral("--profile"), QStringLiteral("other")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no import profile"));
    }

    // Every place a gateway may write a key: each line leaks the secret once, the finding names
    // the file, the first line and the key's hint, and each request counts for the key.
    void leakedKeyInEveryPlaceIsFoundAndAttributed()
    {
        CliRunner cli;
        const QJsonObject key = setUp(cli);
        const QByteArray secret = key[QStringLiteral("secret")].toString().toLatin1();
        QVERIFY(secret.size() > 20);
        QByteArray encoded = secret;
        encoded.replace('_', "%5F");
        const QByteArray head = "10.0.0.1 - - [01/Jan/2026:00:00:00 +0000] \"GET /v1/chat";
        const QByteArray tail = " HTTP/1.1\" 200 1 \"-\" \"curl/8.0\"";
        const QList<QByteArray> lines{
            head + tail + " \"Authorization: Bearer " + secret + "\"",
            head + tail + " authorization=\"Bearer " + secret + "\"",
            head + tail + " authorization=Bearer%20" + secret,
            head + tail + " \"Authorization: " + secret + "\"",
            head + tail + " \"X-Api-Key: " + secret + "\"",
            head + tail + " \"\\x22Bearer " + secret + "\\x22\"",
            head + tail + " \"'" + secret + "'\"",
            head + tail + " \"Bearer " + encoded + "\"",
            head + "?apikey=" + secret + tail,
            head + "?token=" + secret + tail,
            head + "?a=1&access_token=" + secret + tail,
            head + "?api_key=" + encoded + tail,
            head + "?API%5FKEY=" + secret + tail,
            head + "?key=%22" + secret + "%22" + tail,
        };
        const QString log = cli.dir() + QStringLiteral("/leaks.log");
        write(log, lines.join('\n') + '\n');
        CliResult r = cli.ws({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("import"), log,
                              QStringLiteral("--project"), QStringLiteral("chat-api")});
        QCOMPARE(r.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("imported")].toInt(), lines.size());
        QCOMPARE(s[QStringLiteral("anonymous")].toInt(), 0);
        QCOMPARE(s[QStringLiteral("findings")].toInt(), lines.size());

        r = cli.ws({QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("findings")});
        QCOMPARE(r.code, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(found.size(), 1);
        const QJsonObject f = found.at(0).toObject();
        QCOMPARE(f[QStringLiteral("kind")].toString(), QStringLiteral("plaintext_key"));
        QCOMPARE(f[QStringLiteral("file")].toString(), log);
        QCOMPARE(f[QStringLiteral("line")].toInt(), 1);
        QCOMPARE(f[QStringLiteral("count")].toInt(), lines.size());
        QCOMPARE(f[QStringLiteral("key_id")].toString(), key[QStringLiteral("id")].toString());
        QCOMPARE(f[QStringLiteral("key_hint")].toString(), key[QStringLiteral("hint")].toString());
        QVERIFY(!r.out.contains(secret));

        // Imported again: nothing new, and its findings are still pointed out.
        r = cli.ws({QStringLiteral("logs"), QStringLiteral("import"), log, QStringLiteral("--project"),
                    QStringLiteral("chat-api")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("already imported, nothing new"), r.out.constData());
        QVERIFY2(r.out.contains(
                     QByteArray(QByteArray::number(lines.size()) + " finding line(s) from earlier imports")),
                 r.out.constData());
    }

    // A profile saved with --format csv imports the next export of that kind with --profile alone
    // (its header matches no detection rule).
    void profileRemembersItsFormat()
    {
        CliRunner cli;
        const QJsonObject key = setUp(cli);
        const QByteArray id = key[QStringLiteral("id")].toString().toLatin1();
        const QString first = cli.dir() + QStringLiteral("/export1.csv");
        const QString second = cli.dir() + QStringLiteral("/export2.csv");
        write(first, "when,code,who\n2026-01-01T00:00:00Z,200," + id + "\n");
        write(second,
              "when,code,who\n2026-01-02T00:00:00Z,200," + id + "\n2026-01-02T00:01:00Z,401," + id + "\n");
        const QStringList base{QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("import"),
                               QStringLiteral("--project"), QStringLiteral("chat-api")};
        QCOMPARE(cli.ws(QStringList(base) << second).code, 1); // not detected without help
        CliResult r = cli.ws(QStringList(base)
                             << first << QStringLiteral("--format") << QStringLiteral("csv")
                             << QStringLiteral("--map") << QStringLiteral("time=when,status=code,key=who")
                             << QStringLiteral("--profile") << QStringLiteral("export"));
        QCOMPARE(r.code, 0);
        r = cli.ws(QStringList(base) << second << QStringLiteral("--profile") << QStringLiteral("export"));
        QCOMPARE(r.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("imported")].toInt(), 2);
        QVERIFY(s[QStringLiteral("format")].toString().startsWith(QStringLiteral("csv")));
    }

    void plaintextKeyNeverPrintedOrStored()
    {
        CliRunner cli;
        const QJsonObject key = setUp(cli);
        const QByteArray secret = key[QStringLiteral("secret")].toString().toLatin1();
        QVERIFY(secret.size() > 20);
        const QString log = cli.dir() + QStringLiteral("/leak.log");
        write(log, "10.0.0.1 - - [01/Jan/2026:00:00:00 +0000] \"GET /v1/chat?api_key=" + secret +
                       " HTTP/1.1\" 200 1 \"-\" \"curl\" \"Bearer " + secret +
                       "\"\n10.0.0.1 - - [01/Jan/2026:00:00:01 +0000] \"GET /v1/chat HTTP/1.1\" 401 1 \"-\" "
                       "\"curl\" \"Bearer " +
                       secret + "x\"\nnot a line " + secret + "\n");
        QByteArray output;
        for (const QStringList& args :
             {QStringList{QStringLiteral("logs"), QStringLiteral("import"), log, QStringLiteral("--project"),
                          QStringLiteral("chat-api"), QStringLiteral("--explain")},
              QStringList{QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("import"), log,
                          QStringLiteral("--project"), QStringLiteral("chat-api")},
              QStringList{QStringLiteral("logs"), QStringLiteral("files")},
              QStringList{QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("files")}}) {
            const CliResult r = cli.ws(args);
            QCOMPARE(r.code, 0);
            output += r.out + r.err;
        }
        QVERIFY(output.contains("finding"));
        QVERIFY(!output.contains(secret));
        // The workspace, its -wal and -shm, and the settings: the log itself is the only file with it.
        QFile::remove(log);
        QCOMPARE(kw::test::filesContaining(cli.dir(), secret), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliLogs)
#include "tst_cli_logs.moc"
