// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Time.h"
#include "store/Workspace.h"

#include <memory>

class QTemporaryDir;

namespace kw {
class Inventory;
}

namespace kw::gui {

// One open workspace and the Inventory acting on it as the configured administrator. A demo
// session also owns the temporary folder its workspace lives in, removed when it closes.
class Session final
{
    Q_DISABLE_COPY_MOVE(Session)

public:
    static Result<std::unique_ptr<Session>> open(const QString& path,
                                                 Workspace::OpenMode mode = Workspace::OpenMode::OpenOrCreate,
                                                 Clock clock = systemClock());
    // A fresh demo workspace in a temporary folder (see populateDemo).
    static Result<std::unique_ptr<Session>> openDemo(Clock clock = systemClock());
    ~Session();

    Workspace& workspace() { return *m_workspace; }
    Inventory& inventory() { return *m_inventory; }
    QString path() const { return m_workspace->path(); }
    bool isDemo() const { return m_demoDir != nullptr; }

private:
    Session(std::unique_ptr<Workspace> workspace, const Clock& clock);
    static Result<void> importDemoUsage(Session& session, const QString& dir, const QDateTime& now);

    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;
};

} // namespace kw::gui
