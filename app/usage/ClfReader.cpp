// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/ClfReader.h"

#include "usage/TextScan.h"

#include <algorithm>

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

} // namespace

ParseStatus ClfReader::parse(std::string_view line, LogRecord& record)
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
