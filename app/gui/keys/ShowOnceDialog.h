// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QDialog>
#include <chrono>
#include <memory>

namespace Ui {
class ShowOnceDialog;
}

namespace kw::gui {

// Shows a secret once: a new key, a rotation's successor, or a kept copy revealed from the
// keychain. The secret lives only in this dialog's field (and, for a while, the clipboard); it is
// cleared when the dialog closes, and closing without copying asks first.
class ShowOnceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowOnceDialog)

public:
    enum class Purpose
    {
        Issued,
        Rotated,
        Revealed
    };

    ShowOnceDialog(const KeyRecord& key, const QString& projectName, const QString& secret, Purpose purpose,
                   QWidget* parent = nullptr);
    ~ShowOnceDialog() override;

    static constexpr std::chrono::milliseconds DefaultClipboardDelay{30000};
    // How long the copied key stays on the clipboard; tests make it short.
    void setClipboardClearDelay(std::chrono::milliseconds delay) { m_clipboardDelay = delay; }
    bool wasCopied() const { return m_copied; }

    void copyToClipboard();
    void done(int result) override;

private:
    bool confirmClose();
    void growToFit();

    std::unique_ptr<Ui::ShowOnceDialog> m_ui;
    QString m_secret;
    Purpose m_purpose;
    std::chrono::milliseconds m_clipboardDelay = DefaultClipboardDelay;
    bool m_copied = false;
    int m_copies = 0;
};

} // namespace kw::gui
