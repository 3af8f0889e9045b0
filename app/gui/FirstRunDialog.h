// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace kw::gui {

// Shown when there is no default workspace yet: create it, open another file, or try a demo.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    enum class Choice
    {
        None,
        CreateDefault,
        OpenFile,
        OpenDemo
    };

    explicit FirstRunDialog(const QString& defaultPath, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Choice m_choice = Choice::None;
};

} // namespace kw::gui
