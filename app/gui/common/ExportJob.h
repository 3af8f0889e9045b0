// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/WorkerJob.h"
#include "reports/Report.h"

#include <functional>
#include <optional>

namespace kw::gui {

// Writes one report off the GUI thread (WorkerJob: start, progress, cancel, finished).
class ExportJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    using Report = std::function<Result<ExportSummary>(Workspace&, const ExportOptions&)>;

    ExportJob(QString workspacePath, Report report, ExportOptions options, QObject* parent = nullptr);
    ~ExportJob() override;

    void start();
    // Set when finished() is emitted.
    const std::optional<Result<ExportSummary>>& result() const { return m_result; }
    const ExportOptions& options() const { return m_options; }

Q_SIGNALS:
    void progress(qint64 rows);

private:
    Report m_report;
    ExportOptions m_options;
    std::optional<Result<ExportSummary>> m_result;
};

} // namespace kw::gui
