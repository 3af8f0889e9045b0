// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Lifecycle.h"
#include "core/Types.h"

#include <QDialog>
#include <memory>

namespace Ui {
class IssueKeyDialog;
}

namespace kw::gui {

// Name, owner, environment and the key's settings within the project's policy. OK stays disabled
// until the request passes the same rules Inventory::prepareIssue applies.
class IssueKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueKeyDialog)

public:
    IssueKeyDialog(const Project& project, const QDateTime& now, QWidget* parent = nullptr);
    ~IssueKeyDialog() override;

    IssueRequest request() const;
    bool isAcceptable() const;

private:
    void validate();

    std::unique_ptr<Ui::IssueKeyDialog> m_ui;
    Project m_project;
    QDateTime m_now;
    bool m_nameTouched = false;
};

} // namespace kw::gui
