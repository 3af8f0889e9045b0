// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/ClfReader.h"

#include "usage/TextScan.h"

#include <algorithm>

namespace kw {

namespace {

// A left-to-right cursor over one line; each take* consumes a field and the blanks after it. The
// fields' ends come from the line's index (one pass over the line), not from a search per field.
class Cursor
{
public:
    // `index` covers `line`, which starts at its offset `base`.
    Cursor(std::string_view line, const text::LineIndex& index, std::size_t base)
        : m_line(line)
        , m_index(index)
        , m_base(base)
    {}

    bool atEnd() const { return m_pos >= m_line.size(); }
    char peek() const { return atEnd() ? '\0' : m_line[m_pos]; }

    std::string_view takeToken()
    {
        const std::size_t end = find(text::LineIndex::Space, m_pos);
        const std::string_view token = m_line.substr(m_pos, end - m_pos);
        advanceTo(end);
        return token;
    }

    // The inside of "…"; a backslash escapes the next byte (nginx writes \" and \x22).
    std::optional<std::string_view> takeQuoted()
    {
        if (peek() != '"') {
            return std::nullopt;
        }
        std::size_t i = m_pos + 1;
        for (;;) {
            i = find(text::LineIndex::QuoteOrEscape, i);
            if (i >= m_line.size()) {
                return std::nullopt;
            }
            if (m_line[i] == '"') {
                const std::string_view inside = m_line.substr(m_pos + 1, i - m_pos - 1);
                advanceTo(i + 1);
                return inside;
            }
            i += 2; // the backslash and the byte it escapes
            if (i >= m_line.size()) {
                return std::nullopt;
            }
        }
    }

    std::optional<std::string_view> takeBracketed()
    {
        if (peek() != '[') {
            return std::nullopt;
        }
        const std::size_t close = find(text::LineIndex::CloseBracket, m_pos + 1);
        if (close == m_line.size()) {
            return std::nullopt;
        }
        const std::string_view inside = m_line.substr(m_pos + 1, close - m_pos - 1);
        advanceTo(close + 1);
        return inside;
    }

private:
    std::size_t find(text::LineIndex::Class c, std::size_t from) const
    {
        return std::min(m_index.next(c, m_base + from) - m_base, m_line.size());
    }

    void advanceTo(std::size_t pos)
    {
        m_pos = pos;
        while (m_pos < m_line.size() && m_line[m_pos] == ' ') {
            ++m_pos;
        }
    }

    std::string_view m_line;
    const text::LineIndex& m_index;
    std::size_t m_base;
    std::size_t m_pos = 0;
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
    record.offerAuthorization(value);
}

} // namespace

ParseStatus ClfReader::parse(std::string_view line, LogRecord& record)
{
    const bool inBlock = m_block && m_block->covers(line);
    if (!inBlock) {
        m_index.build(line);
    }
    const text::LineIndex& index = inBlock ? *m_block : m_index;
    Cursor cursor(line, index, index.offsetOf(line));
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
