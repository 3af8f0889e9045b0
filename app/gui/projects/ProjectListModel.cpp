// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projects/ProjectListModel.h"

#include "gui/common/Format.h"

#include <algorithm>

namespace kw::gui {

ProjectListModel::ProjectListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

ProjectListModel::~ProjectListModel() = default;

void ProjectListModel::setProjects(QList<Project> projects)
{
    std::sort(projects.begin(), projects.end(),
              [](const Project& a, const Project& b) { return a.name < b.name; });
    beginResetModel();
    m_projects = std::move(projects);
    endResetModel();
}

void ProjectListModel::setCounts(const QHash<QString, StateCounts>& counts)
{
    m_counts = counts;
    if (!m_projects.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {CountsRole, Qt::ToolTipRole});
    }
}

int ProjectListModel::rowOf(const QString& projectId) const
{
    for (int i = 0; i < m_projects.size(); ++i) {
        if (m_projects.at(i).id == projectId) {
            return i;
        }
    }
    return -1;
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Project& p = m_projects.at(index.row());
    const StateCounts c = m_counts.value(p.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.name;
    case Qt::ToolTipRole: {
        QStringList lines{p.description.isEmpty() ? p.name : p.name + QStringLiteral(" — ") + p.description};
        for (int s = 0; s < int(c.byState.size()); ++s) {
            if (c.byState[std::size_t(s)] > 0) {
                lines.append(
                    QStringLiteral("%1 %2").arg(c.byState[std::size_t(s)]).arg(stateLabel(KeyState(s))));
            }
        }
        if (c.total() == 0) {
            lines.append(tr("No keys yet"));
        }
        return lines.join(u'\n');
    }
    case Qt::AccessibleDescriptionRole:
        return counted(c.total(), tr("1 key"), tr("%1 keys"));
    case ProjectIdRole:
        return p.id;
    case CountsRole: {
        QVariantList list;
        for (const int n : c.byState) {
            list.append(n);
        }
        return list;
    }
    default:
        return {};
    }
}

} // namespace kw::gui
