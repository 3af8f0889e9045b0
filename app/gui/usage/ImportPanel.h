// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "usage/import/ImportJob.h"

#include <QElapsedTimer>
#include <QFrame>
#include <memory>

namespace Ui {
class ImportPanel;
}

namespace kw::gui {

// A running import, shown in place rather than in a modal dialog so the console stays usable:
// the file being read, a progress bar, the throughput and Cancel. Runs one ImportJob at a time.
class ImportPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPanel)

public:
    explicit ImportPanel(QWidget* parent = nullptr);
    ~ImportPanel() override;

    // Starts the job and shows the panel; false when one is already running.
    bool start(const QString& workspacePath, ImportOptions options);
    bool isRunning() const { return m_job != nullptr; }
    void cancel();
    QString throughputText() const;

Q_SIGNALS:
    // The job is over (done, cancelled or failed); the panel hides itself.
    void finished(const QList<kw::FileSummary>& files, const QString& error, bool cancelled);

private:
    void onProgress(qint64 done, qint64 total, qint64 lines);
    void onFinished();

    std::unique_ptr<Ui::ImportPanel> m_ui;
    ImportJob* m_job = nullptr;
    QElapsedTimer m_clock;
};

} // namespace kw::gui
