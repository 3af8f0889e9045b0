// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CsvWriter.h"

#include "core/Tr.h"

#include <cstdio>

namespace kw {

namespace {

constexpr qsizetype FlushAt = 256 * 1024;

bool needsNeutralising(char first)
{
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

bool needsQuotes(QByteArrayView v)
{
    for (const char c : v) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            return true;
        }
    }
    return false;
}

} // namespace

CsvWriter::~CsvWriter()
{
    cancel();
}

Result<void> CsvWriter::open(const QString& path, bool bom, bool hashOutput)
{
    m_path = path;
    m_hashOutput = hashOutput;
    if (path == QLatin1String("-")) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly)) {
            return makeError(ErrorCode::Storage, tr("Cannot write to standard output."));
        }
        m_device = m_stdout.get();
    } else {
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            const QString why = m_file->errorString();
            m_file.reset();
            return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, why));
        }
        m_device = m_file.get();
    }
    m_buffer.reserve(FlushAt + 64 * 1024);
    if (bom) {
        m_buffer.append("\xEF\xBB\xBF");
    }
    return {};
}

void CsvWriter::separator()
{
    if (m_rowStarted) {
        m_buffer.append(',');
    }
    m_rowStarted = true;
}

void CsvWriter::appendField(QByteArray& out, QByteArrayView v)
{
    const bool neutralise = !v.isEmpty() && needsNeutralising(v.front());
    if (!neutralise && !needsQuotes(v)) {
        out.append(v);
        return;
    }
    out.append('"');
    if (neutralise) {
        out.append('\'');
    }
    // Copy the runs between quotes whole; each quote is written twice.
    qsizetype start = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '"') {
            out.append(v.sliced(start, i - start + 1)).append('"');
            start = i + 1;
        }
    }
    out.append(v.sliced(start)).append('"');
}

void CsvWriter::text(QStringView value)
{
    separator();
    appendField(m_buffer, value.toUtf8());
}

void CsvWriter::utf8(QByteArrayView value)
{
    separator();
    appendField(m_buffer, value);
}

void CsvWriter::number(qint64 value)
{
    separator();
    m_buffer.append(QByteArray::number(value));
}

void CsvWriter::decimal(double value, int decimals)
{
    separator();
    m_buffer.append(QByteArray::number(value, 'f', decimals));
}

void CsvWriter::isoTime(qint64 utcMs)
{
    separator();
    // Howard Hinnant's civil_from_days: exact for the proleptic Gregorian calendar.
    qint64 secs = utcMs >= 0 ? utcMs / 1000 : (utcMs - 999) / 1000;
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 rem = secs - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                                static_cast<long long>(y), static_cast<long long>(m),
                                static_cast<long long>(d), static_cast<long long>(rem / 3600),
                                static_cast<long long>(rem / 60 % 60), static_cast<long long>(rem % 60));
    m_buffer.append(buf, n);
}

void CsvWriter::empty()
{
    separator();
}

void CsvWriter::header(const QStringList& names)
{
    for (const QString& n : names) {
        text(n);
    }
    endRow();
    m_rows = 0;
}

bool CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= FlushAt) {
        return flush();
    }
    return !m_failed;
}

bool CsvWriter::flush()
{
    if (m_failed || !m_device) {
        return false;
    }
    if (m_hashOutput) {
        m_hash.addData(m_buffer);
    }
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_failed = true;
    }
    m_buffer.clear();
    return !m_failed;
}

Result<void> CsvWriter::writeError() const
{
    const QString why = m_device ? m_device->errorString() : QString();
    return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(m_path, why));
}

Result<void> CsvWriter::commit()
{
    if (!flush()) {
        Result<void> e = writeError();
        cancel();
        return e;
    }
    if (m_stdout) {
        if (!m_stdout->flush()) {
            return writeError();
        }
        return {};
    }
    if (!m_file || !m_file->commit()) {
        Result<void> e = writeError();
        cancel();
        return e;
    }
    m_file.reset();
    m_device = nullptr;
    return {};
}

void CsvWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file when not committed
    }
    m_device = nullptr;
}

} // namespace kw
