// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/CsvReader.h"

namespace kw {

class CsvReader::Row final : public FieldSource
{
public:
    Row(const QByteArrayList& header, const std::vector<std::string_view>& fields)
        : m_header(header)
        , m_fields(fields)
    {}

    std::optional<FieldValue> value(const FieldPath& path) override
    {
        const qsizetype column = m_header.indexOf(path.join('.').toLower());
        if (column < 0) {
            return std::nullopt;
        }
        return FieldValue{m_fields[static_cast<std::size_t>(column)], std::nullopt, false};
    }

private:
    const QByteArrayList& m_header;
    const std::vector<std::string_view>& m_fields;
};

CsvReader::CsvReader(FieldMapping mapping)
    : m_mapping(std::move(mapping))
{}

bool CsvReader::splitRow(std::string_view line, std::vector<std::string_view>& fields)
{
    fields.clear();
    std::size_t pos = 0;
    while (true) {
        if (pos < line.size() && line[pos] == '"') {
            std::size_t end = pos + 1;
            while (true) {
                end = line.find('"', end);
                if (end == std::string_view::npos) {
                    return false;
                }
                if (end + 1 < line.size() && line[end + 1] == '"') {
                    end += 2;
                    continue;
                }
                break;
            }
            fields.push_back(line.substr(pos + 1, end - pos - 1));
            pos = end + 1;
            if (pos < line.size() && line[pos] != ',') {
                return false;
            }
        } else {
            const std::size_t comma = std::min(line.find(',', pos), line.size());
            const std::string_view field = line.substr(pos, comma - pos);
            if (field.find('"') != std::string_view::npos) {
                return false;
            }
            fields.push_back(field);
            pos = comma;
        }
        if (pos >= line.size()) {
            return true;
        }
        ++pos; // the comma
    }
}

ParseStatus CsvReader::parse(std::string_view line, LogRecord& record)
{
    if (!splitRow(line, m_fields)) {
        return ParseStatus::rejected(RejectReason::BadSyntax);
    }
    if (m_header.isEmpty()) {
        for (std::string_view name : m_fields) {
            m_header.append(QByteArray(name.data(), static_cast<qsizetype>(name.size())).trimmed().toLower());
        }
        return ParseStatus::skip();
    }
    if (static_cast<qsizetype>(m_fields.size()) != m_header.size()) {
        return ParseStatus::rejected(RejectReason::ColumnCount);
    }
    Row row(m_header, m_fields);
    return fillRecord(m_mapping, row, record);
}

} // namespace kw
