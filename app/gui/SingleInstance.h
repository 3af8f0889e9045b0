// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace kw::gui {

// What a launch of the console asks for: the console itself, a workspace file, or a new workspace.
struct LaunchRequest
{
    enum class Kind
    {
        Show,
        Open,
        NewWorkspace
    };
    Kind kind = Kind::Show;
    QString path; // absolute, for Open
};

// One console per user: a launch while a console runs hands its request to that console over a
// local socket private to the user ($XDG_RUNTIME_DIR/keyward/console), so no second process ever
// opens the same workspace unasked. Returns the exit code once the running console has answered
// (its error, if any, printed), or nothing when no console runs and this process is to be it.
std::optional<int> handToRunningConsole(const LaunchRequest& request);

// The running console's side: answers each launch with `handle`'s verdict (an error message, or
// empty when done).
class InstanceServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceServer)

public:
    using Handler = std::function<QString(const LaunchRequest&)>;
    explicit InstanceServer(Handler handle, QObject* parent = nullptr);
    ~InstanceServer() override;

    // False when another console took the name first or the socket cannot be made; this process
    // then runs on alone.
    bool listen();

private:
    void onConnection();

    QLocalServer m_server;
    Handler m_handle;
};

} // namespace kw::gui
