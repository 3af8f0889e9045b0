// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyTableModel.h"

#include "core/Lifecycle.h"
#include "gui/common/Format.h"
#include "gui/common/Icons.h"
#include "gui/keys/KeyRows.h"
#include "store/Inventory.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace kw::gui {

namespace {

// Never-expires sorts after every date; never-used before every date.
constexpr std::size_t Headroom = 4096;

qint64 expiryOrder(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

qint64 timeOrder(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

template<typename T>
int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

KeyTableModel::KeyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{}

KeyTableModel::~KeyTableModel() = default;

Result<void> KeyTableModel::load(Inventory& inventory, const Project& project)
{
    Result<std::deque<KeyRow>> rows = readKeyRows(inventory.workspace(), project, inventory.now());
    if (!rows) {
        return rows.error();
    }
    beginResetModel();
    m_projectId = project.id;
    m_reminderDays = project.policy.reminderDays;
    m_rows = std::move(rows.value());
    m_ids.build(m_rows, Headroom);
    m_search.clear();
    m_search.reserve(qsizetype(m_rows.size()) * 64);
    m_spans.assign(m_rows.size(), Span());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        setSearchText(i);
    }
    m_search.reserve(m_search.size() + 64 * 1024); // room for the keys issued in this session
    m_accepted.assign(m_rows.size(), 0);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_accepted[i] = passes(i);
    }
    m_order.resize(m_rows.size());
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        m_order[i] = int(i);
    }
    // Room for the keys of this session, so the first issue does not reallocate 100,000 entries.
    m_order.reserve(m_order.size() + Headroom);
    m_spans.reserve(m_spans.size() + Headroom);
    m_accepted.reserve(m_accepted.size() + Headroom);
    sortOrder();
    endResetModel();
    return {};
}

void KeyTableModel::setSearchText(std::size_t i)
{
    const auto offset = quint32(m_search.size());
    appendSearchText(m_search, m_rows[i]);
    m_spans[i] = Span{offset, quint32(m_search.size()) - offset};
}

std::string_view KeyTableModel::searchText(std::size_t i) const
{
    return {m_search.constData() + m_spans[i].offset, m_spans[i].length};
}

bool KeyTableModel::passes(std::size_t i) const
{
    const KeyRow& r = m_rows[i];
    if ((m_filter.state && r.state != *m_filter.state) || (m_filter.env && r.env != *m_filter.env)) {
        return false;
    }
    // UTF-8 is self-synchronising, so a byte match is a character match; find() runs on memchr.
    return m_filter.text.isEmpty() ||
           searchText(i).find(std::string_view(m_filter.text.constData(),
                                               std::size_t(m_filter.text.size()))) != std::string_view::npos;
}

void KeyTableModel::setFilter(const KeyRowFilter& filter)
{
    m_filter = filter;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_accepted[i] = passes(i);
    }
}

void KeyTableModel::clear()
{
    beginResetModel();
    m_projectId.clear();
    m_rows.clear();
    m_order.clear();
    m_ids.clear();
    m_search.clear();
    m_spans.clear();
    m_accepted.clear();
    endResetModel();
}

int KeyTableModel::rowOf(const QString& keyId) const
{
    const int stored = m_ids.find(m_rows, keyId);
    if (stored < 0) {
        return -1;
    }
    const auto pos = std::find(m_order.begin(), m_order.end(), stored);
    return pos == m_order.end() ? -1 : int(pos - m_order.begin());
}

void KeyTableModel::upsert(const KeyRecord& key, KeyState state)
{
    if (key.projectId != m_projectId) {
        return;
    }
    if (const int row = rowOf(key.id); row >= 0) {
        const auto stored = std::size_t(m_order[std::size_t(row)]);
        m_rows[stored] = keyRowOf(key, state);
        setSearchText(stored); // the old text stays behind in the buffer: edits are rare
        m_accepted[stored] = passes(stored);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int stored = int(m_rows.size());
    m_rows.push_back(keyRowOf(key, state));
    m_spans.emplace_back();
    setSearchText(std::size_t(stored));
    m_accepted.push_back(passes(std::size_t(stored)));
    m_ids.add(m_rows, stored);
    auto at = m_order.end();
    if (m_sortColumn >= 0) {
        at = std::upper_bound(m_order.begin(), m_order.end(), stored,
                              [this](int a, int b) { return lessThan(a, b); });
    }
    const int row = int(at - m_order.begin());
    beginInsertRows({}, row, row);
    m_order.insert(at, stored);
    endInsertRows();
}

void KeyTableModel::refreshStates(const QDateTime& now)
{
    KeyRecord probe;
    bool changed = false;
    for (KeyRow& r : m_rows) {
        probe.status = r.status;
        probe.expiresAt = r.expiresAt;
        probe.graceUntil = r.graceUntil;
        const KeyState state = deriveState(probe, now, m_reminderDays);
        changed = changed || state != r.state;
        r.state = state;
    }
    if (changed) {
        setFilter(m_filter); // a state filter may now pass other rows
    }
    if (changed && !m_order.empty()) {
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State));
    }
}

int KeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int KeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::display(const KeyRow& r, int column) const
{
    switch (column) {
    case Name:
        return r.name;
    case Hint:
        return r.hint;
    case Environment:
        return envName(r.env).toString();
    case State:
        return stateLabel(r.state);
    // An empty list is no restriction at the gateways, never "none".
    case Scopes:
        return r.scopes.isEmpty() ? tr("any scope") : r.scopes;
    case Models:
        return r.models.isEmpty() ? tr("any model") : r.models;
    case Tier:
        return r.tier;
    case Owner:
        return r.owner;
    case Created:
        return dateText(r.createdAt);
    case Expires:
        return expiryText(r.expiresAt);
    case LastUsed:
        return r.lastUsedAt.isValid() ? dateTimeText(r.lastUsedAt) : tr("never seen");
    }
    return {};
}

QString KeyTableModel::toolTip(const KeyRow& r, int column) const
{
    switch (column) {
    case State:
        switch (r.state) {
        case KeyState::Revoked:
            return tr("Revoked on %1").arg(dateTimeText(r.revokedAt));
        case KeyState::InGrace:
            return tr("Rotated; still accepted until %1").arg(dateTimeText(r.graceUntil));
        case KeyState::Expiring:
            return tr("Expires on %1, within the project's reminder window").arg(dateTimeText(r.expiresAt));
        case KeyState::Expired:
            return r.graceUntil.isValid() && (!r.expiresAt.isValid() || r.graceUntil < r.expiresAt)
                       ? tr("Rotated; its grace period ended on %1").arg(dateTimeText(r.graceUntil))
                       : tr("Expired on %1").arg(dateTimeText(r.expiresAt));
        case KeyState::Active:
            return r.expiresAt.isValid() ? tr("Valid until %1").arg(dateTimeText(r.expiresAt))
                                         : tr("Valid, never expires");
        }
        return {};
    case Scopes:
        return r.scopes.isEmpty() ? tr("Any scope: the gateways put no restriction on scopes") : r.scopes;
    case Models:
        return r.models.isEmpty() ? tr("Any model: the gateways put no restriction on models") : r.models;
    case Hint:
        return tr("Key id %1").arg(r.id);
    default:
        return display(r, column).toString();
    }
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const KeyRow& r = keyRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && m_pendingKeys.contains(r.id)) {
            return tr("Changed here, not yet pushed to the registry: the gateways do not know yet");
        }
        return toolTip(r, index.column());
    case Qt::DecorationRole:
        if (index.column() == Name && m_pendingKeys.contains(r.id)) {
            return icon(Icon::Registry, QGuiApplication::palette());
        }
        return {};
    case Qt::FontRole:
        return index.column() == Hint ? QVariant(m_fixedFont) : QVariant();
    case Qt::ForegroundRole:
        // Keys that no longer open anything recede; the state badge keeps its colour.
        if (r.state == KeyState::Revoked || r.state == KeyState::Expired) {
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        }
        return {};
    case KeyIdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    default:
        return {};
    }
}

void KeyTableModel::setPendingKeys(const QSet<QString>& keyIds)
{
    m_pendingKeys = keyIds;
    if (!m_order.empty()) {
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name),
                           {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        static const char* const titles[] = {
            QT_TR_NOOP("Name"),    QT_TR_NOOP("Hint"),    QT_TR_NOOP("Env"),      QT_TR_NOOP("State"),
            QT_TR_NOOP("Scopes"),  QT_TR_NOOP("Models"),  QT_TR_NOOP("Tier"),     QT_TR_NOOP("Owner"),
            QT_TR_NOOP("Created"), QT_TR_NOOP("Expires"), QT_TR_NOOP("Last used")};
        return tr(titles[section]);
    }
    if (role == Qt::ToolTipRole && section == Hint) {
        return tr("The key's prefix, environment and first characters: enough to recognise it, never "
                  "enough to use it");
    }
    return {};
}

namespace {

// The n-th field of a search text: the lower-cased name (0), hint (1) or owner (2).
QByteArray searchField(std::string_view text, int n)
{
    std::size_t from = 0;
    for (int i = 0; i < n; ++i) {
        from = text.find(SearchSeparator, from) + 1;
    }
    const std::size_t to = text.find(SearchSeparator, from);
    const std::string_view field =
        text.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from);
    return QByteArray(field.data(), qsizetype(field.size()));
}

} // namespace

QByteArray KeyTableModel::sortKey(std::size_t stored) const
{
    const KeyRow& r = m_rows[stored];
    switch (m_sortColumn) {
    case Name:
        return searchField(searchText(stored), 0);
    case Hint:
        return r.hint.toUtf8(); // case matters in base62
    case Owner:
        return searchField(searchText(stored), 2);
    case Scopes:
        return r.scopes.toLower().toUtf8();
    case Models:
        return r.models.toLower().toUtf8();
    case Tier:
        return r.tier.toUtf8();
    default:
        return {};
    }
}

bool KeyTableModel::isTextColumn(int column)
{
    return column == Name || column == Hint || column == Owner || column == Scopes || column == Models ||
           column == Tier;
}

// Text columns compare the rows' sort keys, the others their values; equal rows keep issue order.
int KeyTableModel::compare(const KeyRow& a, const KeyRow& b, const QByteArray& keyA,
                           const QByteArray& keyB) const
{
    int c = 0;
    switch (m_sortColumn) {
    case Environment:
        c = compareValues(int(a.env), int(b.env));
        break;
    case State:
        c = compareValues(int(a.state), int(b.state));
        break;
    case Expires:
        c = compareValues(expiryOrder(a.expiresAt), expiryOrder(b.expiresAt));
        break;
    case LastUsed:
        c = compareValues(timeOrder(a.lastUsedAt), timeOrder(b.lastUsedAt));
        break;
    default:
        c = isTextColumn(m_sortColumn) ? compareValues(keyA, keyB) : 0;
    }
    if (c == 0) {
        c = compareValues(timeOrder(a.createdAt), timeOrder(b.createdAt));
    }
    return m_sortOrder == Qt::AscendingOrder ? c : -c;
}

bool KeyTableModel::lessThan(int a, int b) const
{
    const auto ia = std::size_t(a);
    const auto ib = std::size_t(b);
    const bool text = isTextColumn(m_sortColumn);
    return compare(m_rows[ia], m_rows[ib], text ? sortKey(ia) : QByteArray(),
                   text ? sortKey(ib) : QByteArray()) < 0;
}

void KeyTableModel::sortOrder()
{
    if (m_sortColumn < 0) {
        std::sort(m_order.begin(), m_order.end());
        return;
    }
    // Text keys are made once per sort, not once per comparison: 100,000 rows take some 1.7 million.
    std::vector<QByteArray> keys(isTextColumn(m_sortColumn) ? m_rows.size() : 0);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        keys[i] = sortKey(i);
    }
    static const QByteArray none;
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const auto ia = std::size_t(a);
        const auto ib = std::size_t(b);
        return compare(m_rows[ia], m_rows[ib], keys.empty() ? none : keys[ia],
                       keys.empty() ? none : keys[ib]) < 0;
    });
}

void KeyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> storedOf;
    storedOf.reserve(std::size_t(before.size()));
    for (const QModelIndex& i : before) {
        storedOf.push_back(m_order[std::size_t(i.row())]);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrder();
    std::vector<int> rowOfStored(m_rows.size());
    for (std::size_t row = 0; row < m_order.size(); ++row) {
        rowOfStored[std::size_t(m_order[row])] = int(row);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(index(rowOfStored[std::size_t(storedOf[std::size_t(i)])], before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace kw::gui
