// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace kw::gateway {

// One parsed request. Views point into the connection's buffer: valid during the handler only.
struct HttpRequest
{
    std::string_view method;
    std::string_view target;
    std::vector<std::pair<std::string_view, std::string_view>> headers;
    // The value of the first header with this name (ASCII, any case), or empty.
    std::string_view header(std::string_view name) const;
};

// A small HTTP/1.1 server for requests without bodies worth reading (auth_request subrequests,
// ext_authz checks): keep-alive and pipelining, Content-Length bodies skipped, chunked bodies
// refused. Worker threads each run an epoll loop and share one listening socket
// (EPOLLEXCLUSIVE), so a connection stays on the thread that accepted it and nothing is shared
// between requests but what the handler shares.
class HttpServer final
{
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    // Answers one request: returns the status, appends header lines (each ending in CRLF) to
    // headers and the body to body. The server adds Content-Length and Connection.
    using Handler = std::function<int(const HttpRequest& request, std::string& headers, std::string& body)>;
    // Called once on each worker thread, so a handler may keep per-thread state without locks.
    using HandlerFactory = std::function<Handler()>;

    explicit HttpServer(HandlerFactory factory);
    ~HttpServer();

    // host:port, an IPv4 address; port 0 picks a free one (port() tells which).
    Result<void> listen(const QString& hostPort);
    int port() const { return m_port; }
    Result<void> start(int threads);
    void stop();

    // "HTTP/1.1 <status> <reason>\r\n" for the statuses the gateway answers with.
    static std::string_view statusLine(int status);

private:
    void work(int epollFd);

    HandlerFactory m_factory;
    int m_listenFd = -1;
    int m_port = 0;
    int m_stopFd = -1; // an eventfd every worker watches
    std::vector<int> m_epollFds;
    std::vector<std::thread> m_threads;
};

} // namespace kw::gateway
