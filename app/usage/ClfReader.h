// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/LineReader.h"
#include "usage/TextScan.h"

namespace kw {

// nginx/Apache common and combined formats and their usual extensions (docs/usage.md):
//   host ident user [10/Oct/2000:13:55:36 -0700] "GET /p?api_key=… HTTP/1.1" 200 123 "ref" "ua" "x"…
// The time may be ISO 8601 ($time_iso8601), bracketed or not. Key references are taken from
// $remote_user, the api_key=/key= query parameters, and any quoted or name=value field after the
// user agent (a key id, a hint, a hash, or "Bearer …").
class ClfReader final : public LineReader
{
protected:
    ParseStatus parse(std::string_view line, LogRecord& record) override;

private:
    text::ClfTimeCache m_time;
};

} // namespace kw
