// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CsvParser.h"

#include "core/Tr.h"

namespace kw {

Result<QList<CsvRow>> parseCsv(const QByteArray& input, const QString& fileName)
{
    QByteArrayView data(input);
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    const auto fail = [&](int line, const QString& why) {
        return makeError(ErrorCode::Invalid, tr("%1:%2: %3").arg(fileName).arg(line).arg(why));
    };
    QList<CsvRow> rows;
    CsvRow row;
    QByteArray field;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = data.size();
    bool fieldStarted = false; // something (even "") was read for the current field
    const auto endField = [&] {
        row.fields.append(QString::fromUtf8(field));
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&]() -> Result<void> {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.front().isEmpty();
        if (!blank) {
            if (!rows.isEmpty() && row.fields.size() != rows.front().fields.size()) {
                return fail(row.line, tr("%1 fields where the header has %2.")
                                          .arg(row.fields.size())
                                          .arg(rows.front().fields.size()));
            }
            rows.append(row);
        }
        row = CsvRow();
        return {};
    };
    row.line = 1;
    while (i < n) {
        const char c = data[i];
        if (c == '"') {
            if (fieldStarted || !field.isEmpty()) {
                return fail(line, tr("a quote inside an unquoted field."));
            }
            const int openedAt = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const char q = data[i];
                if (q == '"') {
                    if (i + 1 < n && data[i + 1] == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (q == '\n') {
                    ++line;
                }
                field.append(q);
                ++i;
            }
            if (!closed) {
                return fail(openedAt, tr("a quoted field is never closed."));
            }
            fieldStarted = true;
            if (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r') {
                return fail(line, tr("text after the closing quote of a field."));
            }
            continue;
        }
        if (c == ',') {
            endField();
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            i += (c == '\r' && i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
            if (Result<void> r = endRecord(); !r) {
                return r.error();
            }
            ++line;
            row.line = line;
            continue;
        }
        if (fieldStarted) {
            return fail(line, tr("text after the closing quote of a field."));
        }
        field.append(c);
        ++i;
    }
    if (!field.isEmpty() || fieldStarted || !row.fields.isEmpty()) {
        if (Result<void> r = endRecord(); !r) {
            return r.error();
        }
    }
    return rows;
}

} // namespace kw
