// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace kw::gui {

// Scopes or models for a key. When the project's policy lists what is allowed, those are the
// checkable choices; when it allows anything, the administrator types entries in as well.
class ListPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPicker)

public:
    explicit ListPicker(QWidget* parent = nullptr);
    ~ListPicker() override;

    // allowed empty: free entry. placeholder: what the entry field suggests ("chat:read").
    void setChoices(const QStringList& allowed, const QString& placeholder);
    // Checks these; entries outside the allowed choices are added so they can be seen and unchecked.
    void setChecked(const QStringList& items);
    // The checked entries, plus whatever is typed in the entry field and not yet added.
    QStringList checked() const;
    // Checked entries the policy does not allow.
    QStringList checkedOutsideChoices() const;
    bool isFreeEntry() const { return m_allowed.isEmpty(); }
    // What an empty list means to the gateways ("any scope"): shown under the list while nothing
    // is checked, so an empty list never reads as "none".
    void setEmptyMeaning(const QString& text);
    QLabel* emptyNote() const { return m_emptyNote; }
    QLineEdit* entryField() const { return m_entry; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QListWidgetItem* addItem(const QString& text, bool checked);
    void addTyped();
    void fitHeight();
    void updateEmptyNote();

    QStringList m_allowed;
    QListWidget* m_list;
    QLineEdit* m_entry;
    QLabel* m_emptyNote;
};

} // namespace kw::gui
