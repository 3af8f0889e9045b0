// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/CsvWriter.h"
#include "reports/Report.h"

namespace kw {

// What every report does around its rows: open the writer, report progress, honour cancel, and
// at the end either commit (and write the digest) or leave nothing under the chosen name.
class ReportRun final
{
    Q_DISABLE_COPY_MOVE(ReportRun)

public:
    explicit ReportRun(const ExportOptions& options)
        : m_options(options)
    {}

    Result<void> open(const QStringList& header);
    CsvWriter& csv() { return m_csv; }
    // Ends a row; false when the export must stop (a write error or a cancel).
    bool rowDone();
    // readStatus: how the read of the workspace ended.
    Result<ExportSummary> finish(ExportSummary summary, const Result<void>& readStatus);

private:
    Result<void> writeDigest(ExportSummary& summary);

    const ExportOptions& m_options;
    CsvWriter m_csv;
};

} // namespace kw
