// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <future>
#include <memory>

namespace kw {

// RFC 4180 out (docs/reports.md): CRLF line ends, every field that holds a comma, a quote, CR or
// LF is quoted with quotes doubled; UTF-8, an optional BOM for Excel. Numbers are written by
// QByteArray::number, which never uses the locale, so decimals are dots under any LC_ALL.
// Text cells that a spreadsheet would run as a formula (first character = + - @ tab CR) get a
// leading apostrophe and are quoted: '=cmd|... shows as text and the apostrophe says so.
// Output goes to a QSaveFile (temporary file + rename on commit) or to stdout for "-".
class CsvWriter final
{
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    CsvWriter() = default;
    ~CsvWriter();

    // path "-" writes to stdout (no rename there: a pipe has no half file to hide).
    // hashOutput: keep a SHA-256 of the bytes for a digest file (costs a second pass over them).
    Result<void> open(const QString& path, bool bom, bool hashOutput = false);
    bool toStdout() const { return m_stdout != nullptr; }

    void text(QStringView value);
    void utf8(QByteArrayView value); // text already in UTF-8
    void number(qint64 value);
    void decimal(double value, int decimals);
    void empty();
    // UTC milliseconds as ISO 8601 with a Z (what core/Time's toIso writes), without QDateTime:
    // a million audit rows spend most of their time there otherwise.
    void isoTime(qint64 utcMs);
    void header(const QStringList& names);
    // Ends the row; flushes to the device every 1 MiB. False after a write error.
    bool endRow();

    // Flushes and renames the temporary file onto the target; without it nothing appears.
    Result<void> commit();
    // Drops the temporary file (also done by the destructor when commit was never reached).
    void cancel();

    qint64 rows() const { return m_rows; }
    // SHA-256 (hex) of every byte written, for FILE.sha256; valid after commit.
    QString sha256Hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

    // The cell as a spreadsheet-safe, RFC 4180 field (exposed for tests and the docs).
    static void appendField(QByteArray& out, QByteArrayView utf8);

private:
    // Room for n more bytes at the end of the buffer; write them, then advance m_used.
    char* space(qsizetype n);
    void separator();
    bool flush();
    // Waits for the block being written; false if that or an earlier write failed.
    bool waitForWrite();
    Result<void> writeError() const;

    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
    QIODevice* m_device = nullptr;
    // Filled by hand up to m_used: QByteArray::append per cell costs more than the cell.
    QByteArray m_buffer;
    qsizetype m_used = 0;
    QByteArray m_writing; // the block m_pending writes
    std::future<bool> m_pending;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QString m_path;
    bool m_rowStarted = false;
    bool m_failed = false;
    bool m_hashOutput = false;
    qint64 m_rows = 0;
};

} // namespace kw
