// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <array>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

// Byte-level helpers for the line parsers: they look at a log line in place, without allocating.
namespace kw::text {

// Inline: the parsers call it several times per field of every line.
inline std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
        s.remove_suffix(1);
    }
    return s;
}
// What QString::trimmed() strips from Latin-1 text.
constexpr bool isLatin1Space(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == ' ' || (u >= '\t' && u <= '\r') || u == 0x85 || u == 0xa0;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b);
bool startsWithIgnoreCase(std::string_view s, std::string_view prefix);

// A whole decimal number, optionally signed; nullopt on anything else or on overflow.
std::optional<qint64> toInt(std::string_view s);
// An HTTP status: three digits, 100..599.
std::optional<int> toStatus(std::string_view s);

// "10/Oct/2000:13:55:36 -0700" (common log format, no brackets) -> UTC ms since the epoch.
std::optional<qint64> parseClfTime(std::string_view s);
// 2000-10-10T13:55:36[.fff…][Z|±hh:mm|±hhmm]; a space may stand for the T. Without a zone: UTC.
std::optional<qint64> parseIsoTime(std::string_view s);
// A number of epoch seconds (fractions allowed) or, when above 1e11, epoch milliseconds; or ISO.
std::optional<qint64> parseAnyTime(std::string_view s);
std::optional<qint64> epochNumberToMs(double value);

// Calls visit(name, value) for each "name=value" of a request target's query ("/v1/x?a=1&b=2"),
// raw, not decoded, until visit returns false.
template<typename Visit>
void forEachQueryParam(std::string_view target, Visit visit)
{
    const std::size_t q = target.find('?');
    if (q == std::string_view::npos) {
        return;
    }
    std::string_view rest = target.substr(q + 1);
    rest = rest.substr(0, rest.find('#'));
    while (!rest.empty()) {
        const std::size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        if (const std::size_t eq = pair.find('='); eq != std::string_view::npos) {
            if (!visit(pair.substr(0, eq), pair.substr(eq + 1))) {
                return;
            }
        }
        if (amp == std::string_view::npos) {
            return;
        }
        rest.remove_prefix(amp + 1);
    }
}

// Text that a log may have encoded: %HH, a backslash escape (\" \\ \xHH, as nginx writes), or a
// pair of surrounding quotes.
bool mayBeEncoded(std::string_view s);
// s with one level of %HH and backslash escapes undone, trimmed, and one pair of surrounding
// quotes (" or ') taken off, written to `out`; s itself when it does not fit there.
std::string_view decode(std::string_view s, char* out, std::size_t capacity);
// The length of "Name:" when s begins with the name of a header that carries credentials
// (Authorization, X-Api-Key, apikey, token, …, any case) and a colon; 0 otherwise. Every such
// name begins with a, p, t or x.
std::size_t credentialHeaderLength(std::string_view s);

// The CLF time of successive lines of one log. Lines come in time order, so most share their
// minute (and zone) with the line before: then only the seconds are read. Same results as
// parseClfTime(); one per reader (not thread-safe).
class ClfTimeCache
{
public:
    std::optional<qint64> parse(std::string_view s);

    // The combined reader's fast path, on the text after '[': when the bytes before the first ']'
    // are the last time but for its seconds, returns their length and sets `ms` to what parse()
    // of them gives; otherwise returns 0 and parse() decides.
    std::size_t parseSameMinute(std::string_view s, qint64& ms) const
    {
        const std::size_t n = m_length;
        // The cached text holds no ']' (parseClfTime() took it), so s[n] is the first one.
        if (n == 0 || s.size() <= n || s[n] != ']' || std::memcmp(s.data(), m_text.data(), Head) != 0) {
            return 0;
        }
        // The zone, as one word on little-endian machines: the 8 bytes that end the time (n is 26
        // for "-0700", 27 for "+02:00"), less the second digits they begin with.
        if (Q_BYTE_ORDER == Q_LITTLE_ENDIAN && n >= Head + 8 && n <= Head + 10) {
            quint64 a;
            quint64 b;
            std::memcpy(&a, s.data() + n - 8, sizeof a);
            std::memcpy(&b, m_text.data() + n - 8, sizeof b);
            if (((a ^ b) >> (8 * (Head + 10 - n))) != 0) {
                return 0;
            }
        } else {
            for (std::size_t i = Head + 2; i < n; ++i) {
                if (s[i] != m_text[i]) {
                    return 0;
                }
            }
        }
        const unsigned tens = static_cast<unsigned char>(s[Head]) - unsigned('0');
        const unsigned ones = static_cast<unsigned char>(s[Head + 1]) - unsigned('0');
        const unsigned sec = tens * 10 + ones;
        if (tens > 9 || ones > 9 || sec > 60) {
            return 0;
        }
        ms = m_minuteMs + qint64(sec) * 1000;
        return n;
    }

private:
    static constexpr std::size_t Head = 18; // "10/Oct/2000:13:55:"
    std::array<char, 32> m_text{};          // the last time parsed whole: head, seconds, zone
    std::size_t m_length = 0;               // 0: none yet
    qint64 m_minuteMs = 0;                  // its time with the seconds set to 0
};

// The offset of the first `a` or `b` in s, or s.size(): 16 bytes at a time on x86-64.
std::size_t findEither(std::string_view s, char a, char b);

// Appends the offset of every '\n' in s to `newlines` and tells, in the same pass, whether s holds
// only bytes 0x01..0x7F: such text is clean UTF-8 (below) whichever way it is cut into lines.
bool scanLines(std::string_view s, std::vector<quint32>& newlines);

// Well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF), and no NUL bytes.
bool isCleanUtf8(std::string_view s);

} // namespace kw::text
