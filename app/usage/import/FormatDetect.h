// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/FieldMapping.h"
#include "usage/import/LineReader.h"

#include <QByteArrayList>
#include <memory>

namespace kw {

enum class LogFormat
{
    Unknown,
    Combined, // nginx/Apache common or combined, with extensions
    JsonLines,
    Csv,
};
QStringView logFormatName(LogFormat format);

struct Detection
{
    LogFormat format = LogFormat::Unknown;
    JsonDialect dialect = JsonDialect::Plain;
    QString explanation; // what --explain prints: which rule matched, on how many lines
};

// Looks at the first lines of a file (a few dozen are enough; blank ones are ignored).
Detection detectFormat(const QByteArrayList& firstLines);

// A reader for a detected format; `mapping` (from --map) replaces the dialect's defaults role by role.
std::unique_ptr<LineReader> makeReader(const Detection& detection, const FieldMapping& mapping);

} // namespace kw
