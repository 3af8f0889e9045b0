// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "store/Inventory.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ProjectDialog;
}

namespace kw::gui {

// Creates a project, or edits one's description and policy (its name and key prefix are fixed
// once keys carry them).
class ProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDialog)

public:
    explicit ProjectDialog(const std::optional<Project>& existing, QWidget* parent = nullptr);
    ~ProjectDialog() override;

    ProjectDraft draft() const;
    bool isAcceptable() const;

private:
    void validate();
    void suggestPrefix();

    std::unique_ptr<Ui::ProjectDialog> m_ui;
    bool m_editing;
    bool m_prefixEdited = false;
};

} // namespace kw::gui
