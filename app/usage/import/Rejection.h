// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <array>

namespace kw {

// Why a line was not counted. A message names the reason only, never the line's text: a rejected
// line may well hold a key.
enum class RejectReason
{
    TooLong,        // longer than MaxLineBytes
    NotText,        // NUL bytes or invalid UTF-8: a binary file, or the wrong encoding
    BadSyntax,      // not the shape of the format (fields, quotes, brackets)
    BadJson,        // not a JSON object
    BadTime,        // no time, or a time that cannot be read
    BadStatus,      // no HTTP status, or not 100..599
    UnknownOutcome, // an explicit outcome field that names no known outcome
    ColumnCount,    // a CSV row with another number of columns than the header
};
inline constexpr int RejectReasonCount = 8;

// A line longer than this is not a log line of a gateway (they cap headers far lower).
inline constexpr qsizetype MaxLineBytes = 1 << 20;

QStringView rejectReasonName(RejectReason reason); // too_long, not_text, …: --json, database
QString rejectReasonMessage(RejectReason reason);  // translated, for people

// Rejections of one file: a count per reason and the first few as "file:line: reason".
class RejectTally
{
public:
    static constexpr int MaxSamples = 5;

    explicit RejectTally(QString fileName = {})
        : m_file(std::move(fileName))
    {}

    void add(qint64 lineNumber, RejectReason reason);
    qint64 count(RejectReason reason) const { return m_counts[static_cast<std::size_t>(reason)]; }
    qint64 total() const { return m_total; }
    const QStringList& samples() const { return m_samples; }
    // "3 line(s) rejected: 1 bad_syntax, 2 bad_time"; empty when none.
    QString summary() const;

private:
    QString m_file;
    std::array<qint64, RejectReasonCount> m_counts{};
    qint64 m_total = 0;
    QStringList m_samples;
};

} // namespace kw
