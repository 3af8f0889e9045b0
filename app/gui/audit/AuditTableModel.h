// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kw::gui {

// A page of the audit trail, as read with AuditLog::list.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column
    {
        Seq,
        Time,
        Actor,
        Action,
        Project,
        Key,
        Details,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        KeyIdRole,
        SeqRole,
    };

    explicit AuditTableModel(QObject* parent = nullptr);
    ~AuditTableModel() override;

    // projectNames: id -> name, to show names rather than ids.
    void setEvents(QList<AuditEvent> events, QHash<QString, QString> projectNames);
    const AuditEvent& event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;

    QList<AuditEvent> m_events;
    QStringList m_summaries; // computed once per load, not per paint
    QHash<QString, QString> m_projectNames;
};

} // namespace kw::gui
