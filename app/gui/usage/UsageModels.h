// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/query/UsageQuery.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace kw::gui {

// Per-key totals over the Usage tab's range; unknown keys are one row.
class KeyUsageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyUsageModel)

public:
    enum Column
    {
        Name,
        Hint,
        FirstOutcome, // one column per Outcome, in enum order
        Total = FirstOutcome + OutcomeCount,
        LastSeen,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        KeyIdRole,
    };
    static int columnOf(Outcome outcome) { return FirstOutcome + int(outcome); }

    explicit KeyUsageModel(QObject* parent = nullptr);
    ~KeyUsageModel() override;

    void setKeys(std::vector<KeyUsage> keys);
    const KeyUsage& key(int row) const { return m_keys.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<KeyUsage> m_keys;
};

// "Top keys by" one outcome: only keys with requests of it, most first.
class TopKeysProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopKeysProxy)

public:
    explicit TopKeysProxy(QObject* parent = nullptr);
    ~TopKeysProxy() override;
    void setOutcome(Outcome outcome);
    Outcome outcome() const { return m_outcome; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Outcome m_outcome = Outcome::Invalid;
};

class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column
    {
        Kind,
        Where,
        Time,
        Key,
        Lines,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit FindingsModel(QObject* parent = nullptr);
    ~FindingsModel() override;

    void setFindings(std::vector<UsageFinding> findings);
    const UsageFinding& finding(int row) const { return m_findings.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<UsageFinding> m_findings;
};

} // namespace kw::gui
