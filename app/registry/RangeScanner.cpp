// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RangeScanner.h"

#include "core/PlainJson.h"

#include <QJsonArray>

namespace kw {

qint64 gatewayNumber(const QJsonValue& v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

EtcdKv kvFromJson(const QJsonObject& o)
{
    EtcdKv kv;
    kv.key = QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1());
    kv.value = QByteArray::fromBase64(o.value(QStringLiteral("value")).toString().toLatin1());
    kv.modRevision = gatewayNumber(o.value(QStringLiteral("mod_revision")));
    kv.createRevision = gatewayNumber(o.value(QStringLiteral("create_revision")));
    return kv;
}

EtcdRange rangeFromJson(const QJsonObject& answer)
{
    EtcdRange out;
    out.more = answer.value(QStringLiteral("more")).toBool();
    out.revision =
        gatewayNumber(answer.value(QStringLiteral("header")).toObject().value(QStringLiteral("revision")));
    const QJsonArray kvs = answer.value(QStringLiteral("kvs")).toArray();
    out.kvs.reserve(kvs.size());
    for (const QJsonValue& v : kvs) {
        out.kvs.append(kvFromJson(v.toObject()));
    }
    return out;
}

namespace {

// Deeper than any gateway answer; the fallback handles the rest.
constexpr int MaxDepth = 32;

class Scanner final
{
public:
    explicit Scanner(QByteArrayView in)
        : m_p(in.data())
        , m_end(in.data() + in.size())
    {}

    std::optional<EtcdRange> range()
    {
        EtcdRange out;
        bool seenMore = false, seenHeader = false, seenKvs = false;
        const bool ok = object([&](QByteArrayView field) {
            if (field == "more") {
                return once(seenMore) && boolean(out.more);
            }
            if (field == "header") {
                return once(seenHeader) && header(out.revision);
            }
            if (field == "kvs") {
                return once(seenKvs) && kvs(out.kvs);
            }
            return skipValue(1);
        });
        space();
        if (!ok || m_p != m_end) {
            return std::nullopt;
        }
        return out;
    }

private:
    static bool once(bool& seen) { return !std::exchange(seen, true); }

    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')) {
            ++m_p;
        }
    }
    bool take(char c)
    {
        space();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        space();
        return m_p < m_end && *m_p == c;
    }

    // A string of printable ASCII without escapes, its quotes excluded.
    bool string(QByteArrayView& out)
    {
        space();
        return scanPlainJsonString(m_p, m_end, out);
    }

    // Object members: each field name goes to member(), which reads the value.
    template<typename Member>
    bool object(Member&& member)
    {
        if (!take('{')) {
            return false;
        }
        if (take('}')) {
            return true;
        }
        do {
            QByteArrayView field;
            if (!string(field) || !take(':') || !member(field)) {
                return false;
            }
        } while (take(','));
        return take('}');
    }

    bool literal(QByteArrayView word)
    {
        space();
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word) {
            return false;
        }
        m_p += word.size();
        return true;
    }

    bool boolean(bool& out)
    {
        if (literal("true")) {
            out = true;
            return true;
        }
        if (literal("false")) {
            out = false;
            return true;
        }
        return false;
    }

    // RFC 8259 number grammar; only integers of up to 15 digits are read (exact as a double).
    bool number(std::optional<qint64>* value = nullptr)
    {
        space();
        const char* start = m_p;
        const auto digits = [&] {
            const char* from = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                ++m_p;
            }
            return m_p - from;
        };
        if (m_p < m_end && *m_p == '-') {
            ++m_p;
        }
        const char* intStart = m_p;
        const qsizetype intDigits = digits();
        if (intDigits == 0 || (intDigits > 1 && *intStart == '0')) {
            return false;
        }
        bool integer = true;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            integer = false;
            if (digits() == 0) {
                return false;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            integer = false;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (digits() == 0) {
                return false;
            }
        }
        const QByteArrayView text(start, m_p - start);
        if (value) {
            if (!integer || intDigits > 15) {
                return false;
            }
            *value = text.toLongLong();
            return true;
        }
        // QJsonDocument refuses a number a double cannot hold (1e400).
        bool ok = integer && intDigits <= 18;
        if (!ok) {
            (void)text.toDouble(&ok);
        }
        return ok;
    }

    // An int64 as the gateway writes it (a string) or as a JSON number.
    bool int64(qint64& out)
    {
        if (peek('"')) {
            QByteArrayView s;
            if (!string(s)) {
                return false;
            }
            out = s.toLongLong(); // 0 when not a number, like QString::toLongLong
            return true;
        }
        std::optional<qint64> n;
        if (!number(&n)) {
            return false;
        }
        out = *n;
        return true;
    }

    bool header(qint64& revision)
    {
        bool seen = false;
        return object([&](QByteArrayView field) {
            if (field == "revision") {
                return once(seen) && int64(revision);
            }
            return skipValue(2);
        });
    }

    bool kvs(QList<EtcdKv>& out)
    {
        if (!take('[')) {
            return false;
        }
        if (take(']')) {
            return true;
        }
        do {
            EtcdKv kv;
            bool seenKey = false, seenValue = false, seenMod = false, seenCreate = false;
            QByteArrayView s;
            const bool ok = object([&](QByteArrayView field) {
                if (field == "key") {
                    return once(seenKey) && string(s) && decode(s, kv.key);
                }
                if (field == "value") {
                    return once(seenValue) && string(s) && decode(s, kv.value);
                }
                if (field == "mod_revision") {
                    return once(seenMod) && int64(kv.modRevision);
                }
                if (field == "create_revision") {
                    return once(seenCreate) && int64(kv.createRevision);
                }
                return skipValue(3);
            });
            if (!ok) {
                return false;
            }
            out.append(std::move(kv));
        } while (take(','));
        return take(']');
    }

    static bool decode(QByteArrayView base64, QByteArray& out)
    {
        out = QByteArray::fromBase64(QByteArray::fromRawData(base64.data(), base64.size()));
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > MaxDepth) {
            return false;
        }
        space();
        if (m_p == m_end) {
            return false;
        }
        QByteArrayView s;
        switch (*m_p) {
        case '"':
            return string(s);
        case '{':
            return object([&](QByteArrayView) { return skipValue(depth + 1); });
        case '[':
            ++m_p;
            if (take(']')) {
                return true;
            }
            do {
                if (!skipValue(depth + 1)) {
                    return false;
                }
            } while (take(','));
            return take(']');
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

std::optional<EtcdRange> scanRange(QByteArrayView answer)
{
    return Scanner(answer).range();
}

} // namespace kw
