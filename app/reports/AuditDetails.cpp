// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AuditDetails.h"

#include "core/PlainJson.h"

#include <cstring>

namespace kw {

namespace {

// Keys are compared as bytes: within the ASCII this reader accepts, that is Qt's order.
bool before(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b) < 0;
}

} // namespace

bool AuditDetailsReader::read(QByteArrayView json)
{
    m_p = json.data();
    m_end = m_p + json.size();
    m_hint = {};
    m_readable.clear();
    m_rest.clear();
    if (m_p == m_end || *m_p++ != '{') {
        return false;
    }
    QByteArrayView previous;
    bool first = true;
    while (m_p < m_end && *m_p != '}') {
        if (!first && *m_p++ != ',') {
            return false;
        }
        QByteArrayView key;
        if (!string(key) || (!first && !before(previous, key)) || m_p == m_end || *m_p++ != ':') {
            return false;
        }
        first = false;
        previous = key;
        if (key == "changes") {
            // Spelled out first, before the other fields (readableDetails' order).
            if (m_p == m_end || *m_p++ != '{') {
                return false;
            }
            QByteArrayView previousField;
            bool firstField = true;
            while (m_p < m_end && *m_p != '}') {
                QByteArrayView field;
                if ((!firstField && *m_p++ != ',') || !string(field) ||
                    (!firstField && !before(previousField, field)) || m_p == m_end || *m_p++ != ':' ||
                    !change(field)) {
                    return false;
                }
                firstField = false;
                previousField = field;
            }
            if (m_p == m_end) {
                return false;
            }
            ++m_p;
        } else if (key == "key_hint") {
            if (!string(m_hint)) {
                return false;
            }
        } else {
            separate(m_rest);
            m_rest.append(key).append(": ");
            if (!value(m_rest)) {
                return false;
            }
        }
    }
    if (m_p == m_end || ++m_p != m_end) {
        return false;
    }
    if (!m_rest.isEmpty()) {
        separate(m_readable);
        m_readable.append(m_rest);
    }
    return true;
}

void AuditDetailsReader::separate(QByteArray& parts)
{
    if (!parts.isEmpty()) {
        parts.append("; ");
    }
}

bool AuditDetailsReader::change(QByteArrayView field)
{
    if (m_p == m_end || *m_p++ != '{') {
        return false;
    }
    QByteArray from("none");
    QByteArray to("none");
    bool sawFrom = false;
    bool sawTo = false;
    bool first = true;
    while (m_p < m_end && *m_p != '}') {
        QByteArrayView key;
        if ((!first && *m_p++ != ',') || !string(key) || m_p == m_end || *m_p++ != ':') {
            return false;
        }
        first = false;
        // Only "from" then "to", each once: anything else is left to the JSON parser.
        if (key == "from" && !sawFrom && !sawTo) {
            sawFrom = true;
            from.clear();
            if (!value(from)) {
                return false;
            }
        } else if (key == "to" && !sawTo) {
            sawTo = true;
            to.clear();
            if (!value(to)) {
                return false;
            }
        } else {
            return false;
        }
    }
    if (m_p == m_end) {
        return false;
    }
    ++m_p;
    separate(m_readable);
    m_readable.append(field).append(": ").append(from).append(" \xE2\x86\x92 ").append(to);
    return true;
}

bool AuditDetailsReader::string(QByteArrayView& out)
{
    // Escapes, control characters and non-ASCII go to the JSON parser.
    return scanPlainJsonString(m_p, m_end, out);
}

bool AuditDetailsReader::literal(const char* word, const char* shown, QByteArray& out)
{
    const std::size_t n = std::strlen(word);
    if (std::size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0) {
        return false;
    }
    m_p += n;
    out.append(shown);
    return true;
}

bool AuditDetailsReader::value(QByteArray& out)
{
    if (m_p == m_end) {
        return false;
    }
    switch (*m_p) {
    case '"': {
        QByteArrayView text;
        if (!string(text)) {
            return false;
        }
        out.append(text);
        return true;
    }
    case 't':
        return literal("true", "yes", out);
    case 'f':
        return literal("false", "no", out);
    case 'n':
        return literal("null", "none", out);
    case '[': {
        ++m_p;
        out.append('[');
        bool first = true;
        while (m_p < m_end && *m_p != ']') {
            if (!first) {
                if (*m_p++ != ',') {
                    return false;
                }
                out.append(", ");
            }
            first = false;
            if (!value(out)) {
                return false;
            }
        }
        if (m_p == m_end) {
            return false;
        }
        ++m_p;
        out.append(']');
        return true;
    }
    default: {
        // An integer as Qt writes it, small enough to be exact as a double: shown as written.
        // "-0", fractions and exponents are left to the JSON parser.
        const char* start = m_p;
        if (*m_p == '-') {
            ++m_p;
        }
        const char* digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            ++m_p;
        }
        const qsizetype n = m_p - digits;
        if (n == 0 || n > 15 || (n > 1 && *digits == '0') || (*start == '-' && *digits == '0')) {
            return false;
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E')) {
            return false;
        }
        out.append(QByteArrayView(start, m_p - start));
        return true;
    }
    }
}

} // namespace kw
