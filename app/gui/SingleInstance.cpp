// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalSocket>
#include <QTextStream>
#include <unistd.h>

namespace kw::gui {

namespace {

// A console may be busy with a modal dialog when a launch arrives; the launch waits that long.
constexpr int ReplyTimeoutMs = 120'000;
constexpr int ConnectTimeoutMs = 2'000;

// In the user's runtime folder (only the user can enter it); else a name in the temporary folder
// that carries the user id, restricted to the user by the socket's mode.
QString socketName()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir().mkpath(runtime + QStringLiteral("/keyward"))) {
        return runtime + QStringLiteral("/keyward/console");
    }
    return QStringLiteral("keyward-console-%1").arg(getuid());
}

// One line each way, UTF-8: "<kind>\t<path>\n" in, "ok\n" or "error\t<message>\n" back.
QByteArray encode(const LaunchRequest& request)
{
    const char* kind = request.kind == LaunchRequest::Kind::Open           ? "open"
                       : request.kind == LaunchRequest::Kind::NewWorkspace ? "new"
                                                                           : "show";
    return QByteArray(kind) + '\t' + request.path.toUtf8() + '\n';
}

std::optional<LaunchRequest> decode(const QByteArray& line)
{
    const qsizetype tab = line.indexOf('\t');
    if (tab < 0) {
        return std::nullopt;
    }
    const QByteArray kind = line.left(tab);
    LaunchRequest request;
    request.path = QString::fromUtf8(line.mid(tab + 1).trimmed());
    if (kind == "open" && QDir::isAbsolutePath(request.path)) {
        request.kind = LaunchRequest::Kind::Open;
    } else if (kind == "new") {
        request.kind = LaunchRequest::Kind::NewWorkspace;
    } else if (kind != "show") {
        return std::nullopt;
    }
    return request;
}

} // namespace

std::optional<int> handToRunningConsole(const LaunchRequest& request)
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(ConnectTimeoutMs)) {
        return std::nullopt;
    }
    socket.write(encode(request));
    QByteArray reply;
    while (!reply.endsWith('\n') && socket.waitForReadyRead(ReplyTimeoutMs)) {
        reply += socket.readAll();
    }
    QTextStream err(stderr);
    if (reply.startsWith("ok")) {
        return 0;
    }
    if (reply.startsWith("error\t")) {
        err << "keyward: " << QString::fromUtf8(reply.mid(6).trimmed()) << Qt::endl;
    } else {
        err << "keyward: " << QCoreApplication::translate("kw::gui", "the running console did not answer.")
            << Qt::endl;
    }
    return 1;
}

InstanceServer::InstanceServer(Handler handle, QObject* parent)
    : QObject(parent)
    , m_handle(std::move(handle))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &InstanceServer::onConnection);
}

InstanceServer::~InstanceServer() = default;

bool InstanceServer::listen()
{
    const QString name = socketName();
    if (m_server.listen(name)) {
        return true;
    }
    // A socket left by a console that crashed answers no one: take its name over.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(ConnectTimeoutMs)) {
        return false;
    }
    QLocalServer::removeServer(name);
    return m_server.listen(name);
}

void InstanceServer::onConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 64 * 1024) {
                    socket->abort(); // not a launch: a path is never that long
                }
                return;
            }
            const std::optional<LaunchRequest> request = decode(socket->readLine());
            const QString error =
                request ? m_handle(*request) : QCoreApplication::translate("kw::gui", "unknown request.");
            socket->write(error.isEmpty() ? QByteArray("ok\n")
                                          : "error\t" + error.simplified().toUtf8() + '\n');
            socket->disconnectFromServer();
        });
    }
}

} // namespace kw::gui
