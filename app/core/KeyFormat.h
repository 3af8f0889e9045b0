// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace kw {

// Design §2: {prefix}_{env}_{body}{check}; body 30 base62 chars, check CRC-32 in 6 base62 chars.
namespace keyformat {
inline constexpr int BodyLength = 30;
inline constexpr int CheckLength = 6;
inline constexpr int HintBodyLength = 6;
inline constexpr int IdLength = 16;
inline constexpr QStringView Alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
} // namespace keyformat

enum class KeyParseError
{
    None,
    UnknownShape,  // not prefix_env_rest, or a prefix that is not [a-z][a-z0-9]{1,11}
    UnknownEnv,    // env is neither live nor test
    WrongLength,   // the part after env is not 36 characters
    BadCharacters, // the part after env has characters outside base62
    BadChecksum,   // CRC-32 does not match: a typo or a damaged paste
};

struct ParsedKey
{
    KeyParseError error = KeyParseError::None;
    QString prefix;
    Env env = Env::Test;
    QString hint; // empty when the shape is too broken to name one
    bool ok() const { return error == KeyParseError::None; }
};

struct GeneratedKey
{
    QString secret; // shown once, never stored
    QString hint;
    QString hash; // lowercase hex SHA-256 of the whole key
};

bool isValidPrefix(QStringView prefix);
QString base62Encode(quint64 value, int width);
quint32 crc32Of(QStringView text);

// Random base62 of the given length from the OS CSPRNG, rejection-sampled (no modulo bias).
QString randomBase62(int length);

GeneratedKey generateKey(const QString& prefix, Env env);
ParsedKey parseKey(QStringView presented);
QString keyHash(QStringView key);
QString hintOf(const QString& prefix, Env env, QStringView body);

// Message for an administrator; names the hint at most, never the key.
QString describeParseError(const ParsedKey& parsed);

QString newKeyId(); // key_ + 16 base62
// A key id derived from a key's hash within its project: an import names the same id in its dry
// run as in the real one, and the id tells nothing the stored hash does not.
QString importedKeyId(const QString& projectId, const QString& hash);
QString newProjectId(); // prj_ + 16 base62
QString newEventId();   // evt_ + 16 base62

// Compares without an early exit so the time taken says nothing about where two hashes differ.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

// Shapes of the references an administrator may give for a key: an id (key_ + 16 base62) or a hint
// ({prefix}_{env}_{6 base62}, or _#{6 hex} for an imported key). Anything else may be a secret.
bool isKeyIdShape(QStringView s);
bool isHintShape(QStringView s);

// A string that looks like a hash (64 lowercase hex), hint, key id or full key: what a log may hold.
bool looksLikeHash(QStringView s);

} // namespace kw
