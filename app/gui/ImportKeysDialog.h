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

// Project → Import Keys…: picks a CSV, previews its first rows with the mapping (key cells
// masked: they are secrets), checks it (a dry run) and imports it, all or nothing.
class ImportKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportKeysDialog)

public:
    static constexpr int PreviewRows = 10;

    ImportKeysDialog(Inventory& inventory, const Project& project, QWidget* parent = nullptr);
    ~ImportKeysDialog() override;

    void setFile(const QString& path);
    KeyImportOptions options() const;

Q_SIGNALS:
    // Keys were added: the window reloads the project.
    void imported(int added);

private:
    void updatePreview();
    void run(bool dryRun);

    std::unique_ptr<Ui::ImportKeysDialog> m_ui;
    Inventory& m_inventory;
    Project m_project;
};

} // namespace kw::gui
