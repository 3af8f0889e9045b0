// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/FieldMapping.h"
#include "usage/import/LineReader.h"

#include <optional>
#include <string_view>

namespace kw {

// A field's value in a structured line. `text` stays valid until the next value() call.
struct FieldValue
{
    std::string_view text;
    std::optional<double> number; // set for JSON numbers
    bool isNull = false;
};

// One parsed structured line (a JSON object, a CSV row), asked for fields by path.
class FieldSource
{
public:
    virtual ~FieldSource() = default;
    virtual std::optional<FieldValue> value(const FieldPath& path) = 0;
};

// Design §4 field semantics shared by the JSON and CSV readers: time, status and outcome take the
// first candidate present; every key, user, auth and uri candidate is offered as a reference.
ParseStatus fillRecord(const FieldMapping& mapping, FieldSource& fields, LogRecord& record);

} // namespace kw
