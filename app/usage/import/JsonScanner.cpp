// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/JsonScanner.h"

#include "usage/import/TextScan.h"

#include <cctype>
#include <charconv>
#include <cstring>

namespace kw {

namespace {

constexpr int MaxDepth = 64;

void skipSpace(std::string_view& in)
{
    std::size_t i = 0;
    while (i < in.size() && (in[i] == ' ' || in[i] == '\t' || in[i] == '\r' || in[i] == '\n')) {
        ++i;
    }
    in.remove_prefix(i);
}

// A string body after its opening quote: advances past the closing quote; false if malformed.
bool scanString(std::string_view& in, std::string_view& body, bool& escaped)
{
    escaped = false;
    const char* const start = in.data();
    std::size_t i = 0;
    while (i < in.size()) {
        // Everything but a quote or a backslash is taken as it is (raw control characters too).
        i += text::findEither(in.substr(i), '"', '\\');
        if (i == in.size()) {
            break;
        }
        const auto c = static_cast<unsigned char>(in[i]);
        if (c == '"') {
            body = std::string_view(start, i);
            in.remove_prefix(i + 1);
            return true;
        }
        if (c == '\\') {
            escaped = true;
            if (i + 1 >= in.size()) {
                return false;
            }
            const char e = in[i + 1];
            if (e == 'u') {
                if (i + 6 > in.size()) {
                    return false;
                }
                for (std::size_t k = i + 2; k < i + 6; ++k) {
                    if (!std::isxdigit(static_cast<unsigned char>(in[k]))) {
                        return false;
                    }
                }
                i += 6;
                continue;
            }
            i += 2;
            continue;
        }
    }
    return false;
}

bool scanNumber(std::string_view& in)
{
    std::size_t i = 0;
    const auto digit = [&](std::size_t k) {
        return k < in.size() && in[k] >= '0' && in[k] <= '9';
    };
    if (i < in.size() && in[i] == '-') {
        ++i;
    }
    if (!digit(i)) {
        return false;
    }
    if (in[i] == '0') {
        ++i;
    } else {
        while (digit(i)) {
            ++i;
        }
    }
    if (i < in.size() && in[i] == '.') {
        ++i;
        while (digit(i)) {
            ++i;
        }
    }
    if (i < in.size() && (in[i] == 'e' || in[i] == 'E')) {
        ++i;
        if (i < in.size() && (in[i] == '+' || in[i] == '-')) {
            ++i;
        }
        if (!digit(i)) {
            return false;
        }
        while (digit(i)) {
            ++i;
        }
    }
    in.remove_prefix(i);
    return true;
}

bool scanLiteral(std::string_view& in, std::string_view literal)
{
    if (in.substr(0, literal.size()) != literal) {
        return false;
    }
    in.remove_prefix(literal.size());
    return true;
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

// What follows an object member or array item: a comma and more, the closing character, or
// anything else (malformed). Consumes the comma or the closing character and the space after.
enum class Next
{
    More,
    End,
    Bad
};

Next afterItem(std::string_view& in, char close)
{
    skipSpace(in);
    if (in.empty()) {
        return Next::Bad;
    }
    if (in.front() == ',') {
        in.remove_prefix(1);
        skipSpace(in);
        return Next::More;
    }
    if (in.front() == close) {
        in.remove_prefix(1);
        return Next::End;
    }
    return Next::Bad;
}

} // namespace

bool JsonScanner::load(std::string_view line)
{
    m_members.clear();
    std::string_view in = line;
    skipSpace(in);
    if (in.empty() || in.front() != '{') {
        return false;
    }
    if (!parseObject(in, -1, 0)) {
        return false;
    }
    skipSpace(in);
    return in.empty();
}

// `in` starts at '{'; members are recorded with `self` as their parent.
bool JsonScanner::parseObject(std::string_view& in, qint32 self, int depth)
{
    if (depth > MaxDepth) {
        return false;
    }
    in.remove_prefix(1);
    skipSpace(in);
    if (!in.empty() && in.front() == '}') {
        in.remove_prefix(1);
        return true;
    }
    for (;;) {
        if (in.empty() || in.front() != '"') {
            return false;
        }
        in.remove_prefix(1);
        std::string_view key;
        bool escaped = false;
        if (!scanString(in, key, escaped)) {
            return false;
        }
        skipSpace(in);
        if (in.empty() || in.front() != ':') {
            return false;
        }
        in.remove_prefix(1);
        skipSpace(in);
        const auto index = static_cast<qint32>(m_members.size());
        m_members.push_back({self, key, {}, Type::Null, escaped, false});
        const char* valueStart = in.data();
        Type type = Type::Null;
        bool valueEscaped = false;
        if (!parseValue(in, index, depth + 1, type, valueEscaped)) {
            return false;
        }
        Member& member = m_members[std::size_t(index)];
        member.value = std::string_view(valueStart, std::size_t(in.data() - valueStart));
        member.type = type;
        member.valueEscaped = valueEscaped;
        switch (afterItem(in, '}')) {
        case Next::More:
            continue;
        case Next::End:
            return true;
        case Next::Bad:
            return false;
        }
    }
}

bool JsonScanner::parseArray(std::string_view& in, int depth)
{
    if (depth > MaxDepth) {
        return false;
    }
    in.remove_prefix(1);
    skipSpace(in);
    if (!in.empty() && in.front() == ']') {
        in.remove_prefix(1);
        return true;
    }
    for (;;) {
        Type type = Type::Null;
        bool escaped = false;
        // Members of objects inside arrays are not addressable by a path: parent -2.
        if (!parseValue(in, -2, depth + 1, type, escaped)) {
            return false;
        }
        switch (afterItem(in, ']')) {
        case Next::More:
            continue;
        case Next::End:
            return true;
        case Next::Bad:
            return false;
        }
    }
}

bool JsonScanner::parseValue(std::string_view& in, qint32 self, int depth, Type& type, bool& escaped)
{
    if (in.empty()) {
        return false;
    }
    switch (in.front()) {
    case '{':
        type = Type::Object;
        return parseObject(in, self, depth);
    case '[':
        type = Type::Array;
        return parseArray(in, depth);
    case '"': {
        type = Type::String;
        in.remove_prefix(1);
        std::string_view body;
        return scanString(in, body, escaped);
    }
    case 't':
        type = Type::True;
        return scanLiteral(in, "true");
    case 'f':
        type = Type::False;
        return scanLiteral(in, "false");
    case 'n':
        type = Type::Null;
        return scanLiteral(in, "null");
    default:
        type = Type::Number;
        return scanNumber(in);
    }
}

bool JsonScanner::decodeString(std::string_view raw, std::string& into) const
{
    into.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            into += raw[i];
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            into += '\b';
            break;
        case 'f':
            into += '\f';
            break;
        case 'n':
            into += '\n';
            break;
        case 'r':
            into += '\r';
            break;
        case 't':
            into += '\t';
            break;
        case 'u': {
            char32_t cp = 0;
            for (std::size_t k = i + 1; k < i + 5; ++k) {
                cp = cp * 16 + char32_t(hexValue(raw[k]));
            }
            i += 4;
            if (cp >= 0xd800 && cp < 0xdc00 && i + 6 < raw.size() + 1 && raw.substr(i + 1, 2) == "\\u") {
                char32_t low = 0;
                for (std::size_t k = i + 3; k < i + 7 && k < raw.size(); ++k) {
                    low = low * 16 + char32_t(hexValue(raw[k]));
                }
                if (low >= 0xdc00 && low < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    i += 6;
                }
            }
            appendUtf8(into, cp >= 0xd800 && cp < 0xe000 ? char32_t(0xfffd) : cp);
            break;
        }
        default: // " \ / and, leniently, any other escaped character as itself
            into += e;
        }
    }
    return true;
}

bool JsonScanner::keyEquals(const Member& member, QByteArrayView wanted)
{
    if (!member.keyEscaped) { // the common case, once per member and candidate path: keep it cheap
        return qsizetype(member.key.size()) == wanted.size() &&
               (wanted.isEmpty() || (member.key.front() == wanted.front() &&
                                     std::memcmp(member.key.data(), wanted.data(), member.key.size()) == 0));
    }
    decodeString(member.key, m_keyScratch);
    return QByteArrayView(m_keyScratch.data(), qsizetype(m_keyScratch.size())) == wanted;
}

QStringList JsonScanner::topLevelKeys() const
{
    QStringList keys;
    std::string decoded;
    for (const Member& m : m_members) {
        if (m.parent == -1) {
            decodeString(m.key, decoded);
            keys.append(QString::fromUtf8(decoded.data(), qsizetype(decoded.size())));
        }
    }
    keys.sort(); // as QJsonObject::keys() gives them
    keys.removeDuplicates();
    return keys;
}

std::optional<FieldValue> JsonScanner::value(const FieldPath& path)
{
    qint32 parent = -1;
    const Member* found = nullptr;
    for (const QByteArray& part : path) {
        if (found && found->type != Type::Object) {
            return std::nullopt;
        }
        found = nullptr;
        qint32 index = -1;
        // The last of duplicate keys wins, as with QJsonDocument.
        for (std::size_t i = std::size_t(parent + 1); i < m_members.size(); ++i) {
            const Member& m = m_members[i];
            // Length first, inline: most members are not the one asked for.
            if (m.parent == parent && (m.keyEscaped || qsizetype(m.key.size()) == part.size()) &&
                keyEquals(m, part)) {
                found = &m;
                index = qint32(i);
            }
        }
        if (!found) {
            return std::nullopt;
        }
        parent = index;
    }
    if (!found) {
        return std::nullopt;
    }
    std::string_view value = found->value;
    Type type = found->type;
    bool escaped = found->valueEscaped;
    if (type == Type::Array) { // Caddy logs header values as arrays; the first one is the value sent
        std::string_view in = value.substr(1);
        skipSpace(in);
        if (in.empty() || in.front() == ']') {
            FieldValue none;
            none.isNull = true;
            return none;
        }
        const char* start = in.data();
        const std::size_t before = m_members.size();
        if (!parseValue(in, -2, 1, type, escaped)) {
            return std::nullopt;
        }
        m_members.resize(before);
        value = std::string_view(start, std::size_t(in.data() - start));
    }
    return scalar(value, type, escaped);
}

std::optional<FieldValue> JsonScanner::scalar(std::string_view value, Type type, bool escaped)
{
    FieldValue out;
    switch (type) {
    case Type::Null:
        out.isNull = true;
        return out;
    case Type::True:
        out.text = "true";
        return out;
    case Type::False:
        out.text = "false";
        return out;
    case Type::Number: {
        double d = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), d);
        if (ec != std::errc()) {
            return std::nullopt;
        }
        out.number = d;
        return out;
    }
    case Type::String: {
        const std::string_view body = value.substr(1, value.size() - 2);
        if (!escaped) {
            out.text = body;
        } else {
            decodeString(body, m_scratch);
            out.text = m_scratch;
        }
        return out;
    }
    case Type::Object:
    case Type::Array:
        break;
    }
    return std::nullopt; // an object where a value was expected
}

} // namespace kw
