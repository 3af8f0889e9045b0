// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/ClfReader.h"

#include "usage/TextScan.h"

#include <algorithm>
#include <array>
#include <bit>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define KW_SSE2 1
#endif
// AVX2 and AVX-512 walks, compiled for their targets and chosen at run time (the build itself is
// for the SSE2 baseline).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define KW_SIMD_DISPATCH 1
#define KW_INLINE __attribute__((always_inline)) inline
#define KW_TARGET_SIMD __attribute__((target("avx2,bmi,bmi2,pclmul")))
#define KW_TARGET_AVX2 KW_TARGET_SIMD
#define KW_TARGET_AVX512 __attribute__((target("avx512f,avx512bw,avx2,bmi,bmi2,pclmul")))
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
        std::size_t i = 1;
        for (;;) {
            i += text::findEither(m_rest.substr(i), '"', '\\');
            if (i >= m_rest.size()) {
                return std::nullopt;
            }
            if (m_rest[i] == '"') {
                const std::string_view inside = m_rest.substr(1, i - 1);
                advance(i + 1);
                return inside;
            }
            i += 2; // the backslash and the byte it escapes
            if (i >= m_rest.size()) {
                return std::nullopt;
            }
        }
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
// extra fields also hold request times and upstream addresses. "name=value" fields give the value.
void offerExtra(std::string_view value, LogRecord& record)
{
    value = text::trim(value);
    const std::size_t eq = value.find('=');
    if (eq != std::string_view::npos && value.find(' ') == std::string_view::npos) {
        value = value.substr(eq + 1);
    }
    // Most extra fields end here: not "Bearer …", and opaque by their length alone, which is all
    // that offerAuthorization() would find out after trimming and comparing them again.
    if ((value.empty() || (value.front() | 0x20) != 'b') && isPlainlyOpaque(value)) {
        return;
    }
    record.offerAuthorization(value);
}

// A quoted field's inside: its length (up to the first '"' or '\\', or to the end of the line),
// and two masks that are not zero when the bytes A and B occur in it.
struct Scan
{
    std::size_t length = 0;
    unsigned inA = 0;
    unsigned inB = 0;
};

// One pass over a quoted field, 16 bytes at a time. The line must have 16 bytes at least (the fast
// walk takes no shorter one): its last piece is read as the 16 bytes that end with the line, so
// nothing past it is touched.
template<char A, char B>
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
        scan.inA |= where(A) & before;
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
        scan.inA |= *q == A ? 1u : 0u;
        scan.inB |= *q == B ? 1u : 0u;
    }
    scan.length = std::size_t(q - p);
#endif
    return scan;
}

// Edge bytes after which a field needs no trimming (and, in front, is no "Bearer …").
constexpr std::array<bool, 256> PlainFront = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[std::size_t(c)] = !text::isLatin1Space(char(c)) && (c | 0x20) != 'b';
    }
    return table;
}();
constexpr std::array<bool, 256> PlainBack = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[std::size_t(c)] = !text::isLatin1Space(char(c));
    }
    return table;
}();

// offerExtra() for the fast walk, which knows whether the field holds '=' (inA) or '_' (inB).
// Most fields are dismissed here by their length and edges alone; a field whose value is itself
// (no '=' to split at, nothing to trim, not "Bearer …") goes straight to offerKeyRef(), which is
// where offerAuthorization() would send it.
void offerExtraField(std::string_view value, const Scan& marks, LogRecord& record)
{
    const std::size_t n = value.size();
    if (n < 8) {
        return; // no key is this short, and "bearer x" is the shortest credential
    }
    if (marks.inA != 0 || !PlainFront[static_cast<unsigned char>(value.front())] ||
        !PlainBack[static_cast<unsigned char>(value.back())]) {
        offerExtra(value, record);
        return;
    }
    // Ids, hints and full keys all hold a '_'; only a hash (64 hex digits) has none.
    if (!isKeyLength(n) || (marks.inB == 0 && n != 64)) {
        return;
    }
    // Nothing to trim, not empty nor "-": offerKeyRef() would only classify it, and most are ids.
    record.offerShaped(value, isKeyId(value) ? KeyRefKind::KeyId : keyRefKindOf(value), KeySource::Field,
                       true);
}

// The time after '[' through its ']': the length taken (']' included), or 0 when it is no CLF time.
std::size_t takeBracketedTime(text::ClfTimeCache& cache, std::string_view afterBracket, qint64& ms)
{
    if (const std::size_t length = cache.parseSameMinute(afterBracket, ms)) {
        return length + 1;
    }
    const std::size_t close = afterBracket.find(']');
    if (close == std::string_view::npos) {
        return 0;
    }
    const auto time = cache.parse(afterBracket.substr(0, close));
    if (!time) {
        return 0;
    }
    ms = *time;
    return close + 1;
}

// Exactly three digits, 100..599, then a blank or the end: toStatus() of the token; 0 otherwise.
unsigned takeStatus(const char* p, const char* end)
{
    if (end - p < 3 || (end - p > 3 && p[3] != ' ')) {
        return 0;
    }
    const unsigned d0 = static_cast<unsigned char>(p[0]) - unsigned('0');
    const unsigned d1 = static_cast<unsigned char>(p[1]) - unsigned('0');
    const unsigned d2 = static_cast<unsigned char>(p[2]) - unsigned('0');
    const unsigned status = d0 * 100 + d1 * 10 + d2;
    if (d0 > 9 || d1 > 9 || d2 > 9 || status < 100 || status > 599) {
        return 0;
    }
    return status;
}

// The offers of parseGeneral() before the extra fields, minus those that cannot change the record:
// a plainly opaque $remote_user, a target without '?'.
void offerUserAndTarget(std::string_view user, std::string_view request, bool query, LogRecord& record)
{
    if ((user.size() != 1 || user.front() != '-') && !isPlainlyOpaque(user)) {
        record.offerKeyRef(user, KeySource::RemoteUser, true);
    }
    if (query) {
        record.offerTargetKeys(targetOf(request));
    }
}

#ifdef KW_SIMD_DISPATCH

// One line's fields as bitmasks, bit i for byte i, 64 bytes a word: where each field starts, the
// byte after it (a blank outside quotes, or the line's end), and the bytes the offers look for.
struct LineIndex
{
    static constexpr std::size_t MaxLength = 256; // longer lines take the baseline walk
    static constexpr std::size_t Words = MaxLength / 64 + 1;
    using Bits = std::array<quint64, Words>;
    Bits start{};
    Bits stop{};
    Bits mark{}; // '?', '=', '_'; and the bit one past the line's end, where searches stop
};

// The words' carries from one to the next, and what makes the line one the walk does not take.
struct IndexState
{
    quint64 inQuotes = 0; // all ones when the last byte was an opening quote or inside quotes
    quint64 inField = 0;  // 1 when the last byte belonged to a field
    quint64 closed = 0;   // 1 when the last byte was a closing quote
    quint64 odd = 0;      // not 0: a backslash, or a quote not at a field's edge
};

// Bit i: parity of the quotes at 0..i. Carry-less multiplication by all ones.
KW_TARGET_SIMD KW_INLINE quint64 prefixXor(quint64 bits)
{
    return quint64(
        _mm_cvtsi128_si64(_mm_clmulepi64_si128(_mm_cvtsi64_si128(qint64(bits)), _mm_set1_epi8(-1), 0)));
}

// Adds word w from its blanks (with every bit past the line's end set), quotes and marks.
KW_TARGET_SIMD KW_INLINE void addWord(LineIndex& index, IndexState& state, std::size_t w, quint64 blank,
                                      quint64 quote, quint64 mark)
{
    const quint64 inQuotes = prefixXor(quote) ^ state.inQuotes;
    const quint64 separator = blank & ~inQuotes;
    const quint64 field = ~separator;
    const quint64 fieldBefore = (field << 1) | state.inField;
    index.start[w] = field & ~fieldBefore;
    index.stop[w] = separator & fieldBefore;
    index.mark[w] = mark;
    // A quote opens a field and closes one (the byte after it separates): anything else, such as
    // "a"b or a"b", is left to the general walk.
    const quint64 opening = quote & inQuotes;
    const quint64 closing = quote & ~inQuotes;
    state.odd |= (opening & ~index.start[w]) | (((closing << 1) | state.closed) & ~index.stop[w]);
    state.inQuotes = quint64(qint64(inQuotes) >> 63);
    state.inField = field >> 63;
    state.closed = closing >> 63;
}

// After the last word (`words` of them, n bytes): false when the walk must not take the line.
KW_INLINE bool finishIndex(LineIndex& index, IndexState& state, std::size_t words, std::size_t n)
{
    if (words < LineIndex::Words) {
        // n == 64 * words: the stop and the mark one past the end fall in the next word.
        index.stop[words] = state.inField;
        index.mark[words] = 0;
    }
    index.mark[n / 64] |= quint64(1) << (n % 64);
    return state.odd == 0 && state.inQuotes == 0;
}

// The first set bit at or after pos (pos <= the line's length).
KW_INLINE std::size_t nextBit(const LineIndex::Bits& words, std::size_t pos)
{
    std::size_t w = pos / 64;
    quint64 bits = words[w] & (~quint64(0) << (pos % 64));
    while (bits == 0) {
        bits = words[++w];
    }
    return w * 64 + std::size_t(std::countr_zero(bits));
}

// The fields of an indexed line, in order.
class FieldCursor
{
public:
    explicit FieldCursor(const LineIndex& index)
        : m_index(index)
        , m_starts(index.start[0])
        , m_stops(index.stop[0])
    {}

    // The next field's first byte and the byte after it; false after the last.
    KW_INLINE bool next(std::size_t& start, std::size_t& stop)
    {
        while (m_starts == 0) {
            if (m_startWord + 1 == LineIndex::Words) {
                return false;
            }
            m_starts = m_index.start[++m_startWord];
        }
        start = 64 * m_startWord + std::size_t(std::countr_zero(m_starts));
        m_starts &= m_starts - 1;
        while (m_stops == 0) {
            m_stops = m_index.stop[++m_stopWord]; // every field has its stop
        }
        stop = 64 * m_stopWord + std::size_t(std::countr_zero(m_stops));
        m_stops &= m_stops - 1;
        return true;
    }

private:
    const LineIndex& m_index;
    quint64 m_starts;
    quint64 m_stops;
    std::size_t m_startWord = 0;
    std::size_t m_stopWord = 0;
};

// parseFast() on an indexed line: the fields come from the masks, the walk only checks them.
// Inlined into each target's function, so it uses that target's bit instructions.
KW_INLINE bool walkIndexed(std::string_view line, const LineIndex& index, text::ClfTimeCache& times,
                           LogRecord& record)
{
    const char* const s = line.data();
    FieldCursor fields(index);
    std::size_t hostStart = 0;
    std::size_t hostStop = 0;
    std::size_t identStart = 0;
    std::size_t identStop = 0;
    std::size_t userStart = 0;
    std::size_t userStop = 0;
    std::size_t start = 0;
    std::size_t stop = 0;
    // Quoted fields are whole fields here, but in parseFast() only from the request on.
    if (!fields.next(hostStart, hostStop) || hostStart != 0 || s[0] == '"' ||
        !fields.next(identStart, identStop) || s[identStart] == '"' || !fields.next(userStart, userStop) ||
        s[userStart] == '"' || !fields.next(start, stop) || s[start] != '[') {
        return false;
    }
    qint64 timeMs = 0;
    const std::size_t timeLength = takeBracketedTime(times, line.substr(start + 1), timeMs);
    const std::size_t timeStop = start + 1 + timeLength;
    while (stop < timeStop) { // the time's blank
        if (!fields.next(start, stop)) {
            return false;
        }
    }
    if (timeLength == 0 || stop != timeStop || !fields.next(start, stop) || s[start] != '"') {
        return false;
    }
    const std::size_t requestStart = start + 1;
    const std::size_t requestStop = stop - 1;
    bool query = false;
    for (std::size_t i = nextBit(index.mark, requestStart); i < requestStop && !query;
         i = nextBit(index.mark, i + 1)) {
        query = s[i] == '?';
    }
    if (!fields.next(start, stop)) {
        return false;
    }
    const unsigned status = takeStatus(s + start, s + line.size());
    if (status == 0) {
        return false;
    }
    if (fields.next(start, stop) && s[start] == '"') {
        return false; // the bytes sent, a plain token in parseFast()
    }
    record.timeMs = timeMs;
    record.status = static_cast<int>(status);
    offerUserAndTarget(std::string_view(s + userStart, userStop - userStart),
                       std::string_view(s + requestStart, requestStop - requestStart), query, record);
    while (fields.next(start, stop)) {
        const std::size_t quoted = s[start] == '"' ? 1 : 0;
        start += quoted;
        stop -= quoted;
        if (stop - start < 8) {
            continue; // offerExtraField() would dismiss it by its length
        }
        Scan marks;
        for (std::size_t i = nextBit(index.mark, start); i < stop; i = nextBit(index.mark, i + 1)) {
            marks.inA |= s[i] == '=' ? 1u : 0u;
            marks.inB |= s[i] == '_' ? 1u : 0u;
        }
        offerExtraField(std::string_view(s + start, stop - start), marks, record);
    }
    return true;
}

// Two 32-byte halves a word; the last word is read as the 64 bytes that end the line and shifted,
// so nothing past it is touched: lines of 64..256 bytes.
KW_TARGET_AVX2 inline quint64 maskAvx2(__m256i lo, __m256i hi, char c)
{
    const __m256i x = _mm256_set1_epi8(c);
    return (quint64(quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, x)))) << 32) |
           quint32(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, x)));
}

KW_TARGET_AVX2 inline quint64 marksAvx2(__m256i c)
{
    return quint32(
        _mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('?')),
                                                             _mm256_cmpeq_epi8(c, _mm256_set1_epi8('='))),
                                             _mm256_cmpeq_epi8(c, _mm256_set1_epi8('_')))));
}

KW_TARGET_AVX2 bool parseIndexedAvx2(std::string_view line, text::ClfTimeCache& times, LogRecord& record)
{
    const std::size_t n = line.size();
    const std::size_t words = (n + 63) / 64;
    LineIndex index;
    IndexState state;
    for (std::size_t w = 0; w < words; ++w) {
        const unsigned shift = w + 1 == words ? unsigned(64 * words - n) : 0;
        const char* const at = line.data() + 64 * w - shift;
        const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at));
        const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at + 32));
        // Bytes past the end count as blanks: the last field stops there.
        const quint64 beyond = shift == 0 ? 0 : ~quint64(0) << (64 - shift);
        const quint64 backslash = maskAvx2(lo, hi, '\\');
        state.odd |= backslash;
        addWord(index, state, w, (maskAvx2(lo, hi, ' ') >> shift) | beyond, maskAvx2(lo, hi, '"') >> shift,
                ((marksAvx2(hi) << 32) | marksAvx2(lo)) >> shift);
    }
    return finishIndex(index, state, words, n) && walkIndexed(line, index, times, record);
}

KW_TARGET_AVX512 inline quint64 maskAvx512(__m512i bytes, char c)
{
    return _mm512_cmpeq_epi8_mask(bytes, _mm512_set1_epi8(c));
}

// Masked loads stop at the line's end without touching what follows: lines of 1..256 bytes.
KW_TARGET_AVX512 bool parseIndexedAvx512(std::string_view line, text::ClfTimeCache& times, LogRecord& record)
{
    const std::size_t n = line.size();
    const std::size_t words = (n + 63) / 64;
    LineIndex index;
    IndexState state;
    for (std::size_t w = 0; w < words; ++w) {
        const std::size_t left = n - 64 * w;
        const quint64 inLine = left >= 64 ? ~quint64(0) : _bzhi_u64(~quint64(0), unsigned(left));
        const __m512i c = _mm512_maskz_loadu_epi8(inLine, line.data() + 64 * w);
        state.odd |= maskAvx512(c, '\\');
        addWord(index, state, w, maskAvx512(c, ' ') | ~inLine, maskAvx512(c, '"'),
                maskAvx512(c, '?') | maskAvx512(c, '=') | maskAvx512(c, '_'));
    }
    return finishIndex(index, state, words, n) && walkIndexed(line, index, times, record);
}

#endif // KW_SIMD_DISPATCH

} // namespace

std::vector<ClfReader::Simd> ClfReader::supportedSimd()
{
    std::vector<Simd> levels;
#ifdef KW_SIMD_DISPATCH
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2") &&
        __builtin_cpu_supports("pclmul")) {
        if (__builtin_cpu_supports("avx512bw")) {
            levels.push_back(Simd::Avx512);
        }
        levels.push_back(Simd::Avx2);
    }
#endif
    levels.push_back(Simd::Baseline);
    return levels;
}

ClfReader::ClfReader(Walk walk, std::optional<Simd> simd)
    : m_walk(walk)
{
    static const std::vector<Simd> supported = supportedSimd();
    m_simd = simd && std::find(supported.begin(), supported.end(), *simd) != supported.end()
                 ? *simd
                 : supported.front();
}

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
    const std::string_view ident = token();
    const std::string_view user = token();
    if (host.empty() || ident.empty() || user.empty() || p == end || *p != '[') {
        return false;
    }
    qint64 timeMs = 0;
    const std::size_t timeLength =
        takeBracketedTime(m_time, std::string_view(p + 1, std::size_t(end - p - 1)), timeMs);
    if (timeLength == 0) {
        return false;
    }
    p += 1 + timeLength;
    skipBlanks();
    if (p == end || *p != '"') {
        return false;
    }
    ++p;
    const Scan requestScan = scanQuoted<'?', '?'>(p, end);
    const std::size_t requestLength = requestScan.length;
    if (requestLength == std::size_t(end - p) || p[requestLength] != '"') {
        return false;
    }
    const std::string_view request(p, requestLength);
    p += requestLength + 1;
    skipBlanks();
    const unsigned status = takeStatus(p, end);
    if (status == 0) {
        return false;
    }
    p += 3;
    skipBlanks();
    token(); // bytes sent
    record.timeMs = timeMs;
    record.status = static_cast<int>(status);

    offerUserAndTarget(user, request, requestScan.inA != 0, record);
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
            marks = scanQuoted<'=', '_'>(p, end);
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
                marks.inA |= *p == '=' ? 1u : 0u;
                marks.inB |= *p == '_' ? 1u : 0u;
            }
            value = std::string_view(start, std::size_t(p - start));
            skipBlanks();
        }
        offerExtraField(value, marks, record);
    }
    return true;
}

ParseStatus ClfReader::parse(std::string_view line, LogRecord& record)
{
    if (m_walk == Walk::Fast) {
        bool fast = false;
        switch (m_simd) {
#ifdef KW_SIMD_DISPATCH
        case Simd::Avx512:
            fast = line.size() <= LineIndex::MaxLength ? parseIndexedAvx512(line, m_time, record)
                                                       : parseFast(line, record);
            break;
        case Simd::Avx2:
            fast = line.size() >= 64 && line.size() <= LineIndex::MaxLength
                       ? parseIndexedAvx2(line, m_time, record)
                       : parseFast(line, record);
            break;
#endif
        default:
            fast = parseFast(line, record);
            break;
        }
        if (fast) {
            ++m_fastLines;
            return ParseStatus::record();
        }
        record.clear(); // the fast walk may have offered fields before it gave up
    }
    return parseGeneral(line, record);
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
        const auto value = quoted ? cursor.takeQuoted() : std::optional(cursor.takeToken());
        if (!value) {
            return ParseStatus::rejected(RejectReason::BadSyntax);
        }
        offerExtra(*value, record);
    }
    return ParseStatus::record();
}

} // namespace kw
