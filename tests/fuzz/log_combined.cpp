// SPDX-License-Identifier: GPL-3.0-or-later
// The combined/common log reader, as the import runs it on a block, and both of its walks alone.
#include "FuzzSupport.h"
#include "usage/import/ClfReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kw;
    kw::fuzz::parseAsBlock(data, size, Detection{LogFormat::Combined, JsonDialect::Plain, {}});
    // Line by line through the general walk alone: the fast walk must give what it gives.
    ClfReader fast;
    ClfReader general(ClfReader::Walk::GeneralOnly);
    LogRecord a;
    LogRecord b;
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    while (!rest.empty()) {
        const std::size_t nl = rest.find('\n');
        const std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        const ParseStatus sa = fast.read(line, a);
        const ParseStatus sb = general.read(line, b);
        if (sa.kind != sb.kind || (sa.kind == ParseStatus::Rejected && sa.reason != sb.reason) ||
            (sa.kind == ParseStatus::Record && (a.timeMs != b.timeMs || a.status != b.status))) {
            qFatal("the fast and the general walk disagree");
        }
    }
    return 0;
}
