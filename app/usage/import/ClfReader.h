// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/LineReader.h"
#include "usage/import/TextScan.h"

namespace kw {

// nginx/Apache common and combined formats and their usual extensions (docs/usage.md):
//   host ident user [10/Oct/2000:13:55:36 -0700] "GET /p?api_key=… HTTP/1.1" 200 123 "ref" "ua" "x"…
// The time may be ISO 8601 ($time_iso8601), bracketed or not. Key references are taken from
// $remote_user, the api_key=/key= query parameters, and any quoted or name=value field after the
// user agent (a key id, a hint, a hash, or "Bearer …").
class ClfReader final : public LineReader
{
public:
    // Fast: lines of the usual combined shape go through one tight walk, which gives what the
    // general walk gives and hands every other line to it. GeneralOnly: the general walk alone,
    // for the test that compares both.
    enum class Walk : quint8
    {
        Fast,
        GeneralOnly,
    };
    explicit ClfReader(Walk walk = Walk::Fast)
        : m_walk(walk)
    {}

    // read() without its virtual call, for the import's line loop: it knows its reader's type.
    ParseStatus readCombined(std::string_view line, LogRecord& record, bool knownText)
    {
        const ParseStatus checked = check(line, record, knownText);
        return checked.kind == ParseStatus::Record ? ClfReader::parse(line, record) : checked;
    }

    // Lines the fast walk took whole (the rest went to the general walk): for tests.
    qint64 fastLines() const { return m_fastLines; }

protected:
    ParseStatus parse(std::string_view line, LogRecord& record) override
    {
        if (m_walk == Walk::Fast) {
            if (parseFast(line, record)) {
                ++m_fastLines;
                return ParseStatus::record();
            }
            record.clear(); // the fast walk may have offered fields before it gave up
        }
        return parseGeneral(line, record);
    }

private:
    bool parseFast(std::string_view line, LogRecord& record);
    ParseStatus parseGeneral(std::string_view line, LogRecord& record);

    text::ClfTimeCache m_time;
    qint64 m_fastLines = 0;
    Walk m_walk;
};

} // namespace kw
