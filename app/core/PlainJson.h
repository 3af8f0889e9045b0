// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace kw {

// The fast paths that read JSON straight from bytes (registry range answers, audit details) take
// only the plain shape and leave the rest to QJsonDocument. This reads a string at p (which must
// be its opening quote) when it is printable ASCII without escapes: out is its text without the
// quotes and p moves past it. Anything else returns false; the caller then falls back.
inline bool scanPlainJsonString(const char*& p, const char* end, QByteArrayView& out)
{
    if (p == end || *p != '"') {
        return false;
    }
    const char* start = p + 1;
    for (const char* c = start; c < end; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        if (u == '"') {
            out = QByteArrayView(start, c - start);
            p = c + 1;
            return true;
        }
        if (u < 0x20 || u >= 0x80 || u == '\\') {
            return false;
        }
    }
    return false;
}

} // namespace kw
