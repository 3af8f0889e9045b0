// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/ImportKeysDialog.h"

#include "gui/keys/KeyImportJob.h"
#include "store/Inventory.h"
#include "store/Workspace.h"
#include "ui_ImportKeysDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace kw::gui {

ImportKeysDialog::ImportKeysDialog(Inventory& inventory, const Project& project, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportKeysDialog>())
    , m_inventory(inventory)
    , m_project(project)
{
    m_ui->setupUi(this);
    m_ui->summary->setText(
        tr("Keys from another system join <b>%1</b>. Each key is hashed at once: only its hash and a hint "
           "are kept. One refused line and nothing is imported.")
            .arg(project.name.toHtmlEscaped()));
    // The combo fits what it shows; the columns each format expects are in its tooltip.
    m_ui->format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->format->addItem(tr("AWS API Gateway export"), QStringLiteral("aws"));
    m_ui->format->setItemData(0, tr("Columns: Name, Key, Description, Enabled, UsagePlanIds"),
                              Qt::ToolTipRole);
    m_ui->format->addItem(tr("Mapped columns"), QStringLiteral("mapped"));
    m_ui->format->addItem(tr("SHA-256 hashes only"), QStringLiteral("hashes"));
    m_ui->env->addItem(QStringLiteral("live"), int(Env::Live));
    m_ui->env->addItem(QStringLiteral("test"), int(Env::Test));
    m_ui->preview->horizontalHeader()->setStretchLastSection(true);
    m_ui->preview->verticalHeader()->setVisible(false);
    m_ui->result->setPlaceholderText(tr("Check the file to see what would be added, skipped or refused."));
    connect(m_ui->browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Keys"), {}, tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty()) {
            setFile(path);
        }
    });
    connect(m_ui->file, &QLineEdit::editingFinished, this, &ImportKeysDialog::updatePreview);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &ImportKeysDialog::updatePreview);
    connect(m_ui->map, &QLineEdit::editingFinished, this, &ImportKeysDialog::updatePreview);
    connect(m_ui->check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_ui->import, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_ui->close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_ui->cancel->setEnabled(false);
            m_ui->stage->setText(tr("Cancelling…"));
            m_job->cancel();
        }
    });
    m_ui->running->hide();
    updatePreview();
}

ImportKeysDialog::~ImportKeysDialog() = default;

void ImportKeysDialog::setFile(const QString& path)
{
    m_ui->file->setText(path);
    updatePreview();
}

KeyImportOptions ImportKeysDialog::options() const
{
    KeyImportOptions o;
    o.project = m_project.id;
    o.format = keyImportFormatFromName(m_ui->format->currentData().toString()).value_or(KeyImportFormat::Aws);
    if (o.format == KeyImportFormat::Mapped) {
        if (Result<QHash<QString, QString>> map = parseImportMap(m_ui->map->text())) {
            o.map = *map;
        }
    }
    o.defaultEnv = Env(m_ui->env->currentData().toInt());
    return o;
}

void ImportKeysDialog::updatePreview()
{
    const bool mapped = m_ui->format->currentData().toString() == QLatin1String("mapped");
    m_ui->map->setEnabled(mapped);
    m_ui->mapLabel->setEnabled(mapped);
    m_ui->preview->clear();
    m_ui->preview->setRowCount(0);
    m_ui->preview->setColumnCount(0);
    m_ui->import->setEnabled(false);
    m_ui->check->setEnabled(false);
    const QString path = m_ui->file->text().trimmed();
    if (path.isEmpty()) {
        m_ui->mapping->setText(tr("Choose a CSV file with a header line."));
        return;
    }
    if (mapped) {
        if (Result<QHash<QString, QString>> map = parseImportMap(m_ui->map->text()); !map) {
            m_ui->mapping->setText(map.error().message);
            return;
        }
    }
    // Only the head: a big file is checked by the job, off the GUI thread, not parsed here.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->mapping->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QByteArray head = file.read(PreviewBytes);
    const bool whole = file.atEnd();
    if (!whole) {
        head.truncate(head.lastIndexOf('\n') + 1); // whole lines only
    }
    Result<QList<CsvRow>> rows = parseCsv(head, QFileInfo(path).fileName());
    if (rows && rows->isEmpty()) {
        rows = makeError(ErrorCode::Invalid, tr("%1 is empty: it needs a header line.").arg(path));
    }
    if (!rows) {
        m_ui->mapping->setText(rows.error().message);
        return;
    }
    const QStringList header = rows->front().fields;
    Result<QHash<QString, int>> columns = resolveImportColumns(header, options());
    if (!columns) {
        m_ui->mapping->setText(columns.error().message);
        return;
    }
    QStringList described;
    for (auto it = columns->cbegin(); it != columns->cend(); ++it) {
        described.append(tr("%1 ← %2").arg(it.key(), header.at(it.value())));
    }
    described.sort();
    const QString count = whole ? tr("%n line(s) to import.", nullptr, int(rows->size() - 1))
                                : tr("More lines than the preview shows; Check counts them.");
    m_ui->mapping->setText(tr("Mapping: %1. %2").arg(described.join(QStringLiteral(", ")), count));
    const int keyColumn = columns->value(QStringLiteral("key"), -1);
    m_ui->preview->setColumnCount(int(header.size()));
    m_ui->preview->setHorizontalHeaderLabels(header);
    const int shown = int(std::min<qsizetype>(rows->size() - 1, PreviewRows));
    m_ui->preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const QStringList& fields = rows->at(r + 1).fields;
        for (int c = 0; c < fields.size(); ++c) {
            // A key is a secret: the preview shows that there is one, not what it is.
            const QString text = c == keyColumn
                                     ? tr("•••••• (%n characters)", nullptr, int(fields.at(c).size()))
                                     : fields.at(c);
            m_ui->preview->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_ui->preview->resizeColumnsToContents();
    // The header forgets its stretched section when the columns were removed and added again
    // (another file chosen); asking again makes the last column fill the width.
    m_ui->preview->horizontalHeader()->setStretchLastSection(false);
    m_ui->preview->horizontalHeader()->setStretchLastSection(true);
    m_ui->import->setEnabled(true);
    m_ui->check->setEnabled(true);
}

void ImportKeysDialog::reject()
{
    if (m_job) {
        m_closeWhenDone = true;
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ImportKeysDialog::setRunning(bool running)
{
    for (QWidget* w : {static_cast<QWidget*>(m_ui->file), static_cast<QWidget*>(m_ui->browse),
                       static_cast<QWidget*>(m_ui->format), static_cast<QWidget*>(m_ui->env),
                       static_cast<QWidget*>(m_ui->check), static_cast<QWidget*>(m_ui->import)}) {
        w->setEnabled(!running);
    }
    m_ui->map->setEnabled(!running && m_ui->format->currentData().toString() == QLatin1String("mapped"));
    m_ui->running->setVisible(running);
    m_ui->cancel->setEnabled(running);
    if (running) {
        m_ui->progress->setValue(0);
        m_ui->stage->setText(tr("Reading the file…"));
        m_ui->cancel->setFocus();
    }
}

void ImportKeysDialog::run(bool dryRun)
{
    if (m_job) {
        return;
    }
    KeyImportOptions o = options();
    o.dryRun = dryRun;
    m_job = new KeyImportJob(m_inventory.workspace().path(), m_inventory.actor(), m_inventory.clock(),
                             m_ui->file->text().trimmed(), o, this);
    connect(m_job, &KeyImportJob::stageProgress, this, &ImportKeysDialog::onProgress);
    connect(m_job, &KeyImportJob::finished, this, &ImportKeysDialog::onFinished);
    m_ui->result->clear();
    setRunning(true);
    m_job->start();
}

void ImportKeysDialog::onProgress(KeyImportStage stage, int done, int total)
{
    // Checking is cheap next to writing (an insert and a chained audit event per key): for an
    // import it fills the first fifth of the bar.
    const bool dryRun = m_job && m_job->options().dryRun;
    const int checkingSpan = dryRun ? 1000 : 200;
    const int permille = total > 0 ? int(qint64(done) * 1000 / total) : 1000;
    if (stage == KeyImportStage::Checking) {
        m_ui->progress->setValue(permille * checkingSpan / 1000);
        m_ui->stage->setText(tr("Checking line %L1 of %L2…").arg(done).arg(total));
    } else {
        m_ui->progress->setValue(checkingSpan + permille * (1000 - checkingSpan) / 1000);
        m_ui->stage->setText(tr("Writing key %L1 of %L2…").arg(done).arg(total));
    }
}

void ImportKeysDialog::onFinished()
{
    KeyImportJob* job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const bool dryRun = job->options().dryRun;
    const Result<KeyImportResult> r = *job->result();
    setRunning(false);
    if (m_closeWhenDone) {
        if (r && r->committed) { // the cancel came after the commit
            Q_EMIT imported(int(r->added.size()));
        }
        QDialog::reject();
        return;
    }
    if (!r) {
        m_ui->result->setPlainText(r.error().message);
        Q_EMIT jobFinished();
        return;
    }
    QStringList lines;
    const bool refused = !r->refused.isEmpty();
    lines.append(refused  ? tr("Nothing imported: %n line(s) refused.", nullptr, int(r->refused.size()))
                 : dryRun ? tr("Check passed: %n key(s) would be added.", nullptr, int(r->added.size()))
                          : tr("Imported %n key(s).", nullptr, int(r->added.size())));
    lines.append(tr("%1 added, %2 skipped (already there), %3 refused, of %4 line(s).")
                     .arg(dryRun || refused ? 0 : r->added.size())
                     .arg(r->skipped.size())
                     .arg(r->refused.size())
                     .arg(r->rows));
    const QString file = QFileInfo(m_ui->file->text().trimmed()).fileName(); // fixed while the job ran
    for (const ImportLine& l : std::as_const(r->refused)) {
        lines.append(tr("%1:%2: refused: %3").arg(file).arg(l.line).arg(l.reason));
    }
    for (const ImportLine& l : std::as_const(r->skipped)) {
        lines.append(tr("%1:%2: skipped: %3").arg(file).arg(l.line).arg(l.reason));
    }
    m_ui->result->setPlainText(lines.join(u'\n'));
    if (r->committed) {
        m_ui->import->setEnabled(false);
        Q_EMIT imported(int(r->added.size()));
    }
    Q_EMIT jobFinished();
}

} // namespace kw::gui
