// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/ImportJob.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportSummaryDialog;
}

namespace kw::gui {

// What an import did: per file its format, state and counts; rejected lines by reason with their
// first samples (file:line: reason, never the line); findings. Never shows a key.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    ImportSummaryDialog(const QList<FileSummary>& files, const QString& error, bool cancelled,
                        QWidget* parent = nullptr);
    ~ImportSummaryDialog() override;

    QString headline() const;
    QString details() const;

private:
    std::unique_ptr<Ui::ImportSummaryDialog> m_ui;
};

} // namespace kw::gui
