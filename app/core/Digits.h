// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace kw {

// The decimal digits of v at out (at most 20 characters, no terminator); returns the end.
// Locale-free and allocation-free, for the million-row paths (CSV export, audit chain).
inline char* writeDecimal(char* out, qint64 v)
{
    char digits[20];
    int n = 0;
    // Through unsigned, so the most negative value has a magnitude too.
    quint64 u = v < 0 ? 0 - quint64(v) : quint64(v);
    do {
        digits[n++] = char('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (v < 0) {
        *out++ = '-';
    }
    while (n > 0) {
        *out++ = digits[--n];
    }
    return out;
}

} // namespace kw
