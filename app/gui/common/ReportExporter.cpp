// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/ReportExporter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace kw::gui {

namespace {

const QString LastDirKey = QStringLiteral("reports/lastDirectory");

} // namespace

ReportExporter::ReportExporter(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{}

ReportExporter::~ReportExporter() = default;

void ReportExporter::setFileChooser(std::function<QString(const QString&)> chooser)
{
    m_chooser = std::move(chooser);
}

void ReportExporter::run(const QString& workspacePath, const QString& title, const QString& suggestedName,
                         bool digest, ExportJob::Report report)
{
    if (m_job) {
        return;
    }
    QSettings settings;
    const QString dir =
        settings.value(LastDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested = QDir(dir).filePath(suggestedName);
    const QString path = m_chooser ? m_chooser(suggested)
                                   : QFileDialog::getSaveFileName(m_parent, title, suggested,
                                                                  tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    ExportOptions options;
    options.path = path;
    options.bom = true; // the console's users open exports in spreadsheets; Excel needs the BOM
    options.digest = digest;
    m_title = title;
    m_job = new ExportJob(workspacePath, std::move(report), options, this);
    m_progress =
        new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(title);
    m_progress->setMinimumDuration(m_progressDelayMs);
    // Starts the count: without a value the dialog keeps the 4 s its constructor started.
    m_progress->setValue(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    connect(m_job, &ExportJob::progress, this, [this](qint64 rows) {
        if (m_progress) {
            m_progress->setLabelText(tr("%L1 rows written…").arg(rows));
        }
    });
    connect(m_job, &ExportJob::finished, this, &ReportExporter::done);
    m_job->start();
}

void ReportExporter::done()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    const Result<ExportSummary> r = *m_job->result();
    const bool cancelled = m_job->isCancelled();
    const QString path = m_job->options().path;
    m_job->deleteLater();
    m_job = nullptr;
    m_message = new QMessageBox(m_parent);
    m_message->setAttribute(Qt::WA_DeleteOnClose);
    m_message->setWindowTitle(m_title);
    if (!r) {
        m_message->setIcon(cancelled ? QMessageBox::Information : QMessageBox::Warning);
        m_message->setText(cancelled ? tr("The export was cancelled; no file was written.")
                                     : tr("The export failed; no file was written."));
        m_message->setInformativeText(cancelled ? QDir::toNativeSeparators(path) : r.error().message);
        m_message->setStandardButtons(QMessageBox::Close);
    } else {
        const bool chainBroken = r->chainChecked && !r->chainOk;
        m_message->setIcon(chainBroken ? QMessageBox::Warning : QMessageBox::Information);
        m_message->setText(tr("Wrote %Ln row(s) to %1.", nullptr, int(std::min<qint64>(r->rows, INT_MAX)))
                               .arg(QDir::toNativeSeparators(path)));
        QStringList info;
        if (r->chainChecked) {
            info.append(tr("Audit %1.").arg(r->chainMessage));
        }
        if (!r->digestPath.isEmpty()) {
            info.append(tr("Digest: %1 (check with sha256sum -c).").arg(QFileInfo(r->digestPath).fileName()));
        }
        m_message->setInformativeText(info.join(u'\n'));
        QPushButton* open = m_message->addButton(tr("Open Containing Folder"), QMessageBox::ActionRole);
        m_message->addButton(QMessageBox::Close);
        const QUrl folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
        connect(open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(folder); });
    }
    m_message->open();
    Q_EMIT finished(r.ok());
}

} // namespace kw::gui
