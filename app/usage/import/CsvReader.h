// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/FieldSource.h"

#include <QByteArrayList>
#include <vector>

namespace kw {

// RFC 4180 CSV whose first non-blank line is a header; mapping paths name columns (a dotted path is
// one column name, matched case-insensitively). A quoted field may not span lines: such a row is
// rejected, since a log row never needs one.
class CsvReader final : public LineReader
{
public:
    explicit CsvReader(FieldMapping mapping);

    bool hasHeader() const { return !m_header.isEmpty(); }

    // Splits one row into its fields, in place: quotes are removed, a doubled "" stays doubled
    // (no value Keyward reads can contain one). False when a quote is not closed or text follows one.
    static bool splitRow(std::string_view line, std::vector<std::string_view>& fields);

protected:
    ParseStatus parse(std::string_view line, LogRecord& record) override;

private:
    class Row;

    FieldMapping m_mapping;
    QByteArrayList m_header; // lower-cased column names
    std::vector<std::string_view> m_fields;
};

} // namespace kw
