// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/KeyFormat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <algorithm>
#include <zlib.h>

namespace kw {

namespace {

bool isBase62(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

bool allBase62(QStringView s)
{
    for (QChar c : s) {
        if (!isBase62(c)) {
            return false;
        }
    }
    return true;
}

std::optional<Env> envFromText(QStringView text)
{
    if (text == u"live") {
        return Env::Live;
    }
    if (text == u"test") {
        return Env::Test;
    }
    return std::nullopt;
}

QString checkFor(QStringView keyWithoutCheck)
{
    return base62Encode(crc32Of(keyWithoutCheck), keyformat::CheckLength);
}

} // namespace

bool isValidPrefix(QStringView prefix)
{
    if (prefix.size() < 2 || prefix.size() > 12) {
        return false;
    }
    if (prefix.front() < u'a' || prefix.front() > u'z') {
        return false;
    }
    for (QChar c : prefix) {
        const bool lower = c >= u'a' && c <= u'z';
        const bool digit = c >= u'0' && c <= u'9';
        if (!lower && !digit) {
            return false;
        }
    }
    return true;
}

QString base62Encode(quint64 value, int width)
{
    QString out(width, u'0');
    for (int i = width - 1; i >= 0 && value > 0; --i) {
        out[i] = keyformat::Alphabet[static_cast<qsizetype>(value % 62)];
        value /= 62;
    }
    return out;
}

quint32 crc32Of(QStringView text)
{
    const QByteArray ascii = text.toLatin1();
    const uLong crc =
        ::crc32(0L, reinterpret_cast<const Bytef*>(ascii.constData()), static_cast<uInt>(ascii.size()));
    return static_cast<quint32>(crc);
}

QString randomBase62(int length)
{
    // 248 = 4 * 62: bytes at or above it are drawn again, so every symbol is equally likely.
    constexpr quint32 limit = 248;
    QString out;
    out.reserve(length);
    auto* rng = QRandomGenerator::system();
    quint32 pool[16];
    while (out.size() < length) {
        rng->fillRange(pool);
        for (quint32 word : pool) {
            for (int shift = 0; shift < 32 && out.size() < length; shift += 8) {
                const quint32 byte = (word >> shift) & 0xffu;
                if (byte < limit) {
                    out.append(keyformat::Alphabet[byte % 62]);
                }
            }
        }
    }
    return out;
}

QString hintOf(const QString& prefix, Env env, QStringView body)
{
    return prefix % u'_' % envName(env) % u'_' % body.left(keyformat::HintBodyLength);
}

GeneratedKey generateKey(const QString& prefix, Env env)
{
    const QString body = randomBase62(keyformat::BodyLength);
    const QString stem = prefix % u'_' % envName(env) % u'_' % body;
    GeneratedKey key;
    key.secret = stem % checkFor(stem);
    key.hint = hintOf(prefix, env, body);
    key.hash = keyHash(key.secret);
    return key;
}

ParsedKey parseKey(QStringView presented)
{
    ParsedKey parsed;
    const QStringView key = presented.trimmed();
    const qsizetype first = key.indexOf(u'_');
    const qsizetype second = first < 0 ? -1 : key.indexOf(u'_', first + 1);
    if (first < 0 || second < 0) {
        parsed.error = KeyParseError::UnknownShape;
        return parsed;
    }
    const QStringView prefix = key.left(first);
    const QStringView envText = key.mid(first + 1, second - first - 1);
    const QStringView rest = key.mid(second + 1);
    if (!isValidPrefix(prefix)) {
        parsed.error = KeyParseError::UnknownShape;
        return parsed;
    }
    parsed.prefix = prefix.toString();
    const std::optional<Env> env = envFromText(envText);
    if (!env) {
        parsed.error = KeyParseError::UnknownEnv;
        return parsed;
    }
    parsed.env = *env;
    if (allBase62(rest.left(keyformat::HintBodyLength)) && rest.size() >= keyformat::HintBodyLength) {
        parsed.hint = hintOf(parsed.prefix, parsed.env, rest);
    }
    if (rest.size() != keyformat::BodyLength + keyformat::CheckLength) {
        parsed.error = KeyParseError::WrongLength;
        return parsed;
    }
    if (!allBase62(rest)) {
        parsed.error = KeyParseError::BadCharacters;
        return parsed;
    }
    const QStringView stem = key.left(key.size() - keyformat::CheckLength);
    const QString expected = checkFor(stem);
    if (expected != key.right(keyformat::CheckLength)) {
        parsed.error = KeyParseError::BadChecksum;
        return parsed;
    }
    return parsed;
}

QString keyHash(QStringView key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString describeParseError(const ParsedKey& parsed)
{
    const QString who = parsed.hint.isEmpty()
                            ? QCoreApplication::translate("kw", "The key")
                            : QCoreApplication::translate("kw", "The key %1…").arg(parsed.hint);
    switch (parsed.error) {
    case KeyParseError::None:
        return {};
    case KeyParseError::UnknownShape:
        return QCoreApplication::translate(
            "kw", "This is not a Keyward key: expected {prefix}_{live|test}_{36 characters}.");
    case KeyParseError::UnknownEnv:
        return QCoreApplication::translate("kw", "%1 has an unknown environment: expected live or test.")
            .arg(who);
    case KeyParseError::WrongLength:
        return QCoreApplication::translate("kw", "%1 has the wrong length: it may be truncated.").arg(who);
    case KeyParseError::BadCharacters:
        return QCoreApplication::translate("kw", "%1 has characters a Keyward key never contains.").arg(who);
    case KeyParseError::BadChecksum:
        return QCoreApplication::translate("kw",
                                           "%1 fails its checksum: a character was mistyped or changed.")
            .arg(who);
    }
    return {};
}

QString newKeyId()
{
    return QStringLiteral("key_") + randomBase62(keyformat::IdLength);
}

QString importedKeyId(const QString& projectId, const QString& hash)
{
    const QByteArray digest =
        QCryptographicHash::hash((projectId + u':' + hash).toUtf8(), QCryptographicHash::Sha256);
    QString id = QStringLiteral("key_");
    for (int i = 0; i < keyformat::IdLength; ++i) {
        id += keyformat::Alphabet.at(static_cast<unsigned char>(digest.at(i)) % keyformat::Alphabet.size());
    }
    return id;
}

namespace {

bool allOf(QStringView s, bool (*pred)(QChar))
{
    return std::all_of(s.begin(), s.end(), pred);
}

} // namespace

bool isKeyIdShape(QStringView s)
{
    return s.size() == 4 + keyformat::IdLength && s.startsWith(u"key_") && allOf(s.mid(4), isBase62);
}

bool isHintShape(QStringView s)
{
    const qsizetype envAt = s.indexOf(u'_');
    if (envAt < 2 || !isValidPrefix(s.left(envAt))) {
        return false;
    }
    const QStringView rest = s.mid(envAt + 1);
    if (!(rest.startsWith(u"live_") || rest.startsWith(u"test_"))) {
        return false;
    }
    const QStringView body = rest.mid(5);
    if (body.size() == keyformat::HintBodyLength) {
        return allOf(body, isBase62);
    }
    return body.size() == keyformat::HintBodyLength + 1 && body.startsWith(u'#') &&
           allOf(body.mid(1), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString newProjectId()
{
    return QStringLiteral("prj_") + randomBase62(keyformat::IdLength);
}

QString newEventId()
{
    return QStringLiteral("evt_") + randomBase62(keyformat::IdLength);
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

bool looksLikeHash(QStringView s)
{
    if (s.size() != 64) {
        return false;
    }
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace kw
