// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/LogRecord.h"
#include "usage/import/Rejection.h"
#include "usage/import/TextScan.h"

#include <string_view>

namespace kw {

struct ParseStatus
{
    enum Kind : quint8
    {
        Record,   // `record` holds the line
        Skip,     // a blank line or a header: neither counted nor rejected
        Rejected, // `reason` says why
    };
    Kind kind = Record;
    RejectReason reason = RejectReason::BadSyntax;

    static ParseStatus record() { return {}; }
    static ParseStatus skip() { return {Skip, RejectReason::BadSyntax}; }
    static ParseStatus rejected(RejectReason why) { return {Rejected, why}; }
};

// One log format. Readers are fed lines in file order (a CSV reader keeps its header) and look at
// the bytes in place; what a record keeps is copied into its fixed buffer.
class LineReader
{
public:
    virtual ~LineReader() = default;

    // Checks what every format needs (length, UTF-8, not blank), then parses. `line` has no '\n'.
    // `knownText`: the caller has checked that the bytes are ASCII without NUL (a whole block at
    // once is cheaper than line by line), so the UTF-8 check is skipped.
    ParseStatus read(std::string_view line, LogRecord& record, bool knownText = false)
    {
        const ParseStatus checked = check(line, record, knownText);
        return checked.kind == ParseStatus::Record ? parse(line, record) : checked;
    }

protected:
    // read()'s checks: Record when `line` (now trimmed) is to be parsed, else what read() returns.
    static ParseStatus check(std::string_view& line, LogRecord& record, bool knownText)
    {
        record.clear();
        if (static_cast<qsizetype>(line.size()) > MaxLineBytes) {
            return ParseStatus::rejected(RejectReason::TooLong);
        }
        if (!knownText && !text::isCleanUtf8(line)) {
            return ParseStatus::rejected(RejectReason::NotText);
        }
        line = text::trim(line);
        return line.empty() ? ParseStatus::skip() : ParseStatus::record();
    }
    virtual ParseStatus parse(std::string_view line, LogRecord& record) = 0;
};

} // namespace kw
