// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RevealKeyDialog;
}

namespace kw::gui {

// The explicit yes before a kept copy is read from the OS keychain and shown: it says that the
// reveal is audited under the administrator's name. Cancel is the default.
class RevealKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevealKeyDialog)

public:
    RevealKeyDialog(const KeyRecord& key, const QString& actor, QWidget* parent = nullptr);
    ~RevealKeyDialog() override;

private:
    std::unique_ptr<Ui::RevealKeyDialog> m_ui;
};

} // namespace kw::gui
