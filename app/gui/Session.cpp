// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Session.h"

#include "store/Demo.h"
#include "store/Inventory.h"
#include "store/KeyViews.h"
#include "usage/import/DemoLog.h"
#include "usage/import/ImportJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace kw::gui {

Session::Session(std::unique_ptr<Workspace> workspace, const Clock& clock)
    : m_workspace(std::move(workspace))
    , m_inventory(std::make_unique<Inventory>(*m_workspace, resolveActor(), clock))
{}

Session::~Session()
{
    // The Inventory refers to the workspace, and the workspace file to the folder.
    m_inventory.reset();
    m_workspace.reset();
}

Result<std::unique_ptr<Session>> Session::open(const QString& path, Workspace::OpenMode mode, Clock clock)
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, mode);
    if (!ws) {
        return ws.error();
    }
    return std::unique_ptr<Session>(new Session(std::move(ws.value()), clock));
}

// Two weeks of chat-api's gateway log, written and imported as an administrator would, so the demo's
// Usage tab has something to show.
Result<void> Session::importDemoUsage(Session& session, const QString& dir, const QDateTime& now)
{
    Result<Project> chat = session.inventory().project(QStringLiteral("chat-api"));
    if (!chat) {
        return chat.error();
    }
    // populateDemo makes up recent sightings for every project; for this one the log decides.
    if (Result<void> reset = keyviews::clearLastUsed(session.workspace(), chat->id); !reset) {
        return reset.error();
    }
    const QString log = QDir(dir).filePath(QStringLiteral("chat-api-access.log"));
    if (Result<qint64> written = writeDemoLog(session.workspace(), chat->id, now, 14, log); !written) {
        return written.error();
    }
    ImportOptions options;
    options.projectId = chat->id;
    options.files = {log};
    options.actor = session.inventory().actor();
    Result<QList<FileSummary>> imported = ImportJob::runSync(session.path(), options);
    if (!imported) {
        return imported.error();
    }
    return {};
}

Result<std::unique_ptr<Session>> Session::openDemo(Clock clock)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        return makeError(
            ErrorCode::Storage,
            QCoreApplication::translate("kw::gui", "Cannot create a temporary folder for the demo: %1")
                .arg(dir->errorString()));
    }
    Result<std::unique_ptr<Session>> session =
        open(dir->filePath(QStringLiteral("demo.keyward")), Workspace::OpenMode::OpenOrCreate, clock);
    if (!session) {
        return session;
    }
    if (Result<DemoSummary> demo = populateDemo((*session)->workspace(), clock()); !demo) {
        return demo.error();
    }
    if (Result<void> usage = importDemoUsage(**session, dir->path(), clock()); !usage) {
        return usage.error();
    }
    (*session)->m_demoDir = std::move(dir);
    return session;
}

} // namespace kw::gui
