// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace kw {

// The key_hint and readableDetails() text of an event, read straight from its stored details —
// Qt's compact JSON with sorted keys — without building a QJsonObject per row, which took a
// good part of a million-row export. Only the common shape is read here: flat ASCII strings
// without escapes, integers, booleans, null, arrays of those, and the {"changes": {field:
// {"from", "to"}}} of an edit, keys in order. Anything else returns false and the caller parses
// the JSON instead, so both give the same text.
class AuditDetailsReader final
{
public:
    bool read(QByteArrayView json);
    QByteArrayView hint() const { return m_hint; }
    const QByteArray& readable() const { return m_readable; }

private:
    bool value(QByteArray& out);
    bool string(QByteArrayView& out);
    bool change(QByteArrayView field);
    bool literal(const char* word, const char* shown, QByteArray& out);
    static void separate(QByteArray& parts);

    const char* m_p = nullptr;
    const char* m_end = nullptr;
    QByteArrayView m_hint;
    QByteArray m_readable;
    QByteArray m_rest;
};

} // namespace kw
