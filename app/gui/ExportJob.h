// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <optional>

namespace kw {
class Workspace;
}

namespace kw::gui {

// Writes one report off the GUI thread (QtKeychain's job shape: start, progress, cancel,
// finished). The job opens its own connection to the workspace file: a QSqlDatabase connection
// must not cross threads.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    using Report = std::function<Result<ExportSummary>(Workspace&, const ExportOptions&)>;

    ExportJob(QString workspacePath, Report report, ExportOptions options, QObject* parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    // Set when finished() is emitted.
    const std::optional<Result<ExportSummary>>& result() const { return m_result; }
    const ExportOptions& options() const { return m_options; }

Q_SIGNALS:
    void progress(qint64 rows);
    void finished();

private:
    QString m_workspacePath;
    Report m_report;
    ExportOptions m_options;
    std::atomic_bool m_cancel{false};
    std::optional<Result<ExportSummary>> m_result;
    QThread* m_thread = nullptr;
};

} // namespace kw::gui
