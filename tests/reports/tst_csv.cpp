// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV primitives of issue 7: the writer's quoting and formula neutralisation, its ISO times,
// and the strict reader's refusals with line numbers (quoted line breaks count).
#include "reports/CsvParser.h"
#include "reports/CsvWriter.h"

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
