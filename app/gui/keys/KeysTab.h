// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "store/KeyRepo.h"

#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class QSettings;
class QTableView;

namespace Ui {
class KeysTab;
}

namespace kw {
class Inventory;
}

namespace kw::gui {

class KeyFilterProxy;
struct KeyRow;
class KeyTableModel;

// The Keys tab: the filter bar, the keys of the current project and the detail pane.
class KeysTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysTab)

public:
    explicit KeysTab(QWidget* parent = nullptr);
    ~KeysTab() override;

    // nullptr: no workspace; the tab shows nothing until a project is shown.
    void setInventory(Inventory* inventory);
    // Loads the project's keys; nullptr shows the "create a project" state.
    Result<void> showProject(const Project* project);
    // Puts fresh copies of changed keys into the table and the detail pane.
    void applyChanges(const QList<KeyRecord>& keys);
    void refreshStates();
    // Keys with a change the registry has not received yet: marked in the table and the pane.
    void setPendingKeys(const QSet<QString>& keyIds);

    QStringList selectedKeyIds() const;
    // The table rows of the selected keys, in view order.
    QList<const KeyRow*> selectedRows() const;
    // The key the detail pane shows: exactly one selected.
    QString currentKeyId() const;
    // Selects and shows a key of this project, clearing filters that hide it.
    bool selectKey(const QString& keyId);
    void focusFilter();
    void setStateFilter(std::optional<KeyState> state);
    // The project and filters shown, for the inventory export.
    KeyFilter exportFilter() const;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    KeyTableModel* model() const { return m_model; }
    KeyFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const;

Q_SIGNALS:
    void selectionChanged();
    void issueRequested();
    void createProjectRequested();
    void editRequested();
    void contextMenuRequested(const QPoint& globalPos);
    void exportRequested();

private:
    void onSelectionChanged();
    void fitColumns();
    void syncSelection();
    void updateCount();
    void showEmptyState();
    void showDetail();

    std::unique_ptr<Ui::KeysTab> m_ui;
    KeyTableModel* m_model;
    KeyFilterProxy* m_proxy;
    Inventory* m_inventory = nullptr;
    std::optional<Project> m_project;
    QSet<QString> m_pendingKeys;
    QStringList m_shownIds; // the selection the pane and the actions were last told about
};

} // namespace kw::gui
