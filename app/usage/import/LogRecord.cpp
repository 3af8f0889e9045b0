// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/LogRecord.h"

#include "core/KeyFormat.h"
#include "core/Sha256.h"
#include "usage/import/TextScan.h"

#include <algorithm>
#include <cstring>
#include <string.h> // explicit_bzero (glibc, the BSDs)

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define KW_SSE2 1
#endif

namespace kw {

namespace {

constexpr std::array<bool, 256> Base62Table = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[std::size_t(c)] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return table;
}();

bool isBase62(char c)
{
    return Base62Table[static_cast<unsigned char>(c)];
}

inline bool allBase62(std::string_view s)
{
#ifdef KW_SSE2
    // A key id's body is 16 bytes: one test. Bytes above 0x7F are negative here, so in no range.
    for (; s.size() >= 16; s.remove_prefix(16)) {
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data()));
        const __m128i lower = _mm_or_si128(c, _mm_set1_epi8(0x20));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8('0' - 1)),
                                            _mm_cmplt_epi8(c, _mm_set1_epi8('9' + 1)));
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                             _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
        if (_mm_movemask_epi8(_mm_or_si128(digit, letter)) != 0xffff) {
            return false;
        }
    }
#endif
    return std::all_of(s.begin(), s.end(), isBase62);
}

// isValidPrefix() on bytes: this runs for every field of every line, so no QString here.
bool isPrefix(std::string_view s)
{
    return s.size() >= 2 && s.size() <= 12 && s.front() >= 'a' && s.front() <= 'z' &&
           std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

bool isHint(std::string_view s)
{
    constexpr std::size_t Body = keyformat::HintBodyLength;
    // prefix (2..12) + "_live_" + body: anything of another length is no hint.
    if (s.size() < 2 + 6 + Body || s.size() > 12 + 6 + Body) {
        return false;
    }
    const std::size_t first = s.find('_');
    const std::size_t second = first == std::string_view::npos ? first : s.find('_', first + 1);
    if (second == std::string_view::npos) {
        return false;
    }
    const std::string_view env = s.substr(first + 1, second - first - 1);
    const std::string_view body = s.substr(second + 1);
    return isPrefix(s.substr(0, first)) && (env == "live" || env == "test") && body.size() == Body &&
           allBase62(body);
}

// A cheap necessary condition for parseKey(): "prefix_env_" then body and check (36 characters).
// Only text that passes it becomes a QString (every user agent and extra field is tested).
bool mayBeFullKey(std::string_view s)
{
    while (!s.empty() && text::isLatin1Space(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && text::isLatin1Space(s.back())) {
        s.remove_suffix(1);
    }
    constexpr std::size_t Rest = keyformat::BodyLength + keyformat::CheckLength;
    return s.size() >= 2 + 6 + Rest && s.size() <= 12 + 6 + Rest && s[s.size() - Rest - 1] == '_';
}

bool parsesAsKey(std::string_view s)
{
    return parseKey(QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()))).ok();
}

// One hasher per parsing thread, kept: a fresh libcrypto context per secret would cost more than
// hashing it.
Sha256& threadSha256()
{
    static thread_local Sha256 sha;
    return sha;
}

void sha256HexOf(std::string_view s, char out[64])
{
    threadSha256().hex(QByteArrayView(s.data(), qsizetype(s.size())), out);
}

// Rank of a kind when several references are in one line: the one that names a key most surely.
int rank(KeyRefKind kind)
{
    // By the enum's order: None, KeyId, Hint, Hash, FullKey, Opaque.
    static constexpr std::array<int, 6> Ranks{0, 5, 2, 4, 3, 1};
    static_assert(int(KeyRefKind::KeyId) == 1 && int(KeyRefKind::Opaque) == 5);
    return Ranks[static_cast<std::size_t>(kind)];
}

} // namespace

void prepareSecretHashing()
{
    threadSha256();
}

bool isKeyId(std::string_view s)
{
    return s.size() == 20 && s.substr(0, 4) == "key_" && allBase62(s.substr(4));
}

KeyRefKind keyRefKindOf(std::string_view s, SecretMemo* memo)
{
    // Ids first: most references are ids, and 20 is a key's length, so the next test passes them.
    if (isKeyId(s)) {
        return KeyRefKind::KeyId;
    }
    if (isPlainlyOpaque(s)) {
        return KeyRefKind::Opaque;
    }
    if (s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        })) {
        return KeyRefKind::Hash;
    }
    if (isHint(s)) {
        return KeyRefKind::Hint;
    }
    if (!mayBeFullKey(s)) {
        return KeyRefKind::Opaque;
    }
    const bool fullKey = memo ? memo->isFullKey(s) : parsesAsKey(s);
    return fullKey ? KeyRefKind::FullKey : KeyRefKind::Opaque;
}

SecretMemo::~SecretMemo()
{
    if (m_entries) {
        for (std::size_t i = 0; i < Slots; ++i) {
            if (m_used & (quint64(1) << i)) {
                explicit_bzero(&(*m_entries)[i], sizeof(Entry));
            }
        }
    }
}

SecretMemo::Entry& SecretMemo::entryOf(std::string_view text)
{
    static_assert(Slots == 64, "m_used has a bit per slot");
    Q_ASSERT(text.size() <= MaxText);
    if (!m_entries) {
        m_entries = std::make_unique<std::array<Entry, Slots>>();
    }
    // Tokens share their prefix ("bench_test_", "eyJhbGciOi"): the last bytes tell them apart.
    quint64 h = text.size();
    for (std::size_t i = text.size() > 16 ? text.size() - 16 : 0; i < text.size(); ++i) {
        h = (h ^ static_cast<unsigned char>(text[i])) * 0x100000001B3ULL;
    }
    const std::size_t slot = std::size_t(h ^ (h >> 32)) % Slots;
    Entry& e = (*m_entries)[slot];
    if (e.length != text.size() || std::memcmp(e.text.data(), text.data(), text.size()) != 0) {
        e.length = static_cast<quint16>(text.size());
        e.fullKey = -1;
        e.hashed = false;
        std::memcpy(e.text.data(), text.data(), text.size());
        m_used |= quint64(1) << slot;
    }
    return e;
}

bool SecretMemo::isFullKey(std::string_view text)
{
    if (text.size() > MaxText) {
        return parsesAsKey(text);
    }
    Entry& e = entryOf(text);
    if (e.fullKey < 0) {
        e.fullKey = parsesAsKey(text) ? 1 : 0;
    }
    return e.fullKey == 1;
}

void SecretMemo::hashHex(std::string_view text, char out[64])
{
    if (text.size() > MaxText) {
        sha256HexOf(text, out);
        return;
    }
    Entry& e = entryOf(text);
    if (!e.hashed) {
        sha256HexOf(text, e.hex.data());
        e.hashed = true;
    }
    std::memcpy(out, e.hex.data(), e.hex.size());
}

KeyRefKind LogRecord::kindOf(std::string_view text) const
{
    return keyRefKindOf(text, m_memo);
}

void LogRecord::offerKeyRef(std::string_view text, KeySource from, bool onlyKeyShaped)
{
    text = text::trim(text);
    if (text.empty() || text == "-") {
        return;
    }
    offerShaped(text, kindOf(text), from, onlyKeyShaped);
}

bool LogRecord::offerIfKeyId(std::string_view text, KeySource from)
{
    if (!isKeyId(text)) {
        return false;
    }
    // An id outranks every other kind, so only an earlier id stays (as in offerShaped()).
    if (m_kind != KeyRefKind::KeyId) {
        keep(text, KeyRefKind::KeyId, from);
    }
    return true;
}

void LogRecord::offerShaped(std::string_view text, KeyRefKind kind, KeySource from, bool onlyKeyShaped)
{
    // Only text that is no key as written can be one once decoded: ids, hints, hashes and keys
    // hold no '%', backslash or quote.
    if (kind == KeyRefKind::Opaque && text::mayBeEncoded(text)) {
        std::array<char, DecodeCapacity> buffer;
        offerDecoded(text::decode(text, buffer.data(), buffer.size()), from, onlyKeyShaped);
        return;
    }
    keepShaped(text, kind, from, onlyKeyShaped);
}

void LogRecord::offerDecoded(std::string_view text, KeySource from, bool onlyKeyShaped)
{
    if (!text.empty() && text != "-") {
        keepShaped(text, kindOf(text), from, onlyKeyShaped);
    }
}

void LogRecord::keepShaped(std::string_view text, KeyRefKind kind, KeySource from, bool onlyKeyShaped)
{
    if (kind == KeyRefKind::FullKey || (kind == KeyRefKind::Opaque && from == KeySource::BearerHeader)) {
        plaintextSeen = true;
    }
    if (onlyKeyShaped && kind == KeyRefKind::Opaque) {
        return;
    }
    if (rank(kind) <= rank(m_kind)) {
        return;
    }
    if (kind == KeyRefKind::FullKey || kind == KeyRefKind::Opaque) {
        keepHashOf(text, kind, from);
        return;
    }
    keep(text, kind, from);
}

// Out of line: most references are ids, which need neither the hash nor its QByteArray.
Q_NEVER_INLINE void LogRecord::keepHashOf(std::string_view text, KeyRefKind kind, KeySource from)
{
    // Hashed here, before the text leaves the line buffer; the hex is what the inventory stores.
    char hex[64];
    if (m_memo) {
        m_memo->hashHex(text, hex);
    } else {
        sha256HexOf(text, hex);
    }
    keep(std::string_view(hex, sizeof hex), kind, from);
}

void LogRecord::offerAuthorization(std::string_view value)
{
    std::array<char, DecodeCapacity> buffer;
    offerCredential(text::decode(value, buffer.data(), buffer.size()));
}

void LogRecord::offerCredential(std::string_view value)
{
    if (text::startsWithIgnoreCase(value, "bearer ")) {
        offerDecoded(text::trim(value.substr(7)), KeySource::BearerHeader, false);
    } else {
        offerDecoded(value, KeySource::Field, true);
    }
}

void LogRecord::offerHeaderText(std::string_view field)
{
    std::array<char, DecodeCapacity> buffer;
    std::string_view value = text::decode(field, buffer.data(), buffer.size());
    if (const std::size_t named = text::credentialHeaderLength(value)) {
        value = value.substr(named);
    } else {
        // name=value (a log_format's "key=$http_x_api_key"); a blank before the '=' means the
        // text is no such pair ("Bearer abc==").
        const std::size_t eq = value.find('=');
        if (eq != std::string_view::npos && value.substr(0, eq).find(' ') == std::string_view::npos) {
            value = value.substr(eq + 1);
        }
    }
    // The value may be quoted on its own: authorization="Bearer …".
    std::array<char, DecodeCapacity> inner;
    offerCredential(text::decode(value, inner.data(), inner.size()));
}

void LogRecord::offerTargetKeys(std::string_view target)
{
    text::forEachQueryParam(target, [this](std::string_view name, std::string_view value) {
        std::array<char, 32> buffer;
        if (name.find('%') != std::string_view::npos && name.size() <= buffer.size()) {
            name = text::decode(name, buffer.data(), buffer.size());
        }
        for (const std::string_view known :
             {std::string_view("api_key"), std::string_view("apikey"), std::string_view("api-key"),
              std::string_view("key"), std::string_view("token"), std::string_view("access_token")}) {
            if (text::equalsIgnoreCase(name, known)) {
                offerKeyRef(value, KeySource::QueryParam, true);
                break;
            }
        }
        return true;
    });
}

void LogRecord::keep(std::string_view text, KeyRefKind kind, KeySource from)
{
    const std::size_t n = std::min(text.size(), m_ref.size());
    std::memcpy(m_ref.data(), text.data(), n);
    m_inLine = text.substr(0, n);
    m_refLength = static_cast<quint8>(n);
    m_kind = kind;
    source = from;
}

} // namespace kw
