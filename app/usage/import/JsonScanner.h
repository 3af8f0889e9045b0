// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/JsonReader.h"

#include <string>
#include <vector>

namespace kw {

// A JSON line parser for the import's hot path: one validating pass over the bytes records where
// each member of each object is (no tree, no QString, no allocation once its tables have grown);
// value() then looks a dotted path up among those members and decodes only the value asked for.
// Accepts what QJsonDocument accepts (RFC 8259 plus its leniencies: raw control characters in
// strings, unknown escapes as the character itself, "1."), tested against it line by line; the
// line's UTF-8 is checked by LineReader.
class JsonScanner final : public JsonLineParser
{
public:
    bool load(std::string_view line) override;
    QStringList topLevelKeys() const override;
    std::optional<FieldValue> value(const FieldPath& path) override;

private:
    enum class Type : quint8
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    };
    struct Member
    {
        qint32 parent;        // index of the object member holding it; -1 = top level
        std::string_view key; // raw, escapes not decoded
        std::string_view value;
        Type type;
        bool keyEscaped;   // decoded only when it holds a backslash
        bool valueEscaped; // for strings
    };

    bool parseValue(std::string_view& in, qint32 self, int depth, Type& type, bool& escaped);
    bool parseObject(std::string_view& in, qint32 self, int depth);
    bool parseArray(std::string_view& in, int depth);
    bool keyEquals(const Member& member, QByteArrayView wanted);
    bool decodeString(std::string_view raw, std::string& into) const;
    std::optional<FieldValue> scalar(std::string_view value, Type type, bool escaped);

    std::vector<Member> m_members;
    std::string m_scratch;
    std::string m_keyScratch;
};

} // namespace kw
