// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CsvWriter.h"

#include "core/Digits.h"
#include "core/Time.h"
#include "core/Tr.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

namespace kw {

namespace {

// Big blocks: fewer write calls, and the kernel copies whole pages.
constexpr qsizetype FlushAt = 1024 * 1024;

bool needsNeutralising(char first)
{
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

constexpr std::array<bool, 256> QuoteTable = [] {
    std::array<bool, 256> t{};
    t[','] = t['"'] = t['\r'] = t['\n'] = true;
    return t;
}();

bool needsQuotes(QByteArrayView v)
{
    for (const char c : v) {
        if (QuoteTable[static_cast<unsigned char>(c)]) {
            return true;
        }
    }
    return false;
}

// At most 2 * size + 3 bytes: every byte a quote, an apostrophe and the two enclosing quotes.
char* writeField(char* out, QByteArrayView v)
{
    const bool neutralise = !v.isEmpty() && needsNeutralising(v.front());
    if (!neutralise && !needsQuotes(v)) {
        if (!v.isEmpty()) { // an empty view may have no data at all: memcpy must not see null
            std::memcpy(out, v.data(), std::size_t(v.size()));
        }
        return out + v.size();
    }
    *out++ = '"';
    if (neutralise) {
        *out++ = '\'';
    }
    for (const char c : v) {
        *out++ = c;
        if (c == '"') {
            *out++ = '"';
        }
    }
    *out++ = '"';
    return out;
}

char* twoDigits(char* out, qint64 v)
{
    out[0] = char('0' + v / 10);
    out[1] = char('0' + v % 10);
    return out + 2;
}

constexpr qsizetype MaxFieldOverhead = 3;

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
    m_buffer.resize(FlushAt + 64 * 1024);
    m_used = 0;
    if (bom) {
        char* out = space(3);
        std::memcpy(out, "\xEF\xBB\xBF", 3);
        m_used += 3;
    }
    return {};
}

char* CsvWriter::space(qsizetype n)
{
    if (m_used + n > m_buffer.size()) {
        m_buffer.resize(std::max(m_buffer.size() * 2, m_used + n));
    }
    return m_buffer.data() + m_used;
}

void CsvWriter::separator()
{
    if (m_rowStarted) {
        *space(1) = ',';
        ++m_used;
    }
    m_rowStarted = true;
}

void CsvWriter::appendField(QByteArray& out, QByteArrayView v)
{
    const qsizetype at = out.size();
    out.resize(at + 2 * v.size() + MaxFieldOverhead);
    out.resize(writeField(out.data() + at, v) - out.constData());
}

void CsvWriter::text(QStringView value)
{
    utf8(value.toUtf8());
}

void CsvWriter::utf8(QByteArrayView value)
{
    separator();
    char* out = space(2 * value.size() + MaxFieldOverhead);
    m_used = writeField(out, value) - m_buffer.constData();
}

void CsvWriter::number(qint64 value)
{
    separator();
    m_used = writeDecimal(space(20), value) - m_buffer.constData();
}

void CsvWriter::decimal(double value, int decimals)
{
    separator();
    const QByteArray text = QByteArray::number(value, 'f', decimals);
    std::memcpy(space(text.size()), text.constData(), std::size_t(text.size()));
    m_used += text.size();
}

void CsvWriter::isoTime(qint64 utcMs)
{
    separator();
    // Howard Hinnant's civil_from_days: exact for the proleptic Gregorian calendar.
    const qint64 secs = floorDiv(utcMs, 1000);
    qint64 days = floorDiv(secs, 86400);
    const qint64 rem = secs - days * 86400;
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char* const start = space(40);
    char* out = start;
    if (y >= 0 && y <= 9999) {
        out = twoDigits(twoDigits(out, y / 100), y % 100);
    } else {
        out += std::snprintf(out, 24, "%04lld", static_cast<long long>(y)); // beyond ISO's four digits
    }
    *out++ = '-';
    out = twoDigits(out, m);
    *out++ = '-';
    out = twoDigits(out, d);
    *out++ = 'T';
    out = twoDigits(out, rem / 3600);
    *out++ = ':';
    out = twoDigits(out, rem / 60 % 60);
    *out++ = ':';
    out = twoDigits(out, rem % 60);
    *out++ = 'Z';
    m_used += out - start;
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
    std::memcpy(space(2), "\r\n", 2);
    m_used += 2;
    m_rowStarted = false;
    ++m_rows;
    if (m_used >= FlushAt) {
        return flush();
    }
    return !m_failed;
}

bool CsvWriter::flush()
{
    if (!waitForWrite() || !m_device) {
        return false;
    }
    if (m_used == 0) {
        return true;
    }
    // The full buffer is written (and hashed for the digest) on another thread while this one
    // fills the other: the kernel's copy into the page cache is a quarter of a big export.
    std::swap(m_buffer, m_writing);
    const qsizetype n = m_used;
    m_used = 0;
    if (m_buffer.size() < m_writing.size()) {
        m_buffer.resize(m_writing.size());
    }
    m_pending = std::async(std::launch::async, [this, n] {
        if (m_hashOutput) {
            m_hash.addData(QByteArrayView(m_writing.constData(), n));
        }
        return m_device->write(m_writing.constData(), n) == n;
    });
    return true;
}

bool CsvWriter::waitForWrite()
{
    if (m_pending.valid() && !m_pending.get()) {
        m_failed = true;
    }
    return !m_failed;
}

Result<void> CsvWriter::writeError() const
{
    const QString why = m_device ? m_device->errorString() : QString();
    return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(m_path, why));
}

Result<void> CsvWriter::commit()
{
    if (!flush() || !waitForWrite()) {
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
    waitForWrite();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file when not committed
    }
    m_device = nullptr;
}

} // namespace kw
