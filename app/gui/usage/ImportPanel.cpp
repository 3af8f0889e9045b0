// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/usage/ImportPanel.h"

#include "gui/common/Format.h"
#include "ui_ImportPanel.h"

#include <QFileInfo>
#include <QLocale>

namespace kw::gui {

ImportPanel::ImportPanel(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ImportPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->cancel, &QPushButton::clicked, this, &ImportPanel::cancel);
    hide();
}

ImportPanel::~ImportPanel() = default;

bool ImportPanel::start(const QString& workspacePath, ImportOptions options)
{
    if (m_job) {
        return false;
    }
    const qsizetype files = options.files.size();
    m_job = new ImportJob(workspacePath, std::move(options), this);
    connect(m_job, &ImportJob::fileStarted, this, [this](const QString& path) {
        m_ui->file->setText(tr("Importing %1").arg(QFileInfo(path).fileName()));
        m_ui->file->setToolTip(path);
    });
    connect(m_job, &ImportJob::importProgress, this, &ImportPanel::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportPanel::onFinished);
    m_ui->file->setText(counted(files, tr("Importing 1 file"), tr("Importing %1 files")));
    m_ui->progress->setValue(0);
    m_ui->throughput->clear();
    m_ui->cancel->setEnabled(true);
    m_clock.start();
    show();
    m_job->start();
    return true;
}

void ImportPanel::cancel()
{
    if (m_job) {
        m_ui->cancel->setEnabled(false);
        m_ui->file->setText(tr("Cancelling after the current chunk…"));
        m_job->cancel();
    }
}

QString ImportPanel::throughputText() const
{
    return m_ui->throughput->text();
}

void ImportPanel::onProgress(qint64 done, qint64 total, qint64 lines)
{
    m_ui->progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    const double seconds = std::max(0.001, double(m_clock.elapsed()) / 1000.0);
    const QLocale locale;
    m_ui->throughput->setText(
        tr("%1 MB/s · %2 lines")
            .arg(locale.toString(double(done) / 1e6 / seconds, 'f', 1), locale.toString(lines)));
}

void ImportPanel::onFinished()
{
    ImportJob* job = m_job;
    m_job = nullptr;
    const Result<void> error = job->error();
    const bool cancelled = job->isCancelled();
    const QList<FileSummary> files = job->summaries();
    job->deleteLater();
    hide();
    Q_EMIT finished(files, error ? QString() : error.error().message, cancelled);
}

} // namespace kw::gui
