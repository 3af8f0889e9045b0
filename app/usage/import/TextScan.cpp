// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/TextScan.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define KW_SSE2 1
#endif

namespace kw::text {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly n digits at pos; advances pos.
std::optional<int> digits(std::string_view s, std::size_t& pos, std::size_t n)
{
    if (pos + n > s.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (!isDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    pos += n;
    return value;
}

bool expect(std::string_view s, std::size_t& pos, char c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): no
// QDateTime, no time zone database, no allocation per line.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<qint64> toMs(int y, int mo, int d, int h, int mi, int sec, int ms, int offsetMinutes)
{
    if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) {
        return std::nullopt;
    }
    const qint64 secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetMinutes * 60;
    return secs * 1000 + ms;
}

// [Z | ±hh:mm | ±hhmm | ±hh] at pos, to the end of s.
std::optional<int> zoneOffset(std::string_view s, std::size_t pos)
{
    if (pos == s.size()) {
        return 0;
    }
    if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
        return 0;
    }
    if (s[pos] != '+' && s[pos] != '-') {
        return std::nullopt;
    }
    const int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    const auto hh = digits(s, pos, 2);
    if (!hh) {
        return std::nullopt;
    }
    int mm = 0;
    if (pos < s.size()) {
        expect(s, pos, ':');
        const auto m = digits(s, pos, 2);
        if (!m || pos != s.size()) {
            return std::nullopt;
        }
        mm = *m;
    }
    return sign * (*hh * 60 + mm);
}

constexpr std::array<std::string_view, 12> Months{"jan", "feb", "mar", "apr", "may", "jun",
                                                  "jul", "aug", "sep", "oct", "nov", "dec"};

} // namespace

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

bool startsWithIgnoreCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

std::optional<qint64> toInt(std::string_view s)
{
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || s.size() > 18) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (char c : s) {
        if (!isDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

std::optional<int> toStatus(std::string_view s)
{
    std::size_t pos = 0;
    const auto value = digits(s, pos, 3);
    if (!value || pos != s.size() || *value < 100 || *value > 599) {
        return std::nullopt;
    }
    return *value;
}

std::optional<qint64> parseClfTime(std::string_view s)
{
    std::size_t pos = 0;
    const auto d = digits(s, pos, 2);
    if (!d || !expect(s, pos, '/') || pos + 4 > s.size()) {
        return std::nullopt;
    }
    int month = 0;
    for (std::size_t i = 0; i < Months.size(); ++i) {
        if (equalsIgnoreCase(s.substr(pos, 3), Months[i])) {
            month = static_cast<int>(i) + 1;
        }
    }
    pos += 3;
    if (month == 0 || !expect(s, pos, '/')) {
        return std::nullopt;
    }
    const auto y = digits(s, pos, 4);
    if (!y || !expect(s, pos, ':')) {
        return std::nullopt;
    }
    const auto h = digits(s, pos, 2);
    const bool c1 = expect(s, pos, ':');
    const auto mi = digits(s, pos, 2);
    const bool c2 = expect(s, pos, ':');
    const auto sec = digits(s, pos, 2);
    if (!h || !c1 || !mi || !c2 || !sec || !expect(s, pos, ' ')) {
        return std::nullopt;
    }
    const auto offset = zoneOffset(s, pos);
    if (!offset) {
        return std::nullopt;
    }
    return toMs(*y, month, *d, *h, *mi, *sec, 0, *offset);
}

std::optional<qint64> ClfTimeCache::parse(std::string_view s)
{
    // Same length, same head and same zone as the last time: only the two second digits differ.
    if (s.size() == m_length && s.size() > Head + 2 && std::memcmp(s.data(), m_text.data(), Head) == 0 &&
        std::memcmp(s.data() + Head + 2, m_text.data() + Head + 2, s.size() - Head - 2) == 0 &&
        isDigit(s[Head]) && isDigit(s[Head + 1])) {
        const int sec = (s[Head] - '0') * 10 + (s[Head + 1] - '0');
        if (sec <= 60) { // as toMs() checks
            return m_minuteMs + sec * 1000;
        }
        return std::nullopt;
    }
    const std::optional<qint64> ms = parseClfTime(s);
    if (ms && s.size() <= m_text.size() && s.size() > Head + 2 && s[Head - 1] == ':') {
        std::memcpy(m_text.data(), s.data(), s.size());
        m_length = s.size();
        m_minuteMs = *ms - ((s[Head] - '0') * 10 + (s[Head + 1] - '0')) * 1000;
    }
    return ms;
}

std::size_t findEither(std::string_view s, char a, char b)
{
    std::size_t i = 0;
#ifdef KW_SSE2
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    for (; i + 16 <= s.size(); i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        const int mask =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, va), _mm_cmpeq_epi8(chunk, vb)));
        if (mask != 0) {
            return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
        }
    }
#endif
    for (; i < s.size(); ++i) {
        if (s[i] == a || s[i] == b) {
            return i;
        }
    }
    return s.size();
}

std::optional<qint64> parseIsoTime(std::string_view s)
{
    std::size_t pos = 0;
    const auto y = digits(s, pos, 4);
    const bool d1 = expect(s, pos, '-');
    const auto mo = digits(s, pos, 2);
    const bool d2 = expect(s, pos, '-');
    const auto d = digits(s, pos, 2);
    if (!y || !d1 || !mo || !d2 || !d || !(expect(s, pos, 'T') || expect(s, pos, ' '))) {
        return std::nullopt;
    }
    const auto h = digits(s, pos, 2);
    const bool c1 = expect(s, pos, ':');
    const auto mi = digits(s, pos, 2);
    const bool c2 = expect(s, pos, ':');
    const auto sec = digits(s, pos, 2);
    if (!h || !c1 || !mi || !c2 || !sec) {
        return std::nullopt;
    }
    int ms = 0;
    if (expect(s, pos, '.') || expect(s, pos, ',')) {
        // Keep milliseconds; Traefik and Envoy write nanoseconds, which minute buckets do not need.
        int scale = 100;
        const std::size_t start = pos;
        while (pos < s.size() && isDigit(s[pos])) {
            ms += scale * (s[pos] - '0');
            scale /= 10;
            ++pos;
        }
        if (pos == start) {
            return std::nullopt;
        }
    }
    const auto offset = zoneOffset(s, pos);
    if (!offset) {
        return std::nullopt;
    }
    return toMs(*y, *mo, *d, *h, *mi, *sec, ms, *offset);
}

std::optional<qint64> epochNumberToMs(double value)
{
    if (!std::isfinite(value) || value <= 0 || value > 1e15) {
        return std::nullopt;
    }
    // 1e11 seconds is the year 5138, and 1e11 ms is 1973: a cut no real log straddles.
    return value > 1e11 ? static_cast<qint64>(value) : static_cast<qint64>(std::llround(value * 1000.0));
}

std::optional<qint64> parseAnyTime(std::string_view s)
{
    s = trim(s);
    if (const auto whole = toInt(s)) {
        return epochNumberToMs(static_cast<double>(*whole));
    }
    const std::size_t dot = s.find('.');
    if (dot != std::string_view::npos && dot > 0) {
        const auto secs = toInt(s.substr(0, dot));
        const std::string_view frac = s.substr(dot + 1);
        if (secs && !frac.empty() && frac.size() <= 9 && toInt(frac) && frac.front() != '-') {
            double f = 0;
            double scale = 0.1;
            for (char c : frac) {
                f += scale * (c - '0');
                scale /= 10;
            }
            return epochNumberToMs(static_cast<double>(*secs) + f);
        }
    }
    return parseIsoTime(s);
}

bool mayBeEncoded(std::string_view s)
{
    return s.find_first_of("%\\") != std::string_view::npos ||
           (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front());
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = char(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// The byte of the two hex digits at s[i], or -1.
int hexByteAt(std::string_view s, std::size_t i)
{
    if (i + 1 >= s.size()) {
        return -1;
    }
    const int hi = hexValue(s[i]);
    const int lo = hexValue(s[i + 1]);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

std::string_view unquote(std::string_view s)
{
    s = trim(s);
    if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) {
        s = trim(s.substr(1, s.size() - 2));
    }
    return s;
}

} // namespace

std::string_view decode(std::string_view s, char* out, std::size_t capacity)
{
    s = trim(s);
    if (s.size() > capacity) {
        return unquote(s);
    }
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '%') {
            if (const int byte = hexByteAt(s, i + 1); byte >= 0) {
                c = char(byte);
                i += 2;
            }
        } else if (c == '\\' && i + 1 < s.size()) {
            if (s[i + 1] == 'x') {
                if (const int byte = hexByteAt(s, i + 2); byte >= 0) {
                    c = char(byte);
                    i += 3;
                }
            } else {
                c = s[++i];
            }
        }
        out[n++] = c;
    }
    return unquote(std::string_view(out, n));
}

std::size_t credentialHeaderLength(std::string_view s)
{
    // The colon first: most fields tested (user agents) have none near their start, and that is
    // one short memchr instead of a comparison with every name.
    constexpr std::size_t Longest = 19; // "proxy-authorization"
    const std::size_t colon = s.substr(0, Longest + 4).find(':');
    if (colon == std::string_view::npos) {
        return 0;
    }
    std::string_view name = s.substr(0, colon);
    while (!name.empty() && name.back() == ' ') {
        name.remove_suffix(1);
    }
    static constexpr std::array<std::string_view, 11> Names{"authorization", "proxy-authorization",
                                                            "x-api-key",     "x-auth-token",
                                                            "apikey",        "api-key",
                                                            "api_key",       "token",
                                                            "x-token",       "access_token",
                                                            "access-token"};
    for (const std::string_view known : Names) {
        if (name.size() == known.size() && equalsIgnoreCase(name, known)) {
            return colon + 1;
        }
    }
    return 0;
}

bool scanLines(std::string_view s, std::vector<quint32>& newlines)
{
    std::size_t i = 0;
    bool plain = true;
#ifdef KW_SSE2
    const __m128i zero = _mm_setzero_si128();
    const __m128i nl = _mm_set1_epi8('\n');
    __m128i high = zero;
    __m128i low = _mm_set1_epi8(char(0x7f));
    for (; i + 64 <= s.size(); i += 64) {
        const auto* p = reinterpret_cast<const __m128i*>(s.data() + i);
        const __m128i a = _mm_loadu_si128(p);
        const __m128i b = _mm_loadu_si128(p + 1);
        const __m128i c = _mm_loadu_si128(p + 2);
        const __m128i d = _mm_loadu_si128(p + 3);
        high = _mm_or_si128(high, _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d)));
        low = _mm_min_epu8(low, _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d)));
        quint64 mask = quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(a, nl)))) |
                       quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(b, nl)))) << 16 |
                       quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(c, nl)))) << 32 |
                       quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(d, nl)))) << 48;
        for (; mask != 0; mask &= mask - 1) {
            newlines.push_back(quint32(i) + quint32(std::countr_zero(mask)));
        }
    }
    // min_epu8 is 0 where a byte was NUL; a high bit anywhere is a byte above 0x7F.
    plain = _mm_movemask_epi8(_mm_or_si128(high, _mm_cmpeq_epi8(low, zero))) == 0;
#endif
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        plain = plain && c != 0 && c < 0x80;
        if (c == '\n') {
            newlines.push_back(quint32(i));
        }
    }
    return plain;
}

bool isCleanUtf8(std::string_view s)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        // Log lines are almost all ASCII: many bytes at a time while none is 0 or above 0x7F.
#ifdef KW_SSE2
        while (end - p >= 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            if (_mm_movemask_epi8(_mm_or_si128(chunk, _mm_cmpeq_epi8(chunk, _mm_setzero_si128()))) != 0) {
                break; // a byte >= 0x80, or a zero byte
            }
            p += 16;
        }
#endif
        while (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, sizeof w);
            constexpr quint64 Low = 0x0101010101010101ULL;
            constexpr quint64 High = 0x8080808080808080ULL;
            if (((w | ((w - Low) & ~w)) & High) != 0) {
                break; // a byte >= 0x80, or a zero byte
            }
            p += 8;
        }
        if (p == end) {
            break;
        }
        const unsigned char c = *p;
        if (c == 0) {
            return false;
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        quint32 cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (end - p <= extra) {
            return false;
        }
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0u) != 0x80u) {
                return false;
            }
            cp = (cp << 6) | (p[i] & 0x3Fu);
        }
        const bool overlong = (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            return false;
        }
        p += extra + 1;
    }
    return true;
}

} // namespace kw::text
