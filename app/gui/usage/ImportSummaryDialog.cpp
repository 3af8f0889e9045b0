// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/usage/ImportSummaryDialog.h"

#include "gui/common/Format.h"
#include "ui_ImportSummaryDialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace kw::gui {

namespace {

QString stateLabel(const FileSummary& f)
{
    switch (f.state) {
    case FileSummary::State::Imported:
        return ImportSummaryDialog::tr("imported");
    case FileSummary::State::AlreadyImported:
        return ImportSummaryDialog::tr("already imported: nothing added");
    case FileSummary::State::Resumed:
        return ImportSummaryDialog::tr("resumed at byte %1").arg(QLocale().toString(f.resumedFrom));
    case FileSummary::State::Refused:
        return ImportSummaryDialog::tr("refused: %1").arg(f.reason);
    case FileSummary::State::NothingCounted:
        return ImportSummaryDialog::tr("nothing counted: not remembered");
    }
    return {};
}

// One sentence for the whole run, every file in one of its parts: "3 files: 1 imported, 1 already
// imported (nothing added) and 1 refused."
QString runSentence(const QList<FileSummary>& files)
{
    std::array<int, 5> byState{};
    for (const FileSummary& f : files) {
        ++byState[std::size_t(f.state)];
    }
    const auto n = [&](FileSummary::State state) {
        return byState[std::size_t(state)];
    };
    QStringList parts;
    if (const int done = n(FileSummary::State::Imported) + n(FileSummary::State::Resumed); done > 0) {
        parts.append(ImportSummaryDialog::tr("%n imported", nullptr, done));
    }
    if (const int already = n(FileSummary::State::AlreadyImported); already > 0) {
        parts.append(ImportSummaryDialog::tr("%n already imported (nothing added)", nullptr, already));
    }
    if (const int none = n(FileSummary::State::NothingCounted); none > 0) {
        parts.append(ImportSummaryDialog::tr("%n with no line counted (not remembered)", nullptr, none));
    }
    if (const int refusedFiles = n(FileSummary::State::Refused); refusedFiles > 0) {
        parts.append(ImportSummaryDialog::tr("%n refused", nullptr, refusedFiles));
    }
    const QString list = QLocale().createSeparatedList(parts);
    return files.size() == 1
               ? ImportSummaryDialog::tr("1 file: %1.").arg(list)
               : ImportSummaryDialog::tr("%1 files: %2.").arg(QLocale().toString(files.size()), list);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const QList<FileSummary>& files, const QString& error,
                                         bool cancelled, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportSummaryDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Close)->setDefault(true);
    const QLocale locale;

    const QStringList headers{tr("File"),     tr("Format"),    tr("Result"),   tr("Lines"),
                              tr("Imported"), tr("Anonymous"), tr("Rejected"), tr("Findings")};
    QTableWidget* table = m_ui->files;
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(files.size()));
    table->verticalHeader()->hide();
    qint64 lines = 0;
    qint64 imported = 0;
    qint64 anonymous = 0;
    qint64 rejected = 0;
    qint64 findings = 0;
    qint64 earlierFindings = 0; // of files already imported: still worth seeing
    std::array<qint64, RejectReasonCount> byReason{};
    QStringList samples;
    for (int row = 0; row < files.size(); ++row) {
        const FileSummary& f = files.at(row);
        const QStringList cells{QFileInfo(f.path).fileName(),
                                f.format.isEmpty() ? tr("—") : f.format,
                                stateLabel(f),
                                locale.toString(f.lines),
                                locale.toString(f.imported),
                                locale.toString(f.anonymous),
                                locale.toString(f.rejected),
                                locale.toString(f.findings)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c >= 3) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (c == 0) {
                item->setToolTip(f.path);
            }
            table->setItem(row, c, item);
        }
        lines += f.lines;
        imported += f.imported;
        anonymous += f.anonymous;
        rejected += f.rejected;
        findings += f.findings;
        earlierFindings += f.earlierFindings;
        for (int r = 0; r < RejectReasonCount; ++r) {
            byReason[std::size_t(r)] += f.rejectedBy[std::size_t(r)];
        }
        samples += f.rejectSamples;
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    QString headline;
    if (!error.isEmpty()) {
        headline = QStringLiteral("<b>%1</b> %2").arg(esc(tr("The import failed.")), esc(error));
    } else if (cancelled) {
        headline = QStringLiteral("<b>%1</b> %2")
                       .arg(esc(tr("Import cancelled.")),
                            esc(tr("What was written is kept; importing the same files again resumes "
                                   "where it stopped.")));
    } else {
        headline = QStringLiteral("<b>%1</b>").arg(esc(runSentence(files)));
    }
    headline += QStringLiteral("<br/>") +
                esc(tr("%1 lines: %2 counted, %3 anonymous (no key), %4 rejected, %5 finding lines.")
                        .arg(locale.toString(lines), locale.toString(imported), locale.toString(anonymous),
                             locale.toString(rejected), locale.toString(findings)));
    m_ui->headline->setText(headline);

    QString details;
    if (rejected > 0) {
        details += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Rejected lines by reason")));
        for (int r = 0; r < RejectReasonCount; ++r) {
            if (const qint64 n = byReason[std::size_t(r)]; n > 0) {
                details += QStringLiteral("<li>%1 — %2 (<tt>%3</tt>)</li>")
                               .arg(locale.toString(n), esc(rejectReasonMessage(RejectReason(r))),
                                    esc(rejectReasonName(RejectReason(r)).toString()));
            }
        }
        details += QStringLiteral("</ul><p>%1</p><pre>%2</pre>")
                       .arg(esc(tr("First samples:")), esc(samples.join(u'\n')));
    }
    const auto titled = [](const QString& title, const QString& text) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(title), esc(text));
    };
    if (findings > 0) {
        details +=
            titled(tr("Findings:"), tr("%1 lines showed plaintext keys or a gateway accepting an expired or "
                                       "revoked key; the Findings table of the Usage tab lists them with "
                                       "file and line.")
                                        .arg(locale.toString(findings)));
    }
    if (earlierFindings > 0) {
        details +=
            titled(tr("Findings of earlier imports:"),
                   tr("%1 lines of the files imported before showed plaintext keys or a gateway accepting "
                      "an expired or revoked key; the Findings table of the Usage tab lists them.")
                       .arg(locale.toString(earlierFindings)));
    }
    for (const FileSummary& f : files) {
        if (f.heldBackBytes > 0) {
            details +=
                QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1: 1 unterminated last line held back (%2 bytes); it counts once it "
                                "ends with a newline.")
                                 .arg(QFileInfo(f.path).fileName(), locale.toString(f.heldBackBytes))));
        }
    }
    if (details.isEmpty()) {
        details = esc(tr("No line was rejected and nothing was found."));
    }
    m_ui->details->setHtml(details);
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

QString ImportSummaryDialog::headline() const
{
    return m_ui->headline->text();
}

QString ImportSummaryDialog::details() const
{
    return m_ui->details->toPlainText();
}

} // namespace kw::gui
