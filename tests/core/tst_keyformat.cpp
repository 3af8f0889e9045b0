// SPDX-License-Identifier: GPL-3.0-or-later
// Key format of docs/keys.md: generation, parsing, the CRC-32 check, hint, hash and ids.
// Expected values come from the specification, zlib, QCryptographicHash or published test vectors,
// never from the code under test.
#include "core/KeyFormat.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <array>
#include <cmath>
#include <zlib.h>

using namespace kw;

Q_DECLARE_METATYPE(kw::KeyParseError)

namespace {

// The base62 alphabet of docs/keys.md, built from its three ranges rather than copied from the code.
QString specAlphabet()
{
    QString s;
    for (char16_t c = u'0'; c <= u'9'; ++c) {
        s.append(QChar(c));
    }
    for (char16_t c = u'A'; c <= u'Z'; ++c) {
        s.append(QChar(c));
    }
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        s.append(QChar(c));
    }
    return s;
}

const QString& alphabet()
{
    static const QString a = specAlphabet();
    return a;
}

quint32 zlibCrc(const QString& ascii)
{
    const QByteArray bytes = ascii.toLatin1();
    return static_cast<quint32>(
        ::crc32(0L, reinterpret_cast<const Bytef*>(bytes.constData()), static_cast<uInt>(bytes.size())));
}

// Independent base62 decoder: the check must decode back to the CRC.
qint64 decodeBase62(QStringView s)
{
    qint64 v = 0;
    for (QChar c : s) {
        const qsizetype digit = alphabet().indexOf(c);
        if (digit < 0) {
            return -1;
        }
        v = v * 62 + digit;
    }
    return v;
}

// Independent encoder (most significant digit first, by powers of 62), padded with '0'.
QString encodeBase62(quint64 value, int width)
{
    QString out;
    quint64 power = 1;
    for (int i = 1; i < width; ++i) {
        power *= 62;
    }
    for (int i = 0; i < width; ++i) {
        out.append(alphabet().at(static_cast<qsizetype>(value / power)));
        value %= power;
        power /= 62;
    }
    return out;
}

// A key assembled by hand from the specification, independently of generateKey().
QString specKey(const QString& prefix, const QString& env, const QString& body)
{
    const QString stem = prefix + u'_' + env + u'_' + body;
    return stem + encodeBase62(zlibCrc(stem), 6);
}

const QString FixedBody = QStringLiteral("9fQ2xK7pLm3ZtR8vWb1NcY4hDs6GjE");

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestKeyFormat : public QObject
{
    Q_OBJECT

private:
    struct Sample
    {
        QString prefix;
        Env env;
        GeneratedKey key;
    };
    QList<Sample> m_samples; // 10,000 keys made once and shared by the tests below

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(alphabet().size(), 62);
        const std::array<QString, 4> prefixes{QStringLiteral("chat"), QStringLiteral("ab"),
                                              QStringLiteral("embeddings01"), QStringLiteral("x9")};
        m_samples.reserve(10000);
        for (int i = 0; i < 10000; ++i) {
            const QString& prefix = prefixes[static_cast<std::size_t>(i % 4)];
            const Env env = (i / 4) % 2 == 0 ? Env::Live : Env::Test;
            m_samples.append({prefix, env, generateKey(prefix, env)});
        }
    }

    void generatedKeysAreUniqueAndParse()
    {
        QSet<QString> secrets;
        QSet<QString> hashes;
        for (const Sample& s : std::as_const(m_samples)) {
            const QString envText = s.env == Env::Live ? QStringLiteral("live") : QStringLiteral("test");
            const QString& secret = s.key.secret;
            QCOMPARE(secret.size(), s.prefix.size() + 1 + 4 + 1 + 30 + 6);
            QVERIFY(secret.startsWith(s.prefix + u'_' + envText + u'_'));
            const ParsedKey parsed = parseKey(secret);
            QVERIFY2(parsed.ok(), qPrintable(describeParseError(parsed)));
            QCOMPARE(parsed.prefix, s.prefix);
            QCOMPARE(parsed.env, s.env);
            QCOMPARE(parsed.hint, s.key.hint);
            // The key rebuilt from the specification with the same body is the same key.
            const QString body = secret.mid(s.prefix.size() + 6, 30);
            QCOMPARE(specKey(s.prefix, envText, body), secret);
            secrets.insert(secret);
            hashes.insert(s.key.hash);
        }
        QCOMPARE(secrets.size(), m_samples.size());
        QCOMPARE(hashes.size(), m_samples.size());
    }

    void handMadeKeyParses()
    {
        const QString key = specKey(QStringLiteral("chat"), QStringLiteral("live"), FixedBody);
        const ParsedKey parsed = parseKey(key);
        QVERIFY2(parsed.ok(), qPrintable(describeParseError(parsed)));
        QCOMPARE(parsed.prefix, QStringLiteral("chat"));
        QCOMPARE(parsed.env, Env::Live);
        QCOMPARE(parsed.hint, QStringLiteral("chat_live_9fQ2xK"));
        // A paste with surrounding white space is the same key.
        QVERIFY(parseKey(QString(QStringLiteral("  ") + key + QStringLiteral("\n"))).ok());
    }

    // Every position of the key, replaced by every other character a key or a typo may contain.
    void everySingleSubstitutionIsCaught()
    {
        QString substitutes = alphabet();
        substitutes += QStringLiteral("_-.+/ =é");
        qint64 tried = 0;
        for (int n = 0; n < 64; ++n) {
            const Sample& s = m_samples.at(n * 151);
            const QString& key = s.key.secret;
            const qsizetype bodyStart = s.prefix.size() + 6; // prefix_env_
            for (qsizetype pos = 0; pos < key.size(); ++pos) {
                for (QChar sub : std::as_const(substitutes)) {
                    if (sub == key.at(pos)) {
                        continue;
                    }
                    QString changed = key;
                    changed[pos] = sub;
                    const ParsedKey parsed = parseKey(changed);
                    ++tried;
                    if (parsed.ok()) {
                        QFAIL(qPrintable(QStringLiteral("accepted %1 (position %2 of %3)")
                                             .arg(changed)
                                             .arg(pos)
                                             .arg(key)));
                    }
                    if (pos >= bodyStart) {
                        const bool base62 = alphabet().contains(sub);
                        const bool edge = sub == u' ' && (pos == key.size() - 1); // trimmed: one short
                        const KeyParseError expected = edge     ? KeyParseError::WrongLength
                                                       : base62 ? KeyParseError::BadChecksum
                                                                : KeyParseError::BadCharacters;
                        if (parsed.error != expected) {
                            QFAIL(qPrintable(QStringLiteral("%1 (position %2): error %3, expected %4")
                                                 .arg(changed)
                                                 .arg(pos)
                                                 .arg(static_cast<int>(parsed.error))
                                                 .arg(static_cast<int>(expected))));
                        }
                    }
                }
            }
        }
        QVERIFY(tried > 64 * 40 * 60);
    }

    // CRC-32 catches every burst up to 32 bits, so a swap of two neighbours is always caught.
    void adjacentTranspositionsAreCaught()
    {
        for (int n = 0; n < 200; ++n) {
            const QString& key = m_samples.at(n * 37).key.secret;
            for (qsizetype pos = 0; pos + 1 < key.size(); ++pos) {
                if (key.at(pos) == key.at(pos + 1)) {
                    continue;
                }
                QString swapped = key;
                std::swap(swapped[pos], swapped[pos + 1]);
                QVERIFY2(!parseKey(swapped).ok(), qPrintable(swapped));
            }
        }
    }

    void truncatedPastesAreCaught()
    {
        for (int n = 0; n < 50; ++n) {
            const QString& key = m_samples.at(n * 97).key.secret;
            for (qsizetype len = 0; len < key.size(); ++len) {
                QVERIFY2(!parseKey(QStringView(key).left(len)).ok(), qPrintable(key.left(len)));
                QVERIFY2(!parseKey(QStringView(key).mid(key.size() - len)).ok(),
                         qPrintable(key.mid(key.size() - len)));
            }
            QCOMPARE(parseKey(QString(key + u'x')).error, KeyParseError::WrongLength);
        }
    }

    // 10,000 keys x 30 body characters against a uniform distribution over 62 symbols.
    // Critical values of chi-square with 61 degrees of freedom: 128.52 at p = 1e-6 (all positions
    // pooled) and 140.42 at p = 1e-6 / 30 (each position separately, Bonferroni). A modulo-biased
    // draw (byte % 62) gives about 2,000 on the pooled counts.
    void bodyCharactersAreUniform()
    {
        constexpr int Symbols = 62;
        constexpr int Positions = 30;
        std::array<std::array<qint64, Symbols>, Positions> perPosition{};
        std::array<qint64, Symbols> pooled{};
        for (const Sample& s : std::as_const(m_samples)) {
            const QStringView body = QStringView(s.key.secret).mid(s.prefix.size() + 6, Positions);
            QCOMPARE(body.size(), Positions);
            for (int i = 0; i < Positions; ++i) {
                const qsizetype symbol = alphabet().indexOf(body.at(i));
                QVERIFY(symbol >= 0);
                ++perPosition[static_cast<std::size_t>(i)][static_cast<std::size_t>(symbol)];
                ++pooled[static_cast<std::size_t>(symbol)];
            }
        }
        const auto chiSquare = [](const std::array<qint64, Symbols>& counts) {
            qint64 total = 0;
            for (qint64 c : counts) {
                total += c;
            }
            const double expected = static_cast<double>(total) / Symbols;
            double chi = 0;
            for (qint64 c : counts) {
                const double d = static_cast<double>(c) - expected;
                chi += d * d / expected;
            }
            return chi;
        };
        const double pooledChi = chiSquare(pooled);
        QVERIFY2(pooledChi < 128.52, qPrintable(QStringLiteral("chi-square %1").arg(pooledChi)));
        for (int i = 0; i < Positions; ++i) {
            const double chi = chiSquare(perPosition[static_cast<std::size_t>(i)]);
            QVERIFY2(chi < 140.42, qPrintable(QStringLiteral("position %1: chi-square %2").arg(i).arg(chi)));
        }
    }

    void randomBase62HasTheRequestedLength()
    {
        for (int length : {0, 1, 5, 16, 63, 64, 65, 200}) {
            const QString s = randomBase62(length);
            QCOMPARE(s.size(), length);
            for (QChar c : s) {
                QVERIFY(alphabet().contains(c));
            }
        }
    }

    void checkIsZlibCrc32InBase62()
    {
        // The published CRC-32 (IEEE) check value, through zlib and through the code under test.
        QCOMPARE(zlibCrc(QStringLiteral("123456789")), quint32(0xCBF43926u));
        QCOMPARE(crc32Of(u"123456789"), quint32(0xCBF43926u));
        int padded = 0;
        int small = 0;
        for (const Sample& s : std::as_const(m_samples)) {
            const QString& key = s.key.secret;
            const QString stem = key.left(key.size() - 6);
            const QStringView check = QStringView(key).right(6);
            const quint32 crc = zlibCrc(stem);
            QCOMPARE(crc32Of(stem), crc);
            QCOMPARE(decodeBase62(check), qint64(crc));
            QCOMPARE(check.toString(), encodeBase62(crc, 6));
            if (crc < 916132832u) { // 62^5: fewer than six significant digits
                ++small;
                QCOMPARE(check.front(), QChar(u'0'));
            }
            if (check.front() == u'0') {
                ++padded;
            }
        }
        // About 21 % of the checks need padding; make sure the padding path really ran.
        QVERIFY(small > 1000);
        QCOMPARE(padded, small);
    }

    void base62EncodePadsToWidth_data()
    {
        QTest::addColumn<quint64>("value");
        QTest::newRow("zero") << quint64(0);
        QTest::newRow("one") << quint64(1);
        QTest::newRow("61") << quint64(61);
        QTest::newRow("62") << quint64(62);
        QTest::newRow("62^2-1") << quint64(3843);
        QTest::newRow("62^5") << quint64(916132832);
        QTest::newRow("crc max") << quint64(0xFFFFFFFFu);
    }

    void base62EncodePadsToWidth()
    {
        QFETCH(quint64, value);
        const QString encoded = base62Encode(value, 6);
        QCOMPARE(encoded.size(), 6);
        QCOMPARE(decodeBase62(encoded), qint64(value));
        QCOMPARE(encoded, encodeBase62(value, 6));
    }

    void base62EncodeKnownValues()
    {
        QCOMPARE(base62Encode(0, 6), QStringLiteral("000000"));
        QCOMPARE(base62Encode(9, 6), QStringLiteral("000009"));
        QCOMPARE(base62Encode(10, 6), QStringLiteral("00000A"));
        QCOMPARE(base62Encode(36, 6), QStringLiteral("00000a"));
        QCOMPARE(base62Encode(61, 6), QStringLiteral("00000z"));
        QCOMPARE(base62Encode(62, 6), QStringLiteral("000010"));
        QCOMPARE(base62Encode(62 * 62, 6), QStringLiteral("000100"));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<KeyParseError>("error");
        const QString good = specKey(QStringLiteral("chat"), QStringLiteral("live"), FixedBody);
        const QString rest = good.mid(10); // body + check, 36 characters
        QCOMPARE(rest.size(), 36);

        QTest::newRow("valid") << good << KeyParseError::None;
        QTest::newRow("empty") << QString() << KeyParseError::UnknownShape;
        QTest::newRow("no separator") << QStringLiteral("helloworld") << KeyParseError::UnknownShape;
        QTest::newRow("one separator") << QStringLiteral("chat_live") << KeyParseError::UnknownShape;
        QTest::newRow("dashes") << QString(QStringLiteral("chat-live-") + rest)
                                << KeyParseError::UnknownShape;
        QTest::newRow("upper-case prefix")
            << QString(QStringLiteral("Chat_live_") + rest) << KeyParseError::UnknownShape;
        QTest::newRow("prefix too short")
            << QString(QStringLiteral("c_live_") + rest) << KeyParseError::UnknownShape;
        QTest::newRow("prefix too long")
            << QString(QStringLiteral("abcdefghijklm_live_") + rest) << KeyParseError::UnknownShape;
        QTest::newRow("prefix starts with digit")
            << QString(QStringLiteral("1chat_live_") + rest) << KeyParseError::UnknownShape;
        QTest::newRow("empty prefix")
            << QString(QStringLiteral("_live_") + rest) << KeyParseError::UnknownShape;
        QTest::newRow("unknown env") << QString(QStringLiteral("chat_prod_") + rest)
                                     << KeyParseError::UnknownEnv;
        QTest::newRow("upper-case env")
            << QString(QStringLiteral("chat_LIVE_") + rest) << KeyParseError::UnknownEnv;
        QTest::newRow("empty env") << QString(QStringLiteral("chat__") + rest) << KeyParseError::UnknownEnv;
        QTest::newRow("truncated by one") << good.chopped(1) << KeyParseError::WrongLength;
        QTest::newRow("truncated to body") << good.chopped(6) << KeyParseError::WrongLength;
        QTest::newRow("one too many") << QString(good + u'A') << KeyParseError::WrongLength;
        QTest::newRow("nothing after env") << QStringLiteral("chat_live_") << KeyParseError::WrongLength;
        QString dash = good;
        dash[20] = u'-';
        QTest::newRow("dash in body") << dash << KeyParseError::BadCharacters;
        QString underscore = good;
        underscore[30] = u'_';
        QTest::newRow("underscore in body") << underscore << KeyParseError::BadCharacters;
        QString accent = good;
        accent[12] = QChar(0xe9);
        QTest::newRow("accent in body") << accent << KeyParseError::BadCharacters;
        QString plus = good;
        plus[good.size() - 1] = u'+';
        QTest::newRow("plus in check") << plus << KeyParseError::BadCharacters;
        QString typo = good;
        typo[15] = typo[15] == u'a' ? u'b' : u'a';
        QTest::newRow("typo in body") << typo << KeyParseError::BadChecksum;
        QString checkTypo = good;
        checkTypo[good.size() - 2] = checkTypo[good.size() - 2] == u'0' ? u'1' : u'0';
        QTest::newRow("typo in check") << checkTypo << KeyParseError::BadChecksum;
        QTest::newRow("env swapped") << QString(QStringLiteral("chat_test_") + rest)
                                     << KeyParseError::BadChecksum;
        QTest::newRow("prefix swapped")
            << QString(QStringLiteral("chap_live_") + rest) << KeyParseError::BadChecksum;
        QTest::newRow("case changed")
            << QString(good.left(10) + rest.toUpper()) << KeyParseError::BadChecksum;
    }

    void parseErrors()
    {
        QFETCH(QString, key);
        QFETCH(KeyParseError, error);
        const ParsedKey parsed = parseKey(key);
        QCOMPARE(parsed.error, error);
        QCOMPARE(parsed.ok(), error == KeyParseError::None);
    }

    // The message names the hint at most: never the key, never more than six body characters.
    void describeParseErrorNeverShowsTheKey_data() { parseErrors_data(); }

    void describeParseErrorNeverShowsTheKey()
    {
        QFETCH(QString, key);
        QFETCH(KeyParseError, error);
        const ParsedKey parsed = parseKey(key);
        const QString message = describeParseError(parsed);
        if (error == KeyParseError::None) {
            QVERIFY(message.isEmpty());
            return;
        }
        QVERIFY(!message.isEmpty());
        if (key.size() > 16) {
            QVERIFY2(!message.contains(key), qPrintable(message));
        }
        // Nothing past the hint: no 7-character run of the part after the env may appear.
        const qsizetype second = key.indexOf(u'_', key.indexOf(u'_') + 1);
        if (second > 0) {
            const QString after = key.mid(second + 1);
            for (qsizetype i = 0; i + 7 <= after.size(); ++i) {
                QVERIFY2(!message.contains(after.mid(i, 7)), qPrintable(message));
            }
        }
        if (!parsed.hint.isEmpty()) {
            QVERIFY(parsed.hint.size() <= key.size());
            QVERIFY2(message.contains(parsed.hint), qPrintable(message));
            QVERIFY(key.trimmed().startsWith(parsed.hint));
        }
    }

    void hintIsPrefixEnvAndSixBodyCharacters()
    {
        for (int n = 0; n < 1000; ++n) {
            const Sample& s = m_samples.at(n);
            const QString envText = s.env == Env::Live ? QStringLiteral("live") : QStringLiteral("test");
            const QString body = s.key.secret.mid(s.prefix.size() + 6, 30);
            QCOMPARE(s.key.hint, s.prefix + u'_' + envText + u'_' + body.left(6));
            QVERIFY(s.key.secret.startsWith(s.key.hint));
        }
        QCOMPARE(hintOf(QStringLiteral("chat"), Env::Test, FixedBody), QStringLiteral("chat_test_9fQ2xK"));
    }

    void hashIsSha256OfTheWholeKey()
    {
        // FIPS 180-2 test vectors.
        QCOMPARE(keyHash(u"abc"),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(keyHash(u""),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        static const QRegularExpression lowerHex(QStringLiteral("^[0-9a-f]{64}$"));
        for (int n = 0; n < 1000; ++n) {
            const GeneratedKey& k = m_samples.at(n).key;
            QCOMPARE(k.hash, sha256Hex(k.secret));
            QCOMPARE(keyHash(k.secret), k.hash);
            QVERIFY(lowerHex.match(k.hash).hasMatch());
            QVERIFY(kw::looksLikeHash(k.hash));
            QVERIFY(!k.hash.contains(k.secret));
        }
    }

    void idsHaveTheDocumentedShape()
    {
        static const QRegularExpression keyId(QStringLiteral("^key_[0-9A-Za-z]{16}$"));
        static const QRegularExpression projectId(QStringLiteral("^prj_[0-9A-Za-z]{16}$"));
        static const QRegularExpression eventId(QStringLiteral("^evt_[0-9A-Za-z]{16}$"));
        QSet<QString> keys;
        QSet<QString> projects;
        QSet<QString> events;
        for (int i = 0; i < 10000; ++i) {
            const QString k = newKeyId();
            const QString p = newProjectId();
            const QString e = newEventId();
            QVERIFY2(keyId.match(k).hasMatch(), qPrintable(k));
            QVERIFY2(projectId.match(p).hasMatch(), qPrintable(p));
            QVERIFY2(eventId.match(e).hasMatch(), qPrintable(e));
            keys.insert(k);
            projects.insert(p);
            events.insert(e);
        }
        QCOMPARE(keys.size(), 10000);
        QCOMPARE(projects.size(), 10000);
        QCOMPARE(events.size(), 10000);
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        const QByteArray h = sha256Hex(QStringLiteral("k")).toLatin1();
        QByteArray first = h;
        first[0] = first[0] == 'a' ? 'b' : 'a';
        QByteArray last = h;
        last[63] = last[63] == 'a' ? 'b' : 'a';
        QByteArray highBit = h;
        highBit[31] = static_cast<char>(highBit[31] ^ 0x80);
        QTest::newRow("same") << h << QByteArray(h.constData(), h.size()) << true;
        QTest::newRow("first differs") << h << first << false;
        QTest::newRow("last differs") << h << last << false;
        QTest::newRow("high bit differs") << h << highBit << false;
        QTest::newRow("shorter") << h << h.left(63) << false;
        QTest::newRow("longer") << h << QByteArray(h + 'a') << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("one empty") << QByteArray() << h << false;
    }

    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(kw::constantTimeEquals(a, b), equal);
        QCOMPARE(kw::constantTimeEquals(b, a), equal);
    }

    void isValidPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("valid");
        QTest::newRow("two") << QStringLiteral("ab") << true;
        QTest::newRow("twelve") << QStringLiteral("abcdefghij12") << true;
        QTest::newRow("letter then digits") << QStringLiteral("a1") << true;
        QTest::newRow("one") << QStringLiteral("a") << false;
        QTest::newRow("thirteen") << QStringLiteral("abcdefghij123") << false;
        QTest::newRow("digit first") << QStringLiteral("1abc") << false;
        QTest::newRow("upper") << QStringLiteral("Chat") << false;
        QTest::newRow("underscore") << QStringLiteral("ch_at") << false;
        QTest::newRow("dash") << QStringLiteral("ch-at") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("non-ascii") << QStringLiteral("chät") << false;
    }

    void isValidPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, valid);
        QCOMPARE(kw::isValidPrefix(prefix), valid);
    }

    void looksLikeHash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hash");
        const QString h = sha256Hex(QStringLiteral("x"));
        QTest::newRow("hash") << h << true;
        QTest::newRow("upper") << h.toUpper() << false;
        QTest::newRow("63") << h.left(63) << false;
        QTest::newRow("65") << QString(h + u'0') << false;
        QTest::newRow("non-hex") << QString(h.left(63) + u'g') << false;
        QTest::newRow("key id") << QStringLiteral("key_0123456789abcdef") << false;
    }

    void looksLikeHash()
    {
        QFETCH(QString, text);
        QFETCH(bool, hash);
        QCOMPARE(kw::looksLikeHash(text), hash);
    }
};

QTEST_GUILESS_MAIN(TestKeyFormat)
#include "tst_keyformat.moc"
