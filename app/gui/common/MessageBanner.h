// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace kw::gui {

// An inline message above the content, in the manner of KMessageWidget: no modal box to dismiss,
// so it can report a result (chain verified, keychain error) without interrupting the work.
class MessageBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget* parent = nullptr);
    ~MessageBanner() override;

    // Shows the banner with plain text; buttons added before are removed.
    void showMessage(Kind kind, const QString& text);
    // Adds a button to the shown message; the caller connects it.
    QPushButton* addButton(const QString& text);
    void dismiss();
    // The shown text; empty while the banner is hidden.

    Kind kind() const { return m_kind; }
    QString text() const;

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void applyColors();

    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
};

} // namespace kw::gui
