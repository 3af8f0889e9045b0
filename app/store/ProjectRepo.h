// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QList>

namespace kw {

class Workspace;

// Rows of the projects table; no rules, no audit: Inventory owns those.
class ProjectRepo final
{
public:
    explicit ProjectRepo(Workspace& ws)
        : m_ws(ws)
    {}

    Result<QList<Project>> all();
    // By id, then by name.
    Result<Project> find(const QString& nameOrId);
    Result<void> insert(const Project& project);
    Result<void> update(const Project& project);

private:
    Workspace& m_ws;
};

} // namespace kw
