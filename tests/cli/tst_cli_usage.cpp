// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward usage summary|findings` through the real binary on a workspace whose usage rows are
// written with SQL (UsageFill), so the expected numbers are known exactly.
#include "CliRunner.h"
#include "UsageFill.h"
#include "usage/query/UsageQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace kw;
using namespace kw::test;

namespace {

const QDateTime Day0(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
const qint64 M0 = minuteOf(Day0);

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words) {
        out.append(QString::fromUtf8(w));
    }
    return out;
}

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

private:
    CliRunner cli;
    QString keyId;
    QString keyHint;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(cli.isValid());
        QCOMPARE(cli.ws(args({"project", "create", "chat-api", "--prefix", "chat"})).code, 0);
        const CliResult issued =
            cli.ws(args({"--json", "key", "issue", "--project", "chat-api", "--name", "web"}));
        QCOMPARE(issued.code, 0);
        const QJsonObject key = QJsonDocument::fromJson(issued.out).object();
        keyId = key.value(QStringLiteral("id")).toString();
        keyHint = key.value(QStringLiteral("hint")).toString();
        QVERIFY(!keyId.isEmpty());

        Result<std::unique_ptr<Workspace>> ws =
            Workspace::open(cli.workspace(), Workspace::OpenMode::OpenExisting);
        QVERIFY(ws);
        QSqlQuery q = (*ws)->exec(QStringLiteral("SELECT id FROM projects WHERE name = 'chat-api'")).value();
        QVERIFY(q.next());
        UsageFill fill(**ws, q.value(0).toString());
        QVERIFY(fill.add(keyId, M0 + 5, Outcome::Valid, 990));
        QVERIFY(fill.add(keyId, M0 + 70, Outcome::Valid, 1000));
        QVERIFY(fill.add(keyId, M0 + 70, Outcome::RateLimited, 16));
        QVERIFY(fill.add(QString(), M0 + 65, Outcome::Invalid, 4));
        const qint64 file = fill.file(QStringLiteral("/logs/access.log"), Day0, Day0.addSecs(7200));
        QVERIFY(fill.finding(file, QStringLiteral("accepted_revoked"), 12, Day0.addSecs(300), keyId, 2));
    }

    void summaryTable()
    {
        const CliResult r = cli.ws(args({"usage", "summary", "--project", "chat-api", "--by", "hour"}));
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("HOUR (UTC)")), r.out.constData());
        QVERIFY(out.contains(QStringLiteral("2030-01-01T00:00:00Z")));
        QVERIFY(out.contains(QStringLiteral("2030-01-01T01:00:00Z")));
        // 4 invalid of 2010: 0.20 %, good; 1990 valid: 99.00 %, good (above 99 %).
        QVERIFY2(out.contains(QStringLiteral("invalid-key rate 0.20 % (good), success rate 99.00 % (good)")),
                 r.out.constData());
    }

    void summaryJson()
    {
        const CliResult r = cli.ws(args({"--json", "usage", "summary", "--project", "chat-api", "--since",
                                         "2030-01-01T01:00Z", "--until", "2030-01-01T02:00Z"}));
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("bucket")).toString(), QStringLiteral("minute"));
        const QJsonArray buckets = o.value(QStringLiteral("buckets")).toArray();
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets.at(0).toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2030-01-01T01:05:00Z"));
        QCOMPARE(buckets.at(0).toObject().value(QStringLiteral("invalid")).toInteger(), 4);
        QCOMPARE(buckets.at(1).toObject().value(QStringLiteral("rate_limited")).toInteger(), 16);
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("total")).toInteger(), 1020);
        const QJsonObject health = o.value(QStringLiteral("health")).toObject();
        QCOMPARE(health.value(QStringLiteral("success_level")).toString(), QStringLiteral("warning"));
        QCOMPARE(health.value(QStringLiteral("success_rate")).toDouble(), 1000.0 / 1020.0);
        // The hour before: 990 valid only.
        const QJsonObject previous = o.value(QStringLiteral("previous")).toObject();
        QCOMPARE(previous.value(QStringLiteral("total")).toInteger(), 990);
        QCOMPARE(previous.value(QStringLiteral("invalid_level")).toString(), QStringLiteral("good"));
    }

    void summaryForOneKey()
    {
        const CliResult r = cli.ws(QStringList{QStringLiteral("--json"), QStringLiteral("usage"),
                                               QStringLiteral("summary"), QStringLiteral("--project"),
                                               QStringLiteral("chat-api"), QStringLiteral("--key"), keyHint});
        QCOMPARE(r.code, 0);
        const QJsonObject totals =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("invalid")).toInteger(), 0);
        QCOMPARE(totals.value(QStringLiteral("total")).toInteger(), 2006);
    }

    void summaryRefusesBadInput()
    {
        QCOMPARE(cli.ws(args({"usage", "summary"})).code, 2);
        QCOMPARE(cli.ws(args({"usage", "summary", "--project", "chat-api", "--by", "month"})).code, 2);
        QCOMPARE(cli.ws(args({"usage", "summary", "--project", "chat-api", "--since", "yesterday"})).code, 2);
        const CliResult missing = cli.ws(args({"usage", "summary", "--project", "nope"}));
        QCOMPARE(missing.code, 1);
        QVERIFY(!missing.err.isEmpty());
    }

    void summaryAfterARealImport()
    {
        // The whole way a user goes: logs import, then usage summary, on a fresh workspace.
        CliRunner fresh;
        QCOMPARE(fresh.ws(args({"project", "create", "chat-api", "--prefix", "chat"})).code, 0);
        const CliResult issued =
            fresh.ws(args({"--json", "key", "issue", "--project", "chat-api", "--name", "web"}));
        const QString id =
            QJsonDocument::fromJson(issued.out).object().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const QString path = fresh.dir() + QStringLiteral("/access.jsonl");
        QFile log(path);
        QVERIFY(log.open(QIODevice::WriteOnly));
        for (int i = 0; i < 9; ++i) {
            log.write(QStringLiteral("{\"ts\":\"2030-01-01T00:0%1:00Z\",\"status\":200,\"key_id\":\"%2\"}\n")
                          .arg(i)
                          .arg(id)
                          .toUtf8());
        }
        log.write("{\"ts\":\"2030-01-01T00:09:30Z\",\"status\":429,\"key_id\":\"key_ZZZZZZZZZZZZZZZZ\"}\n");
        log.close();
        const CliResult imported =
            fresh.ws(QStringList{QStringLiteral("logs"), QStringLiteral("import"), path,
                                 QStringLiteral("--project"), QStringLiteral("chat-api")});
        QVERIFY2(imported.code == 0, imported.err.constData());
        const CliResult r =
            fresh.ws(args({"--json", "usage", "summary", "--project", "chat-api", "--by", "minute"}));
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("buckets")).toArray().size(), 10); // minutes 0..9
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("valid")).toInteger(), 9);
        QCOMPARE(totals.value(QStringLiteral("rate_limited")).toInteger(), 1);
        QCOMPARE(
            o.value(QStringLiteral("health")).toObject().value(QStringLiteral("success_level")).toString(),
            QStringLiteral("bad")); // 90 %
    }

    void findings()
    {
        const CliResult table = cli.ws(args({"usage", "findings"}));
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("/logs/access.log:12"), table.out.constData());
        QVERIFY(table.out.contains("gateway accepted a revoked key"));
        const CliResult r = cli.ws(args({"--json", "usage", "findings", "--project", "chat-api"}));
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 1);
        const QJsonObject f = a.at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("kind")).toString(), QStringLiteral("accepted_revoked"));
        QCOMPARE(f.value(QStringLiteral("line")).toInteger(), 12);
        QCOMPARE(f.value(QStringLiteral("key_id")).toString(), keyId);
        QCOMPARE(f.value(QStringLiteral("key_hint")).toString(), keyHint);
        QCOMPARE(f.value(QStringLiteral("count")).toInteger(), 2);
        QCOMPARE(f.value(QStringLiteral("project")).toString(), QStringLiteral("chat-api"));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
