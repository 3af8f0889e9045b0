// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV log reader as the import runs it: the first line is the header, fed again before the
// block's lines as it is for every block after the first.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kw;
    const Detection csv{LogFormat::Csv, JsonDialect::Plain, {}};
    kw::fuzz::parseAsBlock(data, size, csv);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::size_t nl = text.find('\n');
    if (nl != std::string_view::npos) {
        const QByteArray header(reinterpret_cast<const char*>(data), qsizetype(nl));
        kw::fuzz::parseAsBlock(data + nl + 1, size - nl - 1, csv, header);
    }
    return 0;
}
