// SPDX-License-Identifier: GPL-3.0-or-later
// The key parser (core/KeyFormat): any text an administrator may paste.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kw;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const ParsedKey parsed = parseKey(text);
    (void)describeParseError(parsed);
    if (parsed.ok()) {
        // A key that parses has the shape generateKey() makes: its hint is made again alike.
        const QString key = text.trimmed();
        const qsizetype bodyStart = key.indexOf(u'_', parsed.prefix.size() + 1) + 1;
        if (bodyStart <= 0 ||
            hintOf(parsed.prefix, parsed.env, QStringView(key).mid(bodyStart)) != parsed.hint) {
            qFatal("the hint of a parsed key differs from hintOf()");
        }
        (void)keyHash(text);
    }
    (void)looksLikeHash(text);
    (void)isValidPrefix(text);
    (void)crc32Of(text);
    return 0;
}
