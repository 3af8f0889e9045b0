// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RotateKeyDialog;
}

namespace kw::gui {

// Asks for the grace period of a rotation (the project's default to start with).
class RotateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotateKeyDialog)

public:
    RotateKeyDialog(const KeyRecord& key, const Policy& policy, const QDateTime& now,
                    QWidget* parent = nullptr);
    ~RotateKeyDialog() override;

    int graceDays() const;
    void setGraceDays(int days);
    qint64 graceSeconds() const { return qint64(graceDays()) * 86400; }

private:
    void updateNote();

    std::unique_ptr<Ui::RotateKeyDialog> m_ui;
    QDateTime m_now;
};

} // namespace kw::gui
