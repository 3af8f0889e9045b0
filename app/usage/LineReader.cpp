// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/LineReader.h"

#include "usage/TextScan.h"

namespace kw {

ParseStatus LineReader::read(std::string_view line, LogRecord& record, bool knownText)
{
    record.clear();
    if (static_cast<qsizetype>(line.size()) > MaxLineBytes) {
        return ParseStatus::rejected(RejectReason::TooLong);
    }
    if (!knownText && !text::isCleanUtf8(line)) {
        return ParseStatus::rejected(RejectReason::NotText);
    }
    const std::string_view trimmed = text::trim(line);
    if (trimmed.empty()) {
        return ParseStatus::skip();
    }
    return parse(trimmed, record);
}

} // namespace kw
