// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "store/Inventory.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EditKeyDialog;
}

namespace kw::gui {

// A key's metadata within its project's policy. edit() holds only what changed, which is what
// Inventory::edit records in the audit event. Save stays disabled until something changed.
class EditKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditKeyDialog)

public:
    EditKeyDialog(const Project& project, const KeyRecord& key, const QDateTime& now,
                  QWidget* parent = nullptr);
    ~EditKeyDialog() override;

    KeyEdit edit() const;
    bool isAcceptable() const;

private:
    void validate();

    std::unique_ptr<Ui::EditKeyDialog> m_ui;
    KeyRecord m_key;
    RateTier m_defaultTier;
};

} // namespace kw::gui
