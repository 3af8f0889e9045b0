// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed input is rejected with a reason and never crashes a reader; no output carries a key.
#include "LogTestSupport.h"
#include "usage/import/ClfReader.h"
#include "usage/import/CsvReader.h"
#include "usage/import/JsonReader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kw;
using namespace kwtest;

namespace {

std::vector<std::unique_ptr<LineReader>> allReaders()
{
    std::vector<std::unique_ptr<LineReader>> readers;
    readers.push_back(std::make_unique<ClfReader>());
    readers.push_back(std::make_unique<JsonReader>(defaultMapping(JsonDialect::Plain)));
    auto csv = std::make_unique<CsvReader>(defaultMapping(JsonDialect::Plain));
    LogRecord header;
    (void)csv->read("ts,status,key_id", header);
    readers.push_back(std::move(csv));
    return readers;
}

ParseStatus::Kind readWith(LineReader& reader, const QByteArray& line, RejectReason* reason = nullptr)
{
    LogRecord record;
    const ParseStatus s = reader.read(std::string_view(line.constData(), std::size_t(line.size())), record);
    if (reason) {
        *reason = s.reason;
    }
    return s.kind;
}

QString keyText(std::string_view key)
{
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

} // namespace

class TestUsageRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<RejectReason>("reason");
        QTest::newRow("NUL bytes") << QByteArray("10.0.0.1 - - \0\0\0\x01\x02", 19) << RejectReason::NotText;
        QTest::newRow("Latin-1") << QByteArray("10.0.0.1 - caf\xe9 [x]") << RejectReason::NotText;
        QTest::newRow("overlong") << QByteArray("a \xc0\xaf b") << RejectReason::NotText;
        QTest::newRow("surrogate") << QByteArray("a \xed\xa0\x80 b") << RejectReason::NotText;
        QTest::newRow("cut sequence") << QByteArray("abc \xe2\x82") << RejectReason::NotText;
        QTest::newRow("10 MB") << QByteArray(10 * 1024 * 1024, 'a') << RejectReason::TooLong;
    }

    void malformedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(RejectReason, reason);
        for (const auto& reader : allReaders()) {
            RejectReason got = RejectReason::BadSyntax;
            QCOMPARE(readWith(*reader, line, &got), ParseStatus::Rejected);
            QCOMPARE(got, reason);
        }
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(20240301);
        const auto readers = allReaders();
        const QByteArray seeds[] = {
            QByteArray("1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET /?key=\" 200 1 \""),
            QByteArray("{\"ts\":1,\"status\":200,\"key_id\":\"key_"),
            QByteArray("2024-03-01T12:00:00Z,\"200\",\"\"\"")};
        for (int i = 0; i < 3000; ++i) {
            QByteArray line = seeds[i % 3].left(int(rng.bounded(seeds[i % 3].size() + 1)));
            const int extra = int(rng.bounded(40));
            for (int j = 0; j < extra; ++j) {
                line.append(char(rng.bounded(256)));
            }
            for (const auto& reader : readers) {
                readWith(*reader, line); // any verdict will do; what matters is no crash, no UB
            }
        }
        QVERIFY(detectFormat({QByteArray("\xff\xfe\x00\x01", 4)}).format == LogFormat::Unknown);
    }

    void binaryFileIsRejectedLineByLine()
    {
        QByteArray garbage;
        QRandomGenerator rng(7);
        for (int i = 0; i < 4096; ++i) {
            garbage.append(char(rng.bounded(256)));
        }
        const ReadResult r = readLines(QStringLiteral("garbage.bin"), garbage);
        QCOMPARE(r.detection.format, LogFormat::Unknown);
        QVERIFY(r.records.empty());
    }

    void plaintextKeyNeverInOutput()
    {
        const QStringList keys{keyText(KeyA), keyText(KeyB)};
        for (const char* name :
             {"combined.log", "plain.jsonl", "kong.jsonl", "traefik.jsonl", "caddy.jsonl", "usage.csv"}) {
            const ReadResult r = readDataFile(QString::fromLatin1(name));
            QStringList outputs = r.tally.samples();
            outputs << r.tally.summary() << r.detection.explanation;
            for (const auto& [line, record] : r.records) {
                outputs << record.keyRefString();
            }
            // Every line as rejected: the samples say where and why, never what.
            RejectTally all(QString::fromLatin1(name));
            for (int reason = 0; reason < RejectReasonCount; ++reason) {
                all.add(reason + 1, static_cast<RejectReason>(reason));
            }
            outputs << all.samples() << all.summary();
            for (const QString& out : std::as_const(outputs)) {
                for (const QString& key : keys) {
                    QVERIFY2(!out.contains(key), qPrintable(QString::fromLatin1(name)));
                    QVERIFY(!out.contains(key.left(30))); // nor most of its body
                }
            }
        }
    }

    void samplesNameFileAndLine()
    {
        const ReadResult r = readDataFile(QStringLiteral("combined.log"));
        QCOMPARE(r.tally.samples().size(), 3);
        QVERIFY(r.tally.samples().first().startsWith(u"combined.log:6: "));
        QVERIFY(r.tally.summary().contains(u"bad_time"));
    }
};

QTEST_GUILESS_MAIN(TestUsageRobustness)
#include "tst_usage_robustness.moc"
