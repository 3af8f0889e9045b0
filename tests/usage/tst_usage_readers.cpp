// SPDX-License-Identifier: GPL-3.0-or-later
// Each reader against crafted lines in tests/data/logs; the expected counts were worked out by hand
// from those files (see the comment on each line of expectations).
#include "LogTestSupport.h"
#include "usage/import/ClfReader.h"
#include "usage/import/FieldMapping.h"
#include "usage/import/JsonReader.h"
#include "usage/import/TextScan.h"

#include <QTest>

using namespace kw;
using namespace kwtest;

namespace {

QList<qint64> lineNumbers(const ReadResult& r)
{
    QList<qint64> out;
    for (const auto& [line, record] : r.records) {
        out.append(line);
    }
    return out;
}

QList<qint64> plaintextLines(const ReadResult& r)
{
    QList<qint64> out;
    for (const auto& [line, record] : r.records) {
        if (record.plaintextSeen) {
            out.append(line);
        }
    }
    return out;
}

} // namespace

class TestUsageReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The minute cache of the combined reader gives what a full parse gives, line after line.
    void clfTimeCache()
    {
        text::ClfTimeCache cache;
        for (const char* t :
             {"10/Oct/2000:13:55:36 -0700", "10/Oct/2000:13:55:59 -0700", "10/Oct/2000:13:55:60 -0700",
              "10/Oct/2000:13:55:61 -0700", "10/Oct/2000:13:55:3x -0700", "10/Oct/2000:13:55:07 +0200",
              "10/Oct/2000:13:56:00 +0200", "10/oct/2000:13:56:01 +0200", "10/Oct/2000:13:56:02 +02",
              "10/Oct/2000:13:56:03 +0200x", "10/Oct/2000:13:56:04 +0200"}) {
            const std::string_view s(t);
            QCOMPARE(cache.parse(s), text::parseClfTime(s));
        }
    }

    void simdScans()
    {
        const std::string base(70, 'a');
        for (std::size_t at = 0; at < base.size(); ++at) {
            std::string s = base;
            s[at] = '\\';
            QCOMPARE(text::findEither(s, '"', '\\'), at);
            QCOMPARE(text::findEither(std::string_view(s).substr(0, at), '"', '\\'), at); // not found
        }
    }

    // scanLines() against the byte-at-a-time answer: newlines at every offset of pieces of every
    // length up to 200 (the SIMD rounds are 64 bytes), with a NUL or a high byte anywhere.
    void scanLinesFindsEveryNewline()
    {
        const auto expected = [](std::string_view s, std::vector<quint32>& at) {
            bool plain = true;
            for (std::size_t i = 0; i < s.size(); ++i) {
                const auto c = static_cast<unsigned char>(s[i]);
                plain = plain && c != 0 && c < 0x80;
                if (c == '\n') {
                    at.push_back(quint32(i));
                }
            }
            return plain;
        };
        for (std::size_t length = 0; length <= 200; ++length) {
            std::string s(length, 'x');
            for (std::size_t i = 0; i < length; i += 1 + (i * 7) % 13) {
                s[i] = '\n';
            }
            for (std::size_t bad = 0; bad <= length; ++bad) { // bad == length: none
                for (const char odd : {char(0), char(0xc3), char(0x7f)}) {
                    std::string t = s;
                    if (bad < length) {
                        t[bad] = odd;
                    }
                    std::vector<quint32> found{12345}; // appended to, not cleared
                    std::vector<quint32> wanted{12345};
                    QCOMPARE(text::scanLines(t, found), expected(t, wanted));
                    QCOMPARE(found, wanted);
                }
            }
        }
    }

    void combined()
    {
        const ReadResult r = readDataFile(QStringLiteral("combined.log"));
        QCOMPARE(r.detection.format, LogFormat::Combined);
        // Lines 1-5 and 10 are records; 6 no fields, 7 month "Foo", 8 status "abc"; 9 is blank.
        QCOMPARE(lineNumbers(r), (QList<qint64>{1, 2, 3, 4, 5, 10}));
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.tally.total(), 3);
        QCOMPARE(r.tally.count(RejectReason::BadSyntax), 1);
        QCOMPARE(r.tally.count(RejectReason::BadTime), 1);
        QCOMPARE(r.tally.count(RejectReason::BadStatus), 1);
        QCOMPARE(plaintextLines(r), (QList<qint64>{3, 4}));

        const LogRecord& first = r.records[0].second; // [10/Oct/2000:13:55:36 -0700], key id in extra field
        QCOMPARE(first.timeMs, 971211336000);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.refKind(), KeyRefKind::KeyId);
        QCOMPARE(first.keyRef(), std::string_view("key_AAAAAAAAAAAAAAA1"));
        const LogRecord& hint = r.records[1].second; // remote_user
        QCOMPARE(hint.refKind(), KeyRefKind::Hint);
        QCOMPARE(hint.source, KeySource::RemoteUser);
        QCOMPARE(hint.status, 401);
        const LogRecord& query = r.records[2].second; // bare ISO time, api_key= holds key A
        QCOMPARE(query.timeMs, 971211420000);
        QCOMPARE(query.refKind(), KeyRefKind::FullKey);
        QCOMPARE(query.source, KeySource::QueryParam);
        QCOMPARE(query.keyRef(), HashA);
        const LogRecord& bearer = r.records[3].second; // [ISO +02:00], "Bearer key B"
        QCOMPARE(bearer.timeMs, 971211480000);
        QCOMPARE(bearer.source, KeySource::BearerHeader);
        QCOMPARE(bearer.keyRef(), HashB);
        QVERIFY(!r.records[4].second.hasKeyRef());      // common format, no key
        const LogRecord& limited = r.records[5].second; // key= param; "alice" is ident, not user
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.keyRef(), std::string_view("key_BBBBBBBBBBBBBBB2"));
        QCOMPARE(limited.source, KeySource::QueryParam);
    }

    // Extra fields that are opaque by their length stop early; those next to that test do not.
    void clfExtraFields()
    {
        const std::string head = R"(10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 5 )";
        ClfReader reader;
        LogRecord record;
        const auto read = [&](const char* extras) {
            const std::string line = head + extras;
            return reader.read(line, record).kind == ParseStatus::Record;
        };
        QVERIFY(read(R"("-" "0.013" "10.2.0.1:8080" "curl/8.0")"));
        QVERIFY(!record.hasKeyRef());
        QVERIFY(!record.plaintextSeen);
        for (const char* bearer : {R"("Bearer xyz")", R"("bearer xyz")", R"("-" "BEARER abc")"}) {
            QVERIFY(read(bearer));
            QVERIFY2(record.plaintextSeen, bearer); // an opaque Bearer token is still a credential
            QCOMPARE(record.source, KeySource::BearerHeader);
        }
        // Lengths that only trimming or "name=" brings to a key id's 20.
        for (const char* id : {R"("kid=key_AAAAAAAAAAAAAAA1")", R"("   key_AAAAAAAAAAAAAAA1      ")",
                               R"("0.1" "key_AAAAAAAAAAAAAAA1")"}) {
            QVERIFY(read(id));
            QCOMPARE(record.refKind(), KeyRefKind::KeyId);
            QCOMPARE(record.keyRef(), std::string_view("key_AAAAAAAAAAAAAAA1"));
        }
    }

    // Every place design's key rule names, in a combined line's extra fields and request target,
    // quoted, escaped and percent-encoded: the key is found (hashed), by both walks, and is a leak.
    void leakedKeyPlaces_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("extras");
        QTest::addColumn<int>("source");
        const QByteArray key(KeyA.data(), qsizetype(KeyA.size()));
        QByteArray encoded = key;
        encoded.replace('_', "%5F");
        const auto header = int(KeySource::BearerHeader);
        const auto field = int(KeySource::Field);
        const auto query = int(KeySource::QueryParam);
        QTest::newRow("Authorization: Bearer")
            << QByteArray("/v1") << "\"Authorization: Bearer " + key + '"' << header;
        QTest::newRow("authorization=\"Bearer\"")
            << QByteArray("/v1") << "authorization=\"Bearer " + key + '"' << header;
        QTest::newRow("Bearer%20") << QByteArray("/v1") << "authorization=Bearer%20" + key << header;
        QTest::newRow("Authorization: KEY") << QByteArray("/v1") << "\"Authorization: " + key + '"' << field;
        QTest::newRow("X-Api-Key") << QByteArray("/v1") << "\"-\" \"X-Api-Key: " + key + '"' << field;
        QTest::newRow("x-api-key:") << QByteArray("/v1") << "\"x-api-key:" + key + '"' << field;
        QTest::newRow("apikey=") << QByteArray("/v1") << "apikey=" + key << field;
        QTest::newRow("escaped quotes") << QByteArray("/v1") << "\"\\x22Bearer " + key + "\\x22\"" << header;
        QTest::newRow("single quotes") << QByteArray("/v1") << "\"'" + key + "'\"" << field;
        QTest::newRow("encoded bearer") << QByteArray("/v1") << "\"Bearer " + encoded + '"' << header;
        QTest::newRow("encoded field") << QByteArray("/v1") << '"' + encoded + '"' << field;
        QTest::newRow("?apikey") << "/v1?apikey=" + key << QByteArray("\"-\"") << query;
        QTest::newRow("?token") << "/v1?token=" + key << QByteArray("\"-\"") << query;
        QTest::newRow("?access_token") << "/v1?x=1&access_token=" + key << QByteArray("\"-\"") << query;
        QTest::newRow("?api_key encoded") << "/v1?api_key=" + encoded << QByteArray("\"-\"") << query;
        QTest::newRow("?API%5FKEY") << "/v1?API%5FKEY=" + key << QByteArray("\"-\"") << query;
        QTest::newRow("?key quoted") << "/v1?key=%22" + key + "%22" << QByteArray("\"-\"") << query;
    }

    void leakedKeyPlaces()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, extras);
        QFETCH(int, source);
        const QByteArray line = "10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET " + target +
                                " HTTP/1.1\" 200 5 \"-\" \"curl/8.0\" " + extras;
        for (const ClfReader::Walk walk : {ClfReader::Walk::Fast, ClfReader::Walk::GeneralOnly}) {
            ClfReader reader(walk);
            LogRecord record;
            QCOMPARE(reader.read(std::string_view(line.constData(), std::size_t(line.size())), record).kind,
                     ParseStatus::Record);
            QCOMPARE(record.refKind(), KeyRefKind::FullKey);
            QCOMPARE(record.keyRef(), HashA);
            QVERIFY(record.plaintextSeen);
            QCOMPARE(int(record.source), source);
        }
    }

    // Kong's key-auth sends the key in the "apikey" header, which the file-log plugin writes.
    void kongApikeyHeader()
    {
        const QByteArray line = "{\"started_at\":1709294400000,\"response\":{\"status\":200},"
                                "\"request\":{\"uri\":\"/v1\",\"headers\":{\"apikey\":\"" +
                                QByteArray(KeyA.data(), qsizetype(KeyA.size())) + "\"}}}";
        const ReadResult r = readLines(QStringLiteral("kong.jsonl"), line + '\n');
        QCOMPARE(r.detection.dialect, JsonDialect::Kong);
        QCOMPARE(r.records.size(), std::size_t(1));
        QCOMPARE(r.records[0].second.keyRef(), HashA);
        QVERIFY(r.records[0].second.plaintextSeen);
    }

    void plainJson()
    {
        const ReadResult r = readDataFile(QStringLiteral("plain.jsonl"));
        QCOMPARE(r.detection.format, LogFormat::JsonLines);
        QCOMPARE(r.detection.dialect, JsonDialect::Plain);
        // 4 "maybe", 6 no ts, 7 status "OK", 8 and 9 no object.
        QCOMPARE(lineNumbers(r), (QList<qint64>{1, 2, 3, 5, 10}));
        QCOMPARE(r.tally.count(RejectReason::UnknownOutcome), 1);
        QCOMPARE(r.tally.count(RejectReason::BadTime), 1);
        QCOMPARE(r.tally.count(RejectReason::BadStatus), 1);
        QCOMPARE(r.tally.count(RejectReason::BadJson), 2);
        QCOMPARE(r.records[0].second.outcome, std::optional(Outcome::Valid));       // "OK"
        QCOMPARE(r.records[1].second.outcome, std::optional(Outcome::RateLimited)); // "Throttled"
        QCOMPARE(r.records[1].second.timeMs, 1709294460000);                        // epoch seconds
        QCOMPARE(r.records[2].second.outcome, std::optional(Outcome::Forbidden));   // insufficient_…
        QCOMPARE(r.records[2].second.timeMs, 1709294520500);                        // fractional s
        QCOMPARE(r.records[2].second.refKind(), KeyRefKind::Hash);
        QCOMPARE(r.records[3].second.status, 0); // outcome only
        QCOMPARE(r.records[3].second.keyRef(), HashA);
        QCOMPARE(plaintextLines(r), (QList<qint64>{5}));
        QCOMPARE(r.records[4].second.outcome, std::nullopt); // null outcome
        QCOMPARE(r.records[4].second.timeMs, 1709294820000); // epoch ms
        QCOMPARE(r.records[4].second.keyRef(), std::string_view("key_BBBBBBBBBBBBBBB2"));
    }

    void gatewayDialects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<JsonDialect>("dialect");
        QTest::addColumn<QList<qint64>>("records");
        QTest::addColumn<QList<qint64>>("plaintext");
        QTest::addColumn<QList<int>>("statuses");
        QTest::newRow("kong") << QStringLiteral("kong.jsonl") << JsonDialect::Kong << QList<qint64>{1, 2}
                              << QList<qint64>{2} << QList<int>{200, 401};
        QTest::newRow("traefik") << QStringLiteral("traefik.jsonl") << JsonDialect::Traefik
                                 << QList<qint64>{1, 2, 3} << QList<qint64>{2} << QList<int>{200, 403, 200};
        QTest::newRow("caddy") << QStringLiteral("caddy.jsonl") << JsonDialect::Caddy << QList<qint64>{1, 2}
                               << QList<qint64>{1} << QList<int>{200, 429};
        // Envoy writes response_code 0 when no response was sent: not an HTTP status.
        QTest::newRow("envoy") << QStringLiteral("envoy.jsonl") << JsonDialect::Envoy << QList<qint64>{1}
                               << QList<qint64>{} << QList<int>{200};
    }

    void gatewayDialects()
    {
        QFETCH(QString, file);
        QFETCH(JsonDialect, dialect);
        QFETCH(QList<qint64>, records);
        QFETCH(QList<qint64>, plaintext);
        QFETCH(QList<int>, statuses);
        const ReadResult r = readDataFile(file);
        QCOMPARE(r.detection.format, LogFormat::JsonLines);
        QCOMPARE(r.detection.dialect, dialect);
        QCOMPARE(lineNumbers(r), records);
        QCOMPARE(plaintextLines(r), plaintext);
        QList<int> got;
        for (const auto& [line, record] : r.records) {
            got.append(record.status);
        }
        QCOMPARE(got, statuses);
        QCOMPARE(r.tally.total(), qint64(0) + qint64(file == u"envoy.jsonl"));
    }

    void kongPrefersKeyIdOverConsumerName()
    {
        const ReadResult r = readDataFile(QStringLiteral("kong.jsonl"));
        QCOMPARE(r.records[0].second.keyRef(), std::string_view("key_AAAAAAAAAAAAAAA1"));
        QVERIFY(!r.records[0].second.plaintextSeen); // "REDACTED" authorization is no secret
        QCOMPARE(r.records[0].second.timeMs, 1709294400000);
    }

    void caddyAndTraefikTimes()
    {
        QCOMPARE(readDataFile(QStringLiteral("caddy.jsonl")).records[0].second.timeMs, 1709294400123);
        QCOMPARE(readDataFile(QStringLiteral("traefik.jsonl")).records[0].second.timeMs, 1709294400123);
    }

    void userMapping()
    {
        const QByteArray line = R"({"started_at":"2024-03-01T12:00:00Z","response":{"status":403},)"
                                R"("consumer":{"username":"key_CCCCCCCCCCCCCCC3"}})";
        const auto mapping = parseMapping(u"status=response.status, time=started_at, key=consumer.username",
                                          defaultMapping(JsonDialect::Plain));
        QVERIFY(mapping.ok());
        JsonReader reader(mapping.value());
        LogRecord record;
        QCOMPARE(reader.read(std::string_view(line.constData(), std::size_t(line.size())), record).kind,
                 ParseStatus::Record);
        QCOMPARE(record.status, 403);
        QCOMPARE(record.timeMs, 1709294400000);
        QCOMPARE(record.keyRef(), std::string_view("key_CCCCCCCCCCCCCCC3"));
        QVERIFY(!parseMapping(u"colour=x", FieldMapping{}).ok());
        QVERIFY(!parseMapping(u"status=", FieldMapping{}).ok());
    }

    void csv()
    {
        const ReadResult r = readDataFile(QStringLiteral("usage.csv"));
        QCOMPARE(r.detection.format, LogFormat::Csv);
        // Header skipped; 6 "nope", 7 three columns, 8 unterminated quote.
        QCOMPARE(r.skipped, 1);
        QCOMPARE(lineNumbers(r), (QList<qint64>{2, 3, 4, 5, 9}));
        QCOMPARE(r.tally.count(RejectReason::UnknownOutcome), 1);
        QCOMPARE(r.tally.count(RejectReason::ColumnCount), 1);
        QCOMPARE(r.tally.count(RejectReason::BadSyntax), 1);
        QCOMPARE(r.records[0].second.outcome, std::optional(Outcome::Valid));
        QCOMPARE(r.records[1].second.outcome, std::nullopt); // "" is no outcome
        QCOMPARE(r.records[1].second.refKind(), KeyRefKind::Hint);
        QCOMPARE(r.records[1].second.status, 401);
        QCOMPARE(r.records[2].second.keyRef(), HashA);
        QCOMPARE(plaintextLines(r), (QList<qint64>{4}));
        QCOMPARE(r.records[3].second.outcome, std::optional(Outcome::Revoked)); // DISABLED
        QCOMPARE(r.records[4].second.refKind(), KeyRefKind::Opaque);            // say ""hi"", hashed
    }

    void explanations()
    {
        for (const char* name : {"combined.log", "plain.jsonl", "kong.jsonl", "usage.csv"}) {
            QVERIFY(!readDataFile(QString::fromLatin1(name)).detection.explanation.isEmpty());
        }
        const Detection unknown = detectFormat({QByteArray("hello world"), QByteArray("second line")});
        QCOMPARE(unknown.format, LogFormat::Unknown);
        QVERIFY(unknown.explanation.contains(u"--format"));
    }
};

QTEST_GUILESS_MAIN(TestUsageReaders)
#include "tst_usage_readers.moc"
