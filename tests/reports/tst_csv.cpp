// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV primitives of the reports: the writer's quoting and formula neutralisation, its ISO times,
// and the strict reader's refusals with line numbers (quoted line breaks count).
#include "reports/AuditDetails.h"
#include "reports/CsvParser.h"
#include "reports/CsvWriter.h"
#include "reports/Report.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quotes") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("formula") << QByteArray("=cmd|' /C calc'!A0") << QByteArray("\"'=cmd|' /C calc'!A0\"");
        QTest::newRow("plus") << QByteArray("+1") << QByteArray("\"'+1\"");
        QTest::newRow("minus") << QByteArray("-2") << QByteArray("\"'-2\"");
        QTest::newRow("at") << QByteArray("@x") << QByteArray("\"'@x\"");
        QTest::newRow("tab") << QByteArray("\tx") << QByteArray("\"'\tx\"");
        QTest::newRow("cr") << QByteArray("\rx") << QByteArray("\"'\rx\"");
        QTest::newRow("inner =") << QByteArray("a=b") << QByteArray("a=b");
        QTest::newRow("formula and quote") << QByteArray("=\"x\"") << QByteArray("\"'=\"\"x\"\"\"");
    }
    void fields()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QByteArray written;
        CsvWriter::appendField(written, in);
        QCOMPARE(written, out);
    }

    void rowsAndTimes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        {
            CsvWriter w;
            QVERIFY(w.open(path, true, true));
            w.header({QStringLiteral("a"), QStringLiteral("b")});
            w.isoTime(0);
            w.decimal(0.0125, 6);
            QVERIFY(w.endRow());
            w.isoTime(1'767'225'599'999); // 2025-12-31T23:59:59.999
            w.number(-3);
            QVERIFY(w.endRow());
            w.isoTime(951'782'400'000); // 2000-02-29
            w.empty();
            QVERIFY(w.endRow());
            QVERIFY(w.commit());
            QCOMPARE(w.rows(), 3);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF"
                                         "a,b\r\n1970-01-01T00:00:00Z,0.012500\r\n2025-12-31T23:59:59Z,-3\r\n"
                                         "2000-02-29T00:00:00Z,\r\n"));
    }

    // Many blocks, each written on the writer's thread while the next fills: same bytes, in
    // order, and the digest is of exactly those bytes.
    void blocksWrittenInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QByteArray expected;
        {
            CsvWriter w;
            QVERIFY(w.open(path, false, true));
            for (int i = 0; i < 200000; ++i) {
                w.number(i);
                w.utf8(QByteArrayView("a \"quoted\", cell"));
                QVERIFY(w.endRow());
                expected += QByteArray::number(i) + ",\"a \"\"quoted\"\", cell\"\r\n";
            }
            QVERIFY(w.commit());
            QCOMPARE(
                w.sha256Hex(),
                QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
        }
        QVERIFY(expected.size() > 4 * 1024 * 1024);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), expected);
    }

    // The audit export reads common details without QJsonDocument: whenever it does, it must
    // give what readableDetails gives; `fast` says the shape is one it is meant to take.
    void auditDetails_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("fast");
        QTest::newRow("issue") << QByteArray("{\"key_hint\":\"chat_live_abc123\",\"name\":\"service 1\"}")
                               << true;
        QTest::newRow("revoke") << QByteArray("{\"key_hint\":\"h\",\"note\":\"\",\"reason\":\"unused\"}")
                                << true;
        QTest::newRow("edit")
            << QByteArray("{\"changes\":{\"owner\":{\"from\":\"a\",\"to\":\"b\"}},\"key_hint\":\"h\"}")
            << true;
        QTest::newRow("edit lists")
            << QByteArray("{\"changes\":{\"expires_at\":{\"from\":null,\"to\":\"2026-12-23T13:34:52Z\"},"
                          "\"models\":{\"from\":[],\"to\":[\"gpt-x\"]},\"scopes\":{\"from\":[],\"to\":["
                          "\"read\",\"write\"]}},\"key_hint\":\"h\"}")
            << true;
        QTest::newRow("edit one side")
            << QByteArray("{\"changes\":{\"rpm\":{\"to\":5}},\"note\":\"x\"}") << true;
        QTest::newRow("values")
            << QByteArray("{\"a\":true,\"b\":false,\"c\":null,\"d\":-12,\"e\":[1,[2,\"x\"]],\"f\":0}")
            << true;
        QTest::newRow("empty") << QByteArray("{}") << true;
        QTest::newRow("no hint") << QByteArray("{\"name\":\"n\"}") << true;
        QTest::newRow("escape") << QByteArray("{\"name\":\"say \\\"hi\\\"\"}") << false;
        QTest::newRow("non-ascii") << QByteArray("{\"owner\":\"Zo\xC3\xAB\"}") << false;
        QTest::newRow("nested") << QByteArray("{\"tier\":{\"rpm\":1}}") << false;
        QTest::newRow("fraction") << QByteArray("{\"rate\":0.5}") << false;
        QTest::newRow("exponent") << QByteArray("{\"n\":1e3}") << false;
        QTest::newRow("minus zero") << QByteArray("{\"n\":-0}") << false;
        QTest::newRow("huge") << QByteArray("{\"n\":12345678901234567890}") << false;
        QTest::newRow("unsorted") << QByteArray("{\"name\":\"n\",\"key_hint\":\"h\"}") << false;
        QTest::newRow("duplicate") << QByteArray("{\"a\":\"1\",\"a\":\"2\"}") << false;
        QTest::newRow("spaces") << QByteArray("{ \"a\":\"1\"}") << false;
        QTest::newRow("hint not text") << QByteArray("{\"key_hint\":1}") << false;
        QTest::newRow("change extra")
            << QByteArray("{\"changes\":{\"x\":{\"from\":1,\"to\":2,\"why\":3}}}") << false;
        QTest::newRow("changes not object") << QByteArray("{\"changes\":[1]}") << false;
        QTest::newRow("trailing") << QByteArray("{\"a\":\"1\"}x") << false;
        QTest::newRow("not json") << QByteArray("") << false;
        QTest::newRow("array") << QByteArray("[]") << false;
    }
    void auditDetails()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, fast);
        AuditDetailsReader reader;
        QCOMPARE(reader.read(json), fast);
        if (fast) {
            const QJsonObject parsed = QJsonDocument::fromJson(json).object();
            QCOMPARE(reader.readable(), readableDetails(parsed).toUtf8());
            QCOMPARE(reader.hint().toByteArray(),
                     parsed.value(QStringLiteral("key_hint")).toString().toUtf8());
        }
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        {
            CsvWriter w;
            QVERIFY(w.open(dir.filePath(QStringLiteral("t.csv")), false));
            w.text(u"x");
            QVERIFY(w.endRow());
        } // destroyed without commit
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void parse()
    {
        Result<QList<CsvRow>> rows =
            parseCsv("\xEF\xBB\xBFh1,h2\r\n\"a\nb\",\"c\"\"d\"\n\ne,\n", QStringLiteral("f.csv"));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(1).fields, (QStringList{QStringLiteral("a\nb"), QStringLiteral("c\"d")}));
        QCOMPARE(rows->at(1).line, 2);
        QCOMPARE(rows->at(2).line, 5); // the quoted line break and the blank line count
        QCOMPARE(rows->at(2).fields, (QStringList{QStringLiteral("e"), QString()}));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed") << QByteArray("a,b\n1,\"2\n3,4\n") << QStringLiteral("f.csv:2:");
        QTest::newRow("quote inside") << QByteArray("a,b\n1,2\nx\"y,3\n") << QStringLiteral("f.csv:3:");
        QTest::newRow("after closing") << QByteArray("a,b\n\"1\"x,2\n") << QStringLiteral("f.csv:2:");
        QTest::newRow("columns") << QByteArray("a,b\n1,2\n\"multi\nline\",2,3\n")
                                 << QStringLiteral("f.csv:3:");
    }
    void refusals()
    {
        QFETCH(QByteArray, in);
        QFETCH(QString, where);
        Result<QList<CsvRow>> rows = parseCsv(in, QStringLiteral("f.csv"));
        QVERIFY(!rows);
        QVERIFY2(rows.error().message.startsWith(where), qPrintable(rows.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
