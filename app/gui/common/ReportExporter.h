// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/ExportJob.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <functional>

class QWidget;

namespace kw::gui {

// The export flow every tab shares: a save dialog, the job with a progress dialog for large
// exports (cancel removes the half file), and a closing message with "Open containing folder".
// The Usage tab wires its own filters in through run() the same way the Keys and Audit tabs do.
class ReportExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)

public:
    explicit ReportExporter(QWidget* parent);
    ~ReportExporter() override;

    // Replaces the save dialog (tests): returns the chosen path, or empty to cancel.
    void setFileChooser(std::function<QString(const QString& suggested)> chooser);
    // How long an export runs before its progress dialog shows (0.4 s): tests shorten it, since an
    // optimised build exports the largest workspace a test sets up within that time.
    void setProgressDelay(int ms) { m_progressDelayMs = ms; }

    // title: "Export audit"; digest: also write FILE.sha256 (the audit report).
    void run(const QString& workspacePath, const QString& title, const QString& suggestedName, bool digest,
             ExportJob::Report report);

    bool isRunning() const { return m_job != nullptr; }
    // The closing message of the last export, while it is shown.
    QMessageBox* message() const { return m_message; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void done();

    QWidget* m_parent;
    std::function<QString(const QString&)> m_chooser;
    ExportJob* m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_message;
    QString m_title;
    int m_progressDelayMs = 400; // small exports finish before the dialog would flash
};

} // namespace kw::gui
