// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/ExportJob.h"

#include "store/Workspace.h"

namespace kw::gui {

ExportJob::ExportJob(QString workspacePath, Report report, ExportOptions options, QObject* parent)
    : WorkerJob(std::move(workspacePath), parent)
    , m_report(std::move(report))
    , m_options(std::move(options))
{
    m_options.cancel = &cancelFlag();
}

ExportJob::~ExportJob() = default;

void ExportJob::doStart()
{
    ExportOptions options = m_options;
    options.progress = [this](qint64 rows) {
        if (progressDue()) {
            post([this, rows] { Q_EMIT progress(rows, 0); });
        }
    };
    startWork([this, report = m_report, options](Result<Workspace*> ws) {
        Result<ExportSummary> r = ws ? report(**ws, options) : Result<ExportSummary>(ws.error());
        post([this, r] {
            m_result = r;
            if (!r) {
                setFailure(r.error().message);
            }
        });
    });
}

} // namespace kw::gui
