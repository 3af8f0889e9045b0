// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/audit/AuditTableModel.h"

#include "gui/audit/AuditFormat.h"
#include "gui/common/Format.h"

namespace kw::gui {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setEvents(QList<AuditEvent> events, QHash<QString, QString> projectNames)
{
    beginResetModel();
    m_events = std::move(events);
    m_projectNames = std::move(projectNames);
    m_summaries.clear();
    m_summaries.reserve(m_events.size());
    for (const AuditEvent& e : std::as_const(m_events)) {
        m_summaries.append(auditSummary(e));
    }
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::display(int row, int column) const
{
    const AuditEvent& e = m_events.at(row);
    switch (column) {
    case Seq:
        return e.seq;
    case Time:
        return dateTimeText(e.at);
    case Actor:
        return e.actor;
    case Action:
        return actionLabel(e.action);
    case Project:
        return m_projectNames.value(e.projectId, e.projectId);
    case Key: {
        const QString hint = e.details.value(QLatin1String("key_hint")).toString();
        return hint.isEmpty() ? e.keyId : hint;
    }
    case Details:
        return m_summaries.at(row);
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEvent& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Action) {
            return e.action;
        }
        if (index.column() == Key) {
            return e.keyId;
        }
        if (index.column() == Details) {
            return auditRawText(e);
        }
        return display(index.row(), index.column());
    case SortRole:
        if (index.column() == Seq || index.column() == Time) {
            return e.seq;
        }
        return display(index.row(), index.column());
    case KeyIdRole:
        return e.keyId;
    case SeqRole:
        return e.seq;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static const char* const titles[] = {QT_TR_NOOP("#"),      QT_TR_NOOP("Time"),    QT_TR_NOOP("Actor"),
                                         QT_TR_NOOP("Action"), QT_TR_NOOP("Project"), QT_TR_NOOP("Key"),
                                         QT_TR_NOOP("Details")};
    return tr(titles[section]);
}

} // namespace kw::gui
