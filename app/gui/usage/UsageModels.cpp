// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/usage/UsageModels.h"

#include "gui/common/Format.h"
#include "gui/usage/UsageStyle.h"

#include <QFontDatabase>
#include <QLocale>

namespace kw::gui {

KeyUsageModel::KeyUsageModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

KeyUsageModel::~KeyUsageModel() = default;

void KeyUsageModel::setKeys(std::vector<KeyUsage> keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

int KeyUsageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyUsageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const KeyUsage& k = m_keys.at(std::size_t(index.row()));
    const int c = index.column();
    if (role == KeyIdRole) {
        return k.keyId;
    }
    const bool count = c >= FirstOutcome && c <= Total;
    const qint64 n = c == Total ? totalOf(k.counts) : count ? k.counts[std::size_t(c - FirstOutcome)] : 0;
    switch (role) {
    case Qt::DisplayRole:
        if (count) {
            return QLocale().toString(n);
        }
        if (c == Name) {
            return k.keyId.isEmpty() ? tr("(keys the inventory does not know)")
                                     : (k.name.isEmpty() ? k.keyId : k.name);
        }
        if (c == Hint) {
            return k.hint;
        }
        if (c == LastSeen) {
            return dateTimeText(minuteTime(k.lastMinute));
        }
        return {};
    case SortRole:
        if (count) {
            return n;
        }
        if (c == LastSeen) {
            return k.lastMinute;
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        return c == Hint ? QVariant(QFontDatabase::systemFont(QFontDatabase::FixedFont)) : QVariant();
    case Qt::ToolTipRole:
        return c == Name && !k.keyId.isEmpty() ? QVariant(k.keyId) : QVariant();
    default:
        return {};
    }
}

QVariant KeyUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstOutcome && section < Total) {
        return outcomeLabel(Outcome(section - FirstOutcome));
    }
    switch (section) {
    case Name:
        return tr("Key");
    case Hint:
        return tr("Hint");
    case Total:
        return tr("Total");
    case LastSeen:
        return tr("Last seen");
    default:
        return {};
    }
}

TopKeysProxy::TopKeysProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyUsageModel::SortRole);
    setDynamicSortFilter(true);
}

TopKeysProxy::~TopKeysProxy() = default;

void TopKeysProxy::setOutcome(Outcome outcome)
{
    m_outcome = outcome;
    invalidateFilter();
    sort(KeyUsageModel::columnOf(outcome), Qt::DescendingOrder);
}

bool TopKeysProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, KeyUsageModel::columnOf(m_outcome), sourceParent);
    return i.data(KeyUsageModel::SortRole).toLongLong() > 0;
}

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

FindingsModel::~FindingsModel() = default;

void FindingsModel::setFindings(std::vector<UsageFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const UsageFinding& f = m_findings.at(std::size_t(index.row()));
    const int c = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (c) {
        case Kind:
            return findingLabel(f.kind);
        case Where:
            return QStringLiteral("%1:%2").arg(f.filePath).arg(f.line);
        case Time:
            return role == SortRole ? QVariant(f.at.toMSecsSinceEpoch()) : QVariant(dateTimeText(f.at));
        case Key:
            return f.keyHint.isEmpty() ? (f.keyId.isEmpty() ? tr("—") : f.keyId) : f.keyHint;
        case Lines:
            return role == SortRole ? QVariant(f.count) : QVariant(QLocale().toString(f.count));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && c == Where) {
        return f.filePath;
    }
    if (role == Qt::TextAlignmentRole && c == Lines) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Kind:
        return tr("Finding");
    case Where:
        return tr("File:line");
    case Time:
        return tr("Time");
    case Key:
        return tr("Key");
    case Lines:
        return tr("Lines");
    default:
        return {};
    }
}

} // namespace kw::gui
