// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class RevokeKeysDialog;
}

namespace kw::gui {

// Revokes one key or many. A reason is required (and a note for "other"); revoking more than one
// key at once also asks for the project's name to be typed, as an incident response should be
// deliberate.
class RevokeKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeKeysDialog)

public:
    // keyLabels: one line per key, such as "web backend — chat_live_9fQ2ab".
    RevokeKeysDialog(const QStringList& keyLabels, const QString& projectName, QWidget* parent = nullptr);
    ~RevokeKeysDialog() override;

    std::optional<RevokeReason> reason() const;
    QString note() const;
    void setReason(RevokeReason reason);
    bool isAcceptable() const;

protected:
    // Enter in the confirmation field: revokes once the name is typed right, else says what is
    // missing; it never falls through to Cancel and closes the dialog unseen.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void validate();

    std::unique_ptr<Ui::RevokeKeysDialog> m_ui;
    QString m_projectName;
    bool m_bulk;
};

} // namespace kw::gui
