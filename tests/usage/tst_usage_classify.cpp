// SPDX-License-Identifier: GPL-3.0-or-later
// Design §4: outcome names and synonyms, and rules 1-6 applied in order.
#include "core/KeyFormat.h"
#include "usage/import/ChunkParser.h"
#include "usage/import/Classifier.h"
#include "usage/query/Health.h"

#include <QTest>

using namespace kw;

namespace {

constexpr qint64 T = 1709294400000; // the request time of every record below
constexpr std::string_view ActiveId = "key_AAAAAAAAAAAAAAA1";
constexpr std::string_view RevokedId = "key_RRRRRRRRRRRRRRR1";
constexpr std::string_view ExpiredId = "key_EEEEEEEEEEEEEEE1";
constexpr std::string_view LaterRevokedId = "key_LLLLLLLLLLLLLLL1";
constexpr std::string_view GraceId = "key_GGGGGGGGGGGGGGG1";

std::optional<ResolvedKey> resolve(KeyRefKind, std::string_view ref)
{
    ResolvedKey key{QStringLiteral("prj_1"), QString::fromLatin1(ref.data(), qsizetype(ref.size()))};
    if (ref == ActiveId) {
        key.expiresAtMs = T + 1;
    } else if (ref == RevokedId) {
        key.status = KeyStatus::Revoked;
        key.revokedAtMs = T - 1;
    } else if (ref == LaterRevokedId) {
        key.status = KeyStatus::Revoked;
        key.revokedAtMs = T + 1; // revoked after the request: active at that time
    } else if (ref == ExpiredId) {
        key.expiresAtMs = T; // t >= expires_at is expired
    } else if (ref == GraceId) {
        key.graceUntilMs = T - 1000;
    } else {
        return std::nullopt;
    }
    return key;
}

LogRecord record(int status, std::string_view ref = {}, std::optional<Outcome> outcome = {})
{
    LogRecord r;
    r.timeMs = T;
    r.status = status;
    r.outcome = outcome;
    r.offerKeyRef(ref, KeySource::Field, false);
    return r;
}

// One active key, an index of it, and a setup that parses `format` against that index: the start
// of the parseChunk() tests.
struct OneKeySetup
{
    explicit OneKeySetup(LogFormat format)
    {
        key.id = QStringLiteral("key_AAAAAAAAAAAAAAA1");
        key.projectId = QStringLiteral("prj_1");
        key.hint = QStringLiteral("chat_live_9fQ2xT");
        key.hash = QString(64, u'b');
        index.add(key);
        setup.detection.format = format;
        setup.keys = &index;
    }
    Q_DISABLE_COPY_MOVE(OneKeySetup)

    KeyRecord key;
    KeyIndex index;
    ParseSetup setup;
};

} // namespace

class TestUsageClassify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        for (int i = 0; i < OutcomeCount; ++i) {
            const auto o = static_cast<Outcome>(i);
            QCOMPARE(outcomeFromName(outcomeName(o)), std::optional(o));
        }
        QCOMPARE(outcomeName(Outcome::RateLimited), u"rate_limited");
        QCOMPARE(outcomeFromName(u"throttled"), std::nullopt); // synonyms only in log fields
    }

    void synonyms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("expected"); // -1: rejected
        const auto row = [](const char* text, int expected) {
            QTest::newRow(text) << QByteArray(text) << expected;
        };
        for (const char* t : {"valid", "ok", "SUCCESS", " Ok "}) {
            row(t, int(Outcome::Valid));
        }
        for (const char* t : {"invalid", "Unknown", "NOT_FOUND"}) {
            row(t, int(Outcome::Invalid));
        }
        row("Expired", int(Outcome::Expired));
        row("revoked", int(Outcome::Revoked));
        row("Disabled", int(Outcome::Revoked));
        for (const char* t : {"rate_limited", "RateLimited", "throttled", "usage_exceeded"}) {
            row(t, int(Outcome::RateLimited));
        }
        row("forbidden", int(Outcome::Forbidden));
        row("Insufficient_Permissions", int(Outcome::Forbidden));
        for (const char* t : {"rate-limited", "denied", "200", "", "validx"}) {
            row(t, -1);
        }
    }

    void synonyms()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, expected);
        const auto got = parseOutcomeField(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(got ? int(*got) : -1, expected);
    }

    void rules_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("ref");
        QTest::addColumn<int>("explicitOutcome"); // -1: none
        QTest::addColumn<int>("expected");        // -1: anonymous
        QTest::addColumn<int>("findings");
        const auto row = [](const char* name, int status, std::string_view ref, int explicitOutcome,
                            int expected, int findings = 0) {
            QTest::newRow(name) << status << QByteArray(ref.data(), qsizetype(ref.size())) << explicitOutcome
                                << expected << findings;
        };
        row("1 explicit beats 429", 429, ActiveId, int(Outcome::Valid), int(Outcome::Valid));
        row("1 explicit beats revoked key", 200, RevokedId, int(Outcome::Forbidden), int(Outcome::Forbidden));
        row("1 explicit without key", 0, {}, int(Outcome::Expired), int(Outcome::Expired));
        row("2 429 beats revoked key", 429, RevokedId, -1, int(Outcome::RateLimited));
        row("2 429 without key", 429, {}, -1, int(Outcome::RateLimited));
        row("4 401 revoked", 401, RevokedId, -1, int(Outcome::Revoked));
        row("4 403 revoked", 403, RevokedId, -1, int(Outcome::Revoked));
        row("4 401 expired", 401, ExpiredId, -1, int(Outcome::Expired));
        row("4 403 past grace", 403, GraceId, -1, int(Outcome::Expired));
        row("4 403 active", 403, ActiveId, -1, int(Outcome::Forbidden));
        row("4 401 active", 401, ActiveId, -1, int(Outcome::Invalid));
        row("4 401 revoked later", 401, LaterRevokedId, -1, int(Outcome::Invalid));
        row("4 401 unknown key", 401, "key_ZZZZZZZZZZZZZZZ9", -1, int(Outcome::Invalid));
        row("4 403 no key", 403, {}, -1, int(Outcome::Invalid));
        row("5 200 active", 200, ActiveId, -1, int(Outcome::Valid));
        row("5 500 active", 500, ActiveId, -1, int(Outcome::Valid));
        row("5 200 unknown key", 200, "key_ZZZZZZZZZZZZZZZ9", -1, int(Outcome::Valid));
        row("5 200 expired", 200, ExpiredId, -1, int(Outcome::Valid), int(Finding::AcceptedExpired));
        row("5 200 revoked", 200, RevokedId, -1, int(Outcome::Valid), int(Finding::AcceptedRevoked));
        row("6 200 no key", 200, {}, -1, -1);
        row("6 404 no key", 404, {}, -1, -1);
    }

    void rules()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, ref);
        QFETCH(int, explicitOutcome);
        QFETCH(int, expected);
        QFETCH(int, findings);
        const LogRecord r =
            record(status, std::string_view(ref.constData(), std::size_t(ref.size())),
                   explicitOutcome < 0 ? std::nullopt : std::optional(static_cast<Outcome>(explicitOutcome)));
        const Classification c = classify(r, resolve);
        QCOMPARE(c.anonymous, expected < 0);
        if (expected >= 0) {
            QCOMPARE(int(c.outcome), expected);
        }
        QCOMPARE(int(c.findings.toInt()), findings);
    }

    void plaintextFinding()
    {
        LogRecord r = record(200);
        r.offerAuthorization("Bearer chat_live_9fQ2xT7mKpL3vR8sW1yZ4aB6cD0eFg0xLhsL");
        const Classification c = classify(r, resolve);
        QVERIFY(c.findings.testFlag(Finding::PlaintextKey));
        QCOMPARE(c.outcome, Outcome::Valid);
        QVERIFY(!c.anonymous);
    }

    // The memo must change nothing but the cost: for keys, near-misses of keys (a changed byte
    // breaks the checksum, same length and prefix), opaque tokens of every length around
    // MaxText, met again and again in an order that makes tokens evict each other.
    void secretMemoChangesNothing()
    {
        std::vector<QByteArray> texts;
        for (int i = 0; i < 90; ++i) {
            const QByteArray key =
                generateKey(QStringLiteral("chat"), i % 2 ? Env::Live : Env::Test).secret.toLatin1();
            QByteArray nearMiss = key;
            nearMiss[nearMiss.size() - 1 - i % 6] =
                nearMiss.at(nearMiss.size() - 1 - i % 6) == 'A' ? 'B' : 'A';
            texts.push_back(key);
            texts.push_back(nearMiss);
            texts.push_back(randomBase62(20 + i * 3).toLatin1()); // 20 .. 287 bytes
        }
        QVERIFY(texts.back().size() > qsizetype(SecretMemo::MaxText));
        SecretMemo memo;
        int fullKeys = 0;
        for (int round = 0; round < 3; ++round) {
            for (std::size_t n = 0; n < texts.size(); ++n) {
                const QByteArray& text = texts[round == 1 ? texts.size() - 1 - n : n];
                const std::string_view view(text.constData(), std::size_t(text.size()));
                const QByteArray bearer = "Bearer " + text;
                LogRecord plain;
                LogRecord memoized;
                memoized.useMemo(&memo);
                plain.offerAuthorization(std::string_view(bearer.constData(), std::size_t(bearer.size())));
                memoized.offerAuthorization(std::string_view(bearer.constData(), std::size_t(bearer.size())));
                QCOMPARE(int(memoized.refKind()), int(plain.refKind()));
                QCOMPARE(memoized.keyRef(), plain.keyRef());
                QCOMPARE(memoized.plaintextSeen, plain.plaintextSeen);
                QCOMPARE(int(memoized.kindOf(view)), int(keyRefKindOf(view)));
                fullKeys += plain.refKind() == KeyRefKind::FullKey ? 1 : 0;
            }
        }
        QCOMPARE(fullKeys, 3 * 90); // the keys, and none of the near-misses
    }

    void keyIndexResolvesEveryReferenceKind()
    {
        KeyRecord key;
        key.id = QStringLiteral("key_AAAAAAAAAAAAAAA1");
        key.projectId = QStringLiteral("prj_1");
        key.hint = QStringLiteral("chat_live_9fQ2xT");
        key.hash = QStringLiteral("0f06358639ecb45a312e899b8ef859567edf6efe0e07d177a687d5af5cebdcda");
        KeyIndex index;
        index.add(key);
        for (std::string_view ref :
             {std::string_view("key_AAAAAAAAAAAAAAA1"), std::string_view("chat_live_9fQ2xT"),
              std::string_view("0f06358639ecb45a312e899b8ef859567edf6efe0e07d177a687d5af5cebdcda"),
              std::string_view("chat_live_9fQ2xT7mKpL3vR8sW1yZ4aB6cD0eFg0xLhsL")}) {
            LogRecord r = record(401, ref);
            const auto found = index.resolve(r.refKind(), r.keyRef());
            QVERIFY(found);
            QCOMPARE(found->keyId, key.id);
        }
        KeyRecord twin = key;
        twin.id = QStringLiteral("key_BBBBBBBBBBBBBBB2");
        twin.hash = QString(64, u'a');
        index.add(twin); // same hint: a hint that names two keys names none
        QVERIFY(!index.resolve(KeyRefKind::Hint, "chat_live_9fQ2xT"));
    }

    // Ids of the usual length live in a table of their own (KeyIndex::putId): it must grow, miss,
    // and replace as the general table does, and other ids still resolve.
    void keyIndexFindsManyIds()
    {
        KeyIndex index;
        const auto idOf = [](int i) {
            return QStringLiteral("key_%1").arg(QString::number(i * 7919 + 13, 36).rightJustified(16, u'Z'));
        };
        constexpr int Keys = 1000; // several growths of the table
        for (int i = 0; i < Keys; ++i) {
            KeyRecord key;
            key.id = idOf(i);
            key.hash = QString::number(i).rightJustified(64, u'0');
            key.hint = QStringLiteral("chat_live_") + QString::number(i, 36).rightJustified(6, u'0');
            index.add(key);
        }
        for (int i = 0; i < Keys; ++i) {
            const QByteArray id = idOf(i).toLatin1();
            QCOMPARE(id.size(), 20);
            QCOMPARE(index.find(KeyRefKind::KeyId, std::string_view(id.constData(), 20)), qsizetype(i));
            QCOMPARE(index.at(i).keyId, idOf(i));
        }
        for (int i = Keys; i < 2 * Keys; ++i) { // not issued: same shape, same spread
            const QByteArray id = idOf(i).toLatin1();
            QCOMPARE(index.find(KeyRefKind::KeyId, std::string_view(id.constData(), 20)), qsizetype(-1));
        }
        KeyRecord again; // the same id again: the later key is the one found, as for hashes
        again.id = idOf(7);
        again.hash = QString(64, u'e');
        index.add(again);
        const QByteArray seven = idOf(7).toLatin1();
        QCOMPARE(index.find(KeyRefKind::KeyId, std::string_view(seven.constData(), 20)), qsizetype(Keys));
        KeyRecord odd; // an id of another length (an older inventory): the general table
        odd.id = QStringLiteral("key_short1");
        odd.hash = QString(64, u'f');
        index.add(odd);
        QCOMPARE(index.find(KeyRefKind::KeyId, "key_short1"), qsizetype(Keys + 1));
        QCOMPARE(index.find(KeyRefKind::KeyId, "key_short2"), qsizetype(-1));
        QCOMPARE(KeyIndex().find(KeyRefKind::KeyId, "key_AAAAAAAAAAAAAAA1"), qsizetype(-1));
    }

    // An unordered log: a minute that comes back within a block adds to its count (the writer's
    // upsert sums the rows), and every key keeps its own cells.
    void chunkAggregatesUnorderedMinutes()
    {
        const OneKeySetup one(LogFormat::Combined);
        const QByteArray log =
            "1.2.3.4 - - [10/Oct/2000:13:55:36 +0000] \"GET / HTTP/1.1\" 200 1 \"key_AAAAAAAAAAAAAAA1\"\n"
            "1.2.3.4 - - [10/Oct/2000:13:57:01 +0000] \"GET / HTTP/1.1\" 200 1 \"key_AAAAAAAAAAAAAAA1\"\n"
            "1.2.3.4 - - [10/Oct/2000:13:55:59 +0000] \"GET / HTTP/1.1\" 200 1 \"key_AAAAAAAAAAAAAAA1\"\n"
            "1.2.3.4 - - [10/Oct/2000:13:55:10 +0000] \"GET / HTTP/1.1\" 429 1 \"key_Unknown000000001\"\n";
        const ChunkResult r = parseChunk(log.constData(), log.size(), one.setup);
        QCOMPARE(r.lines, 4);
        QCOMPARE(r.imported, 4);
        const qint64 first = 971186100000 / 60000; // 13:55
        std::map<std::tuple<qint64, QString, int>, qint64> sums;
        for (const ChunkResult::MinuteRow& row : r.minutes) {
            for (int o = 0; o < OutcomeCount; ++o) {
                if (row.counts[std::size_t(o)] != 0) {
                    sums[{row.minute, r.keyIds.at(row.keySlot), o}] += row.counts[std::size_t(o)];
                }
            }
        }
        const std::map<std::tuple<qint64, QString, int>, qint64> expected{
            {{first, one.key.id, int(Outcome::Valid)}, 2},
            {{first + 2, one.key.id, int(Outcome::Valid)}, 1},
            {{first, QString(), int(Outcome::RateLimited)}, 1}};
        QCOMPARE(sums, expected);
        QCOMPARE(r.lastValidAt.at(1), qint64(971186221000)); // 13:57:01, the latest, not the last line
    }

    // A JSON string with an escape is decoded into the reader's scratch, which the next escaped field
    // overwrites: the key must still be found by the reference kept, not by that scratch (the
    // lookup reads the reference in the line only when the line holds it).
    void chunkResolvesDecodedReferences()
    {
        const OneKeySetup one(LogFormat::JsonLines);
        const QByteArray log = // \u0041 is 'A'; the user's escape is decoded after the key's
            R"({"ts":"2000-10-10T13:55:36Z","status":200,"key_id":"key_AAAAAAAAAAAAAA\u00411","user":"a\tb"})"
            "\n"
            R"({"ts":"2000-10-10T13:55:37Z","status":200,"key_id":"key_AAAAAAAAAAAAAAA1","user":"a\tb"})"
            "\n";
        const ChunkResult r = parseChunk(log.constData(), log.size(), one.setup);
        QCOMPARE(r.lines, 2);
        QCOMPARE(r.imported, 2);
        qint64 valid = 0;
        for (const ChunkResult::MinuteRow& row : r.minutes) {
            QCOMPARE(r.keyIds.at(row.keySlot), one.key.id);
            valid += row.counts[std::size_t(Outcome::Valid)];
        }
        QCOMPARE(valid, qint64(2));
    }

    // Design §4 thresholds, at and around each line.
    void health_data()
    {
        QTest::addColumn<qint64>("valid");
        QTest::addColumn<qint64>("invalid");
        QTest::addColumn<qint64>("expired");
        QTest::addColumn<qint64>("limited");
        QTest::addColumn<int>("invalidLevel");
        QTest::addColumn<int>("successLevel");
        const auto row = [](const char* name, qint64 v, qint64 i, qint64 e, qint64 l, HealthLevel il,
                            HealthLevel sl) {
            QTest::newRow(name) << v << i << e << l << int(il) << int(sl);
        };
        row("empty", 0, 0, 0, 0, HealthLevel::NoData, HealthLevel::NoData);
        row("all valid", 1000, 0, 0, 0, HealthLevel::Good, HealthLevel::Good);
        row("0.9% invalid", 991, 9, 0, 0, HealthLevel::Good, HealthLevel::Good);
        row("1% invalid", 990, 5, 5, 0, HealthLevel::Warning, HealthLevel::Warning);
        row("5% invalid", 950, 50, 0, 0, HealthLevel::Warning, HealthLevel::Warning);
        row("5.1% invalid", 949, 0, 51, 0, HealthLevel::Bad, HealthLevel::Bad);
        row("rate limited only", 900, 0, 0, 100, HealthLevel::Good, HealthLevel::Bad);
    }
    void health()
    {
        QFETCH(qint64, valid);
        QFETCH(qint64, invalid);
        QFETCH(qint64, expired);
        QFETCH(qint64, limited);
        OutcomeCounts counts{};
        counts[std::size_t(Outcome::Valid)] = valid;
        counts[std::size_t(Outcome::Invalid)] = invalid;
        counts[std::size_t(Outcome::Expired)] = expired;
        counts[std::size_t(Outcome::RateLimited)] = limited;
        const Health h = healthOf(counts);
        QCOMPARE(h.total, valid + invalid + expired + limited);
        QTEST(int(h.invalidLevel), "invalidLevel");
        QTEST(int(h.successLevel), "successLevel");
    }
};

QTEST_GUILESS_MAIN(TestUsageClassify)
#include "tst_usage_classify.moc"
