// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kw {

struct CsvRow
{
    int line = 0; // the line the record starts on, 1-based
    QStringList fields;
};

// A strict RFC 4180 reader for key imports, which are small enough to hold: a quote inside an
// unquoted field, text after a closing quote, or a quote left open is an error naming its line.
// Accepts CRLF or LF, a UTF-8 BOM, and skips blank lines. Every record must have as many fields
// as the first one. Error messages name the line, never the field's text (it may be a key).
Result<QList<CsvRow>> parseCsv(const QByteArray& data, const QString& fileName);

} // namespace kw
