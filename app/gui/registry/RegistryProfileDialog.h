// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Profile.h"

#include <QDialog>
#include <memory>

class QLineEdit;

namespace Ui {
class RegistryProfileDialog;
}

namespace kw::gui {

// Add or edit a registry profile: endpoints, CA and client files (with pickers), pin, user,
// password (kept in the keychain by the caller), namespace, and http-to-loopback shown in red.
// Test runs the connection checks of `registry test` off the GUI thread.
class RegistryProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryProfileDialog)

public:
    // An empty profile name: a new profile. hasPassword: the keychain already holds one.
    RegistryProfileDialog(const RegistryProfile& profile, bool hasPassword, QWidget* parent = nullptr);
    ~RegistryProfileDialog() override;

    RegistryProfile profile() const;
    // Empty when unchanged (editing without typing a new password).
    QByteArray password() const;

    void accept() override;
    // For tests and screenshots: the text the last test left.
    QString testResult() const;
    void runTest();

Q_SIGNALS:
    void testFinished();

private:
    void pickFile(QLineEdit* target, const QString& title);
    void updateHttpWarning();
    // Save stays disabled until the required fields hold something.
    void updateSaveButton();
    // A missing field, named as the form names it; empty when none is missing.
    QString formProblem() const;
    void showTestResult(const QString& text, bool ok);

    std::unique_ptr<Ui::RegistryProfileDialog> m_ui;
    bool m_editing = false;
    bool m_testing = false;
};

} // namespace kw::gui
