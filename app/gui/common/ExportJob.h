// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/WorkerJob.h"
#include "reports/Report.h"

#include <functional>
#include <optional>

namespace kw::gui {

// Writes one report off the GUI thread (WorkerJob).
class ExportJob final : public WorkerJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    using Report = std::function<Result<ExportSummary>(Workspace&, const ExportOptions&)>;

    ExportJob(QString workspacePath, Report report, ExportOptions options, QObject* parent = nullptr);
    ~ExportJob() override;

    // Set when finished() is emitted. progress() counts rows written, of a total not known (0).
    const std::optional<Result<ExportSummary>>& result() const { return m_result; }
    const ExportOptions& options() const { return m_options; }

private:
    void doStart() override;

    Report m_report;
    ExportOptions m_options;
    std::optional<Result<ExportSummary>> m_result;
};

} // namespace kw::gui
