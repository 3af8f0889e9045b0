// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "gui/keys/KeyIdIndex.h"
#include "gui/keys/KeyRows.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QSet>
#include <deque>
#include <optional>
#include <string_view>
#include <vector>

namespace kw {
class Inventory;
}

namespace kw::gui {

// The keys of one project, built for 100,000 of them:
// - rows are stored once and never move; the view order is a separate index, so sorting and
//   inserting shuffle integers, not rows;
// - the search texts (lower-case UTF-8 of name, hint, owner and key id) lie back to back in one
//   buffer, so loading makes no allocation for them and a filter pass reads memory in order;
// - the model sorts itself and precomputes which rows pass the filter, so KeyFilterProxy's
//   filterAcceptsRow is two array lookups and the proxy never sorts.
class KeyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyTableModel)

public:
    enum Column
    {
        Name,
        Hint,
        Environment,
        State,
        Scopes,
        Models,
        Tier,
        Owner,
        Created,
        Expires,
        LastUsed,
        ColumnCount
    };
    enum Role
    {
        KeyIdRole = Qt::UserRole + 1,
        StateRole,
    };

    explicit KeyTableModel(QObject* parent = nullptr);
    ~KeyTableModel() override;

    // Loads every key of the project in one query, with the states at inventory.now().
    Result<void> load(Inventory& inventory, const Project& project);
    void clear();
    // Inserts a new key or replaces the row of a known one; keeps the current sort for inserts.
    void upsert(const KeyRecord& key, KeyState state);
    // Re-derives the states at a later time (the hourly reminder tick).
    void refreshStates(const QDateTime& now);

    // Keys whose last change has not reached the registry yet: an icon and a tooltip on their name.
    void setPendingKeys(const QSet<QString>& keyIds);

    // Marks the rows that pass; the proxy then only asks accepts().
    void setFilter(const KeyRowFilter& filter);
    bool accepts(int row) const { return m_accepted[std::size_t(m_order[std::size_t(row)])] != 0; }

    QString projectId() const { return m_projectId; }
    const KeyRow& keyRow(int row) const { return m_rows[m_order[std::size_t(row)]]; }
    // The view row of a key, -1 if it is not in this project.
    int rowOf(const QString& keyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // Orders m_order by the current sort column.
    void sortOrder();
    // Adds or replaces (at the end of the buffer) the search text of stored row i.
    void setSearchText(std::size_t i);
    std::string_view searchText(std::size_t i) const;
    bool passes(std::size_t i) const;
    static bool isTextColumn(int column);
    // Negative, zero or positive as a sorts before, with or after b in the current order.
    int compare(const KeyRow& a, const KeyRow& b, const QByteArray& keyA, const QByteArray& keyB) const;
    // Stored rows a and b in the current order.
    bool lessThan(int a, int b) const;
    // What stored row i sorts by in a text column: lower-case UTF-8 (the hint keeps its case).
    QByteArray sortKey(std::size_t stored) const;
    QVariant display(const KeyRow& row, int column) const;
    QString toolTip(const KeyRow& row, int column) const;

    QString m_projectId;
    int m_reminderDays = 14;
    std::deque<KeyRow> m_rows; // a deque: adding a row never moves the others
    std::vector<int> m_order;  // view row -> index in m_rows
    struct Span
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    QByteArray m_search;            // all search texts, see the class comment
    std::vector<Span> m_spans;      // per stored row: its text in m_search
    std::vector<quint8> m_accepted; // per stored row: passes m_filter
    KeyRowFilter m_filter;
    KeyIdIndex m_ids;
    int m_sortColumn = Created;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QFont m_fixedFont;
    QSet<QString> m_pendingKeys;
};

} // namespace kw::gui
