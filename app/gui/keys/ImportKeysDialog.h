// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "reports/KeyImport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportKeysDialog;
}

namespace kw {
class Inventory;
}

namespace kw::gui {

class KeyImportJob;

// Project → Import Keys…: picks a CSV, previews its first rows with the mapping (key cells
// masked: they are secrets), checks it (a dry run) and imports it, all or nothing. Check and
// Import run as a KeyImportJob with a progress bar and Cancel; the preview reads only the head.
class ImportKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportKeysDialog)

public:
    static constexpr int PreviewRows = 10;
    // The preview parses at most this much of the file; Check counts every line.
    static constexpr qint64 PreviewBytes = 256 * 1024;

    ImportKeysDialog(Inventory& inventory, const Project& project, QWidget* parent = nullptr);
    ~ImportKeysDialog() override;

    void setFile(const QString& path);
    KeyImportOptions options() const;
    // A Check or Import is under way.
    bool isRunning() const { return m_job != nullptr; }
    // Closing while a job runs cancels it and closes once it has rolled back.
    void reject() override;

Q_SIGNALS:
    // Keys were added: the window reloads the project.
    void imported(int added);
    // A Check or Import is over (its result is shown).
    void jobFinished();

private:
    void updatePreview();
    void run(bool dryRun);
    void setRunning(bool running);
    void onProgress(KeyImportStage stage, int done, int total);
    void onFinished();

    std::unique_ptr<Ui::ImportKeysDialog> m_ui;
    Inventory& m_inventory;
    Project m_project;
    KeyImportJob* m_job = nullptr;
    bool m_closeWhenDone = false;
};

} // namespace kw::gui
