// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ImportKeysDialog.h"

#include "store/Inventory.h"
#include "ui_ImportKeysDialog.h"

#include <QFileDialog>
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
    m_ui->format->addItem(tr("AWS API Gateway (Name, Key, Description, Enabled, UsagePlanIds)"),
                          QStringLiteral("aws"));
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
    Result<QList<CsvRow>> rows = readImportFile(path);
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
    m_ui->mapping->setText(tr("Mapping: %1. %n line(s) to import.", nullptr, int(rows->size() - 1))
                               .arg(described.join(QStringLiteral(", "))));
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
    m_ui->import->setEnabled(true);
    m_ui->check->setEnabled(true);
}

void ImportKeysDialog::run(bool dryRun)
{
    KeyImportOptions o = options();
    o.dryRun = dryRun;
    Result<KeyImportResult> r = importKeys(m_inventory, m_ui->file->text().trimmed(), o);
    if (!r) {
        m_ui->result->setPlainText(r.error().message);
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
    for (const ImportLine& l : std::as_const(r->refused)) {
        lines.append(tr("line %1: refused: %2").arg(l.line).arg(l.reason));
    }
    for (const ImportLine& l : std::as_const(r->skipped)) {
        lines.append(tr("line %1: skipped: %2").arg(l.line).arg(l.reason));
    }
    m_ui->result->setPlainText(lines.join(u'\n'));
    if (r->committed) {
        m_ui->import->setEnabled(false);
        Q_EMIT imported(int(r->added.size()));
    }
}

} // namespace kw::gui
