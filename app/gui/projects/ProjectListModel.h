// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "gui/keys/KeyCensus.h"

#include <QAbstractListModel>

namespace kw::gui {

// The projects of the workspace with their key counts per state, for the sidebar.
class ProjectListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)

public:
    enum Role
    {
        ProjectIdRole = Qt::UserRole + 1,
        CountsRole, // QVariantList of ints, indexed by KeyState
    };

    explicit ProjectListModel(QObject* parent = nullptr);
    ~ProjectListModel() override;

    void setProjects(QList<Project> projects);
    // Updates the counts in place; the rows stay (and so does the selection).
    void setCounts(const QHash<QString, StateCounts>& counts);

    const QList<Project>& projects() const { return m_projects; }
    const Project& project(int row) const { return m_projects.at(row); }
    int rowOf(const QString& projectId) const;
    StateCounts counts(const QString& projectId) const { return m_counts.value(projectId); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Project> m_projects;
    QHash<QString, StateCounts> m_counts;
};

} // namespace kw::gui
