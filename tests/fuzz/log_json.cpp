// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON-lines reader (JsonScanner) as the import runs it on a block; the first byte picks the
// gateway dialect, whose default field paths differ.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kw;
    if (size == 0) {
        return 0;
    }
    const auto dialect = static_cast<JsonDialect>(data[0] % 5);
    kw::fuzz::parseAsBlock(data + 1, size - 1, Detection{LogFormat::JsonLines, dialect, {}});
    return 0;
}
