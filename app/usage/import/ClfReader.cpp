// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/ClfReader.h"

#include "usage/import/TextScan.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define KW_SSE2 1
#endif

namespace kw {

namespace {

// A left-to-right cursor over one line; each take* consumes a field and the blanks after it.
class Cursor
{
public:
    explicit Cursor(std::string_view line)
        : m_rest(line)
    {}

    bool atEnd() const { return m_rest.empty(); }
    char peek() const { return m_rest.empty() ? '\0' : m_rest.front(); }

    // Tokens are short (an address, "-", a status): a plain loop beats a call to memchr.
    std::string_view takeToken()
    {
        std::size_t end = 0;
        while (end < m_rest.size() && m_rest[end] != ' ') {
            ++end;
        }
        const std::string_view token = m_rest.substr(0, end);
        advance(end);
        return token;
    }

    // The inside of "…"; a backslash escapes the next byte (nginx writes \" and \x22).
    std::optional<std::string_view> takeQuoted()
    {
        if (peek() != '"') {
            return std::nullopt;
        }
        const std::size_t close = closingQuote(0);
        if (close == m_rest.size()) {
            return std::nullopt;
        }
        const std::string_view inside = m_rest.substr(1, close - 1);
        advance(close + 1);
        return inside;
    }

    // An unquoted extra field, which may quote its value: authorization="Bearer …" is one field.
    std::optional<std::string_view> takeExtraToken()
    {
        std::size_t end = 0;
        while (end < m_rest.size() && m_rest[end] != ' ') {
            if (m_rest[end] == '"') {
                end = closingQuote(end);
                if (end == m_rest.size()) {
                    return std::nullopt;
                }
            }
            ++end;
        }
        const std::string_view token = m_rest.substr(0, end);
        advance(end);
        return token;
    }

    std::optional<std::string_view> takeBracketed()
    {
        if (peek() != '[') {
            return std::nullopt;
        }
        std::size_t close = 1;
        while (close < m_rest.size() && m_rest[close] != ']') {
            ++close;
        }
        if (close == m_rest.size()) {
            return std::nullopt;
        }
        const std::string_view inside = m_rest.substr(1, close - 1);
        advance(close + 1);
        return inside;
    }

private:
    // The offset of the '"' that closes the one at `open`, or m_rest.size() when none does.
    std::size_t closingQuote(std::size_t open) const
    {
        std::size_t i = open + 1;
        for (;;) {
            i += text::findEither(m_rest.substr(std::min(i, m_rest.size())), '"', '\\');
            if (i >= m_rest.size() || m_rest[i] == '"') {
                return std::min(i, m_rest.size());
            }
            i += 2; // the backslash and the byte it escapes
        }
    }

    void advance(std::size_t n)
    {
        m_rest.remove_prefix(n);
        while (!m_rest.empty() && m_rest.front() == ' ') {
            m_rest.remove_prefix(1);
        }
    }

    std::string_view m_rest;
};

std::optional<qint64> takeTime(Cursor& cursor, text::ClfTimeCache& cache)
{
    if (cursor.peek() == '[') {
        const auto inside = cursor.takeBracketed();
        if (!inside) {
            return std::nullopt;
        }
        if (const auto clf = cache.parse(*inside)) {
            return clf;
        }
        return text::parseIsoTime(*inside);
    }
    return text::parseIsoTime(cursor.takeToken());
}

// The request target: the second word of "GET /path?x HTTP/1.1".
std::string_view targetOf(std::string_view request)
{
    const std::size_t space = request.find(' ');
    if (space == std::string_view::npos) {
        return {};
    }
    const std::string_view rest = request.substr(space + 1);
    return rest.substr(0, rest.find(' '));
}

// An extra field: "Bearer …" is a credential; anything else counts only when key-shaped, since
// extra fields also hold request times and upstream addresses. "Name: value" (a credential
// header) and "name=value" fields give the value; quoting, escapes and %HH are undone.
void offerExtra(std::string_view value, LogRecord& record)
{
    value = text::trim(value);
    // Most extra fields end here: nothing to decode or split, not "Bearer …", and opaque by their
    // length alone, which is all that offerHeaderText() would find out after decoding them.
    if ((value.empty() || (value.front() | 0x20) != 'b') && isPlainlyOpaque(value) &&
        value.find('=') == std::string_view::npos && !text::mayBeEncoded(value) &&
        text::credentialHeaderLength(value) == 0) {
        return;
    }
    record.offerHeaderText(value);
}

// A quoted field's inside: its length (up to the first '"' or '\\', or to the end of the line),
// and two masks that are not zero when the bytes A or A2, and B, occur in it.
struct Scan
{
    std::size_t length = 0;
    unsigned inA = 0;
    unsigned inB = 0;
};

// One pass over a quoted field, 16 bytes at a time. The line must have 16 bytes at least (the fast
// walk takes no shorter one): its last piece is read as the 16 bytes that end with the line, so
// nothing past it is touched.
template<char A, char A2, char B>
Scan scanQuoted(const char* const p, const char* const end)
{
    Scan scan;
    const char* q = p;
#ifdef KW_SSE2
    // `skip` bytes of the piece at `at` come before q. True when the piece ends the field.
    const auto piece = [&](const char* at, unsigned skip) {
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        const auto where = [&c, skip](char x) {
            return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(c, _mm_set1_epi8(x)))) >> skip;
        };
        const unsigned stop = where('"') | where('\\');
        const unsigned before = stop != 0 ? (stop & (0u - stop)) - 1 : ~0u;
        scan.inA |= (where(A) | where(A2)) & before;
        scan.inB |= where(B) & before;
        if (stop != 0) {
            scan.length = std::size_t(q - p) + std::size_t(std::countr_zero(stop));
            return true;
        }
        return false;
    };
    for (; end - q >= 16; q += 16) {
        if (piece(q, 0)) {
            return scan;
        }
    }
    if (q < end && piece(end - 16, unsigned(16 - (end - q)))) {
        return scan;
    }
    scan.length = std::size_t(end - p);
#else
    for (; q < end && *q != '"' && *q != '\\'; ++q) {
        scan.inA |= *q == A || *q == A2 ? 1u : 0u;
        scan.inB |= *q == B ? 1u : 0u;
    }
    scan.length = std::size_t(q - p);
#endif
    return scan;
}

// Edge bytes after which a field needs no trimming nor unquoting (and, in front, is no
// "Bearer …").
constexpr std::array<bool, 256> PlainFront = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[std::size_t(c)] = !text::isLatin1Space(char(c)) && (c | 0x20) != 'b' && c != '"' && c != '\'';
    }
    return table;
}();
constexpr std::array<bool, 256> PlainBack = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[std::size_t(c)] = !text::isLatin1Space(char(c)) && c != '"' && c != '\'';
    }
    return table;
}();
// First letters of the credential headers' names (text::credentialHeaderLength()).
constexpr std::array<bool, 256> HeaderFront = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const int lower = c | 0x20;
        table[std::size_t(c)] = lower == 'a' || lower == 'p' || lower == 't' || lower == 'x';
    }
    return table;
}();

// offerExtra() for the fast walk, which knows whether the field holds '=' or '%' (inA) or '_' (inB).
// Most fields are dismissed here by their length and edges alone; a field whose value is itself
// (no '=' to split at, nothing to trim, not "Bearer …") goes straight to offerKeyRef(), which is
// where offerAuthorization() would send it.
void offerExtraField(std::string_view value, const Scan& marks, LogRecord& record)
{
    const std::size_t n = value.size();
    if (n < 8) {
        return; // no key is this short, and "bearer x" is the shortest credential
    }
    const auto front = static_cast<unsigned char>(value.front());
    if (marks.inA != 0 || !PlainFront[front] || !PlainBack[static_cast<unsigned char>(value.back())] ||
        (HeaderFront[front] && text::credentialHeaderLength(value) != 0)) {
        offerExtra(value, record);
        return;
    }
    // Ids, hints and full keys all hold a '_'; only a hash (64 hex digits) has none.
    if (!isKeyLength(n) || (marks.inB == 0 && n != 64)) {
        return;
    }
    // Nothing to trim, not empty nor "-": offerKeyRef() would only classify it, and most are ids.
    if (!record.offerIfKeyId(value, KeySource::Field)) {
        record.offerShaped(value, record.kindOf(value), KeySource::Field, true);
    }
}

} // namespace

// The usual combined line, "host ident user [dd/Mon/yyyy:HH:MM:SS ±zzzz] "request" status bytes"
// then quoted or plain extra fields, in one pass without the Cursor's optionals. It mirrors
// parseGeneral() step by step and gives up (false) on anything else: a time outside the cached
// minute that parse() rejects, an ISO time, a backslash, a missing quote, a bad status. The
// general walk then decides, so results are the same (tst_usage_clf_fast compares both).
bool ClfReader::parseFast(std::string_view line, LogRecord& record)
{
    if (line.size() < 16) {
        return false; // scanQuoted() reads 16 bytes at a time
    }
    const char* p = line.data();
    const char* const end = p + line.size();
    const auto skipBlanks = [&] {
        while (p < end && *p == ' ') {
            ++p;
        }
    };
    const auto token = [&] {
        const char* const start = p;
        while (p < end && *p != ' ') {
            ++p;
        }
        const std::string_view taken(start, std::size_t(p - start));
        skipBlanks();
        return taken;
    };
    // The host is the longest of the first tokens: its end from one 16-byte test when it is short.
    std::string_view host;
#ifdef KW_SSE2
    const auto firstBlanks = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), _mm_set1_epi8(' '))));
    if (firstBlanks != 0) {
        host = std::string_view(p, std::size_t(std::countr_zero(firstBlanks)));
        p += host.size();
        skipBlanks();
    } else {
        host = token();
    }
#else
    host = token();
#endif
    // "- - " (no ident, no user) starts most lines after the host: one comparison.
    std::string_view ident;
    std::string_view user;
    if (end - p > 4 && std::memcmp(p, "- - ", 4) == 0 && p[4] != ' ') {
        ident = std::string_view(p, 1);
        user = std::string_view(p + 2, 1);
        p += 4;
    } else {
        ident = token();
        user = token();
    }
    if (host.empty() || ident.empty() || user.empty() || p == end || *p != '[') {
        return false;
    }
    ++p;
    qint64 timeMs = 0;
    const std::string_view afterBracket(p, std::size_t(end - p));
    if (const std::size_t length = m_time.parseSameMinute(afterBracket, timeMs)) {
        p += length + 1;
    } else {
        const std::size_t close = afterBracket.find(']');
        if (close == std::string_view::npos) {
            return false;
        }
        const auto time = m_time.parse(afterBracket.substr(0, close));
        if (!time) {
            return false;
        }
        timeMs = *time;
        p += close + 1;
    }
    skipBlanks();
    if (p == end || *p != '"') {
        return false;
    }
    ++p;
    const Scan requestScan = scanQuoted<'?', '?', '?'>(p, end);
    const std::size_t requestLength = requestScan.length;
    if (requestLength == std::size_t(end - p) || p[requestLength] != '"') {
        return false;
    }
    const std::string_view request(p, requestLength);
    p += requestLength + 1;
    skipBlanks();
    // Exactly three digits, 100..599, then a blank or the end: toStatus() of the token.
    if (end - p < 3 || (end - p > 3 && p[3] != ' ')) {
        return false;
    }
    const unsigned d0 = static_cast<unsigned char>(p[0]) - unsigned('0');
    const unsigned d1 = static_cast<unsigned char>(p[1]) - unsigned('0');
    const unsigned d2 = static_cast<unsigned char>(p[2]) - unsigned('0');
    const unsigned status = d0 * 100 + d1 * 10 + d2;
    if (d0 > 9 || d1 > 9 || d2 > 9 || status < 100 || status > 599) {
        return false;
    }
    p += 3;
    skipBlanks();
    token(); // bytes sent
    record.timeMs = timeMs;
    record.status = static_cast<int>(status);

    // The offers of parseGeneral(), in its order (the first of equal rank stays), minus those that
    // cannot change the record: a plainly opaque $remote_user, a target without '?'.
    if ((user.size() != 1 || user.front() != '-') && !isPlainlyOpaque(user)) {
        record.offerKeyRef(user, KeySource::RemoteUser, true);
    }
    if (requestScan.inA != 0) {
        record.offerTargetKeys(targetOf(request));
    }
    while (p < end) {
        Scan marks;
        std::string_view value;
        if (*p == '"') {
            ++p;
            // "-" (no referer, no key) is the most common field of all: nothing to scan or offer.
            if (end - p >= 2 && p[1] == '"' && p[0] != '"' && p[0] != '\\') {
                p += 2;
                skipBlanks();
                continue;
            }
            marks = scanQuoted<'=', '%', '_'>(p, end);
            const std::size_t length = marks.length;
            if (length == std::size_t(end - p) || p[length] != '"') {
                return false;
            }
            value = std::string_view(p, length);
            p += length + 1;
            skipBlanks();
        } else {
            const char* const start = p;
            for (; p < end && *p != ' '; ++p) {
                if (*p == '"') {
                    return false; // name="a quoted value": the general walk takes it whole
                }
                marks.inA |= *p == '=' || *p == '%' ? 1u : 0u;
                marks.inB |= *p == '_' ? 1u : 0u;
            }
            value = std::string_view(start, std::size_t(p - start));
            skipBlanks();
        }
        offerExtraField(value, marks, record);
    }
    return true;
}

ParseStatus ClfReader::parseGeneral(std::string_view line, LogRecord& record)
{
    Cursor cursor(line);
    const std::string_view host = cursor.takeToken();
    const std::string_view ident = cursor.takeToken();
    const std::string_view user = cursor.takeToken();
    if (host.empty() || ident.empty() || user.empty() || cursor.atEnd()) {
        return ParseStatus::rejected(RejectReason::BadSyntax);
    }
    const auto time = takeTime(cursor, m_time);
    if (!time) {
        return ParseStatus::rejected(RejectReason::BadTime);
    }
    const auto request = cursor.takeQuoted();
    if (!request) {
        return ParseStatus::rejected(RejectReason::BadSyntax);
    }
    const auto status = text::toStatus(cursor.takeToken());
    if (!status) {
        return ParseStatus::rejected(RejectReason::BadStatus);
    }
    cursor.takeToken(); // bytes sent
    record.timeMs = *time;
    record.status = *status;

    record.offerKeyRef(user, KeySource::RemoteUser, true);
    record.offerTargetKeys(targetOf(*request));
    // Referer, user agent, and whatever the site's log_format appends. A referer or user agent is
    // never key-shaped as a whole, so all fields are scanned: "common" plus extras works too.
    while (!cursor.atEnd()) {
        const bool quoted = cursor.peek() == '"';
        const auto value = quoted ? cursor.takeQuoted() : cursor.takeExtraToken();
        if (!value) {
            return ParseStatus::rejected(RejectReason::BadSyntax);
        }
        offerExtra(*value, record);
    }
    return ParseStatus::record();
}

} // namespace kw
