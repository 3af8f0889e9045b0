// SPDX-License-Identifier: GPL-3.0-or-later
// Input that breaks limits, imported by the real CLI: a line far longer than any log line, with or
// without its newline, is skipped while it is read (peak memory of the child process stays flat)
// and rejected alone with its line number; a long first line does not hide the lines after it
// from format detection, with or without --format.
#include "CliRunner.h"
#include "usage/import/Rejection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sys/resource.h>
#include <zlib.h>

using namespace kw::test;

namespace {

// A combined line without a key, one second after the one before.
QByteArray logLine(int i)
{
    const QByteArray second = QByteArray::number(i % 60).rightJustified(2, '0');
    const QByteArray minute = QByteArray::number(i / 60 % 60).rightJustified(2, '0');
    return "10.0.0." + QByteArray::number(i % 250) + " - - [01/Jan/2026:00:" + minute + ':' + second +
           " +0000] \"GET /v1/chat?n=" + QByteArray::number(i) + " HTTP/1.1\" 200 12 \"-\" \"curl/8.0\"\n";
}

QByteArray logLines(int from, int count)
{
    QByteArray out;
    for (int i = from; i < from + count; ++i) {
        out += logLine(i);
    }
    return out;
}

// The largest peak resident set of the child processes waited for so far, in MiB.
long childPeakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

// `bytes` as one gzip member.
QByteArray gzipMember(const QByteArray& bytes)
{
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&z, uLong(bytes.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QString tooLongText()
{
    return kw::rejectReasonMessage(kw::RejectReason::TooLong);
}

} // namespace

class TestUsageLimits final : public QObject
{
    Q_OBJECT

    CliRunner m_cli;
    int m_rows = 0; // gives each file content of its own: a copy of a file imported before adds nothing

    QString path(const QString& name) const { return m_cli.dir() + u'/' + name; }

    // `before` lines (more than the import's 64 KiB head, which must be text), then a line of
    // `longBytes` NUL bytes left as a hole of the file (no disk space, no time to write), then —
    // when `terminated` — its newline and `after` lines.
    QString sparseLog(const QString& name, int first, int before, qint64 longBytes, bool terminated,
                      int after)
    {
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        const QByteArray head = logLines(first, before);
        f.write(head);
        if (!f.resize(head.size() + longBytes) || !f.seek(head.size() + longBytes)) {
            return {};
        }
        if (terminated) {
            f.write('\n' + logLines(first + before, after));
        }
        return file;
    }

    // `logs import --json` of one file: its summary.
    QJsonObject import(const QString& file, const QStringList& extra = {})
    {
        const CliResult r =
            m_cli.ws(QStringList{QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("import"),
                                 file, QStringLiteral("--project"), QStringLiteral("chat-api")} +
                     extra);
        if (r.code != 0) {
            qWarning() << r.code << r.out << r.err;
            return {};
        }
        return QJsonDocument::fromJson(r.out).array().at(0).toObject();
    }

    static qint64 number(const QJsonObject& o, const char* field)
    {
        return o.value(QLatin1String(field)).toInteger(-1);
    }
    // Lines counted: these lines name no key, so they count as anonymous requests.
    static qint64 counted(const QJsonObject& o) { return number(o, "imported") + number(o, "anonymous"); }
    static qint64 tooLong(const QJsonObject& o)
    {
        return o.value(QStringLiteral("rejected_by_reason"))
            .toObject()
            .value(QStringLiteral("too_long"))
            .toInteger(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        const CliResult r =
            m_cli.ws({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat-api"),
                      QStringLiteral("--prefix"), QStringLiteral("chat")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void hugeLineIsSkippedInFlatMemory()
    {
        // 1000 lines, 400 MB of NUL bytes, its newline, 20 lines: the long line was read whole.
        const QString file = sparseLog(QStringLiteral("sparse.log"), 0, 1000, 400'000'000, true, 20);
        QVERIFY(!file.isEmpty());
        const QJsonObject s = import(file);
        QVERIFY2(childPeakMiB() < 200, qPrintable(QString::number(childPeakMiB()) + QStringLiteral(" MiB")));
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("imported"));
        QCOMPARE(number(s, "lines"), 1021);
        QCOMPARE(counted(s), 1020);
        QCOMPARE(tooLong(s), 1);
        const QString sample = s.value(QStringLiteral("rejected_samples")).toArray().at(0).toString();
        QVERIFY2(sample.endsWith(QStringLiteral("/sparse.log:1001: ") + tooLongText()), qPrintable(sample));
        // The whole file was taken: importing it again adds nothing.
        QCOMPARE(import(file).value(QStringLiteral("state")).toString(), QStringLiteral("already_imported"));
    }

    void hugeUnterminatedLastLineWaits()
    {
        // A last line without its newline may still be written: it is left for a later import,
        // without being read into memory.
        const QString file = sparseLog(QStringLiteral("open.log"), 10000, 1000, 400'000'000, false, 0);
        QVERIFY(!file.isEmpty());
        const QJsonObject s = import(file);
        QVERIFY2(childPeakMiB() < 200, qPrintable(QString::number(childPeakMiB()) + QStringLiteral(" MiB")));
        QCOMPARE(number(s, "lines"), 1000);
        QCOMPARE(counted(s), 1000);
        QCOMPARE(tooLong(s), 0);
    }

    void hugeGzipLineIsSkippedInFlatMemory()
    {
        // 300 MB of one line from 300 KB of gzip (one member, repeated: `cat a.gz b.gz` is one
        // file): skipped while it is inflated, as in a plain file.
        const QString file = path(QStringLiteral("bomb.log.gz"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gzipMember(logLines(20000, 1000)));
        const QByteArray megabyte = gzipMember(QByteArray(1 << 20, 'x'));
        for (int i = 0; i < 300; ++i) {
            f.write(megabyte);
        }
        f.write(gzipMember('\n' + logLines(21000, 5)));
        f.close();
        const QJsonObject s = import(file);
        QVERIFY2(childPeakMiB() < 200, qPrintable(QString::number(childPeakMiB()) + QStringLiteral(" MiB")));
        QCOMPARE(number(s, "lines"), 1006);
        QCOMPARE(counted(s), 1005);
        QCOMPARE(tooLong(s), 1);
        const QString sample = s.value(QStringLiteral("rejected_samples")).toArray().at(0).toString();
        QVERIFY2(sample.endsWith(QStringLiteral("/bomb.log.gz:1001: ") + tooLongText()), qPrintable(sample));
    }

    void longFirstLineDoesNotHideTheRest_data()
    {
        QTest::addColumn<int>("firstLineBytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("reason");
        QTest::newRow("100 KiB, detected") << 100 * 1024 << QString() << QStringLiteral("bad_syntax");
        QTest::newRow("100 KiB, --format combined")
            << 100 * 1024 << QStringLiteral("combined") << QStringLiteral("bad_syntax");
        QTest::newRow("3 MiB, detected") << 3 * 1024 * 1024 << QString() << QStringLiteral("too_long");
        QTest::newRow("3 MiB, --format combined")
            << 3 * 1024 * 1024 << QStringLiteral("combined") << QStringLiteral("too_long");
    }

    void longFirstLineDoesNotHideTheRest()
    {
        QFETCH(int, firstLineBytes);
        QFETCH(QString, format);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("first-%1-%2.log").arg(firstLineBytes).arg(format));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(firstLineBytes, 'x') + '\n' + logLines(30000 + 100 * m_rows++, 30));
        f.close();
        const QStringList extra =
            format.isEmpty() ? QStringList() : QStringList{QStringLiteral("--format"), format};
        const QJsonObject s = import(file, extra);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("imported"));
        QVERIFY2(s.value(QStringLiteral("format")).toString().startsWith(QStringLiteral("combined")),
                 qPrintable(s.value(QStringLiteral("format")).toString()));
        QCOMPARE(number(s, "lines"), 31);
        QCOMPARE(counted(s), 30);
        QCOMPARE(s.value(QStringLiteral("rejected_by_reason")).toObject().value(reason).toInteger(), 1);
        QVERIFY(s.value(QStringLiteral("rejected_samples"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral(".log:1:")));
    }
};

QTEST_GUILESS_MAIN(TestUsageLimits)
#include "tst_usage_limits.moc"
