// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/FieldSource.h"

#include <QStringList>
#include <memory>

namespace kw {

// Parses one JSON line; behind an interface so a faster parser can replace QJsonDocument without
// touching the readers.
class JsonLineParser : public FieldSource
{
public:
    // False when the line is not one JSON object.
    virtual bool load(std::string_view line) = 0;
    virtual QStringList topLevelKeys() const = 0;
};

// The fast scanner (JsonScanner); the QJsonDocument one is kept as the reference it is tested against.
std::unique_ptr<JsonLineParser> makeJsonLineParser();
std::unique_ptr<JsonLineParser> makeQtJsonLineParser();

// JSON lines ("NDJSON"): one object per line, fields found through a FieldMapping.
class JsonReader final : public LineReader
{
public:
    explicit JsonReader(FieldMapping mapping);

protected:
    ParseStatus parse(std::string_view line, LogRecord& record) override;

private:
    FieldMapping m_mapping;
    std::unique_ptr<JsonLineParser> m_parser;
};

} // namespace kw
