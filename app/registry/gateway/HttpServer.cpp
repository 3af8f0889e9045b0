// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/gateway/HttpServer.h"

#include "core/Tr.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_set>

namespace kw::gateway {

namespace {

// Larger headers are refused (431) and the connection closed: bounded memory per connection.
constexpr std::size_t MaxHead = 16 * 1024;
// A body is read and dropped; a larger one is refused (413): the gateway never needs it.
constexpr std::size_t MaxBody = 64 * 1024;
constexpr std::size_t ReadChunk = 16 * 1024;

struct Connection
{
    int fd = -1;
    std::string in;
    std::string out;
    std::size_t sent = 0;
    bool closeAfter = false; // close once out is written
    bool writing = false;    // EPOLLOUT is armed
};

bool equalsAscii(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
        };
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

// Parses the head (request line and headers, without the final CRLF CRLF); false if malformed.
bool parseHead(std::string_view head, HttpRequest& request, bool* http10)
{
    std::size_t lineEnd = head.find("\r\n");
    const std::string_view line = head.substr(0, lineEnd);
    const std::size_t sp1 = line.find(' ');
    const std::size_t sp2 = line.rfind(' ');
    if (sp1 == std::string_view::npos || sp2 == sp1) {
        return false;
    }
    request.method = line.substr(0, sp1);
    request.target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = line.substr(sp2 + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return false;
    }
    *http10 = version == "HTTP/1.0";
    request.headers.clear();
    while (lineEnd != std::string_view::npos) {
        const std::size_t start = lineEnd + 2;
        lineEnd = head.find("\r\n", start);
        const std::string_view h =
            head.substr(start, lineEnd == std::string_view::npos ? lineEnd : lineEnd - start);
        const std::size_t colon = h.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            return false;
        }
        request.headers.emplace_back(h.substr(0, colon), trimmed(h.substr(colon + 1)));
    }
    return true;
}

bool parseLength(std::string_view text, std::size_t* out)
{
    if (text.empty() || text.size() > 12) {
        return false;
    }
    std::size_t v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        v = v * 10 + std::size_t(c - '0');
    }
    *out = v;
    return true;
}

// Writes what is pending; false when the connection is to be closed.
bool flush(Connection& c, int epollFd)
{
    while (c.sent < c.out.size()) {
        const ssize_t n = ::send(c.fd, c.out.data() + c.sent, c.out.size() - c.sent, MSG_NOSIGNAL);
        if (n > 0) {
            c.sent += std::size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && errno == EAGAIN) {
            if (!c.writing) {
                epoll_event ev{EPOLLIN | EPOLLOUT | EPOLLRDHUP, {.ptr = &c}};
                epoll_ctl(epollFd, EPOLL_CTL_MOD, c.fd, &ev);
                c.writing = true;
            }
            return true;
        }
        return false;
    }
    c.out.clear();
    c.sent = 0;
    if (c.writing) {
        epoll_event ev{EPOLLIN | EPOLLRDHUP, {.ptr = &c}};
        epoll_ctl(epollFd, EPOLL_CTL_MOD, c.fd, &ev);
        c.writing = false;
    }
    return !c.closeAfter;
}

} // namespace

std::string_view HttpRequest::header(std::string_view name) const
{
    for (const auto& [n, v] : headers) {
        if (equalsAscii(n, name)) {
            return v;
        }
    }
    return {};
}

std::string_view HttpServer::statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK\r\n";
    case 204:
        return "HTTP/1.1 204 No Content\r\n";
    case 400:
        return "HTTP/1.1 400 Bad Request\r\n";
    case 401:
        return "HTTP/1.1 401 Unauthorized\r\n";
    case 403:
        return "HTTP/1.1 403 Forbidden\r\n";
    case 404:
        return "HTTP/1.1 404 Not Found\r\n";
    case 413:
        return "HTTP/1.1 413 Payload Too Large\r\n";
    case 431:
        return "HTTP/1.1 431 Request Header Fields Too Large\r\n";
    case 501:
        return "HTTP/1.1 501 Not Implemented\r\n";
    case 503:
        return "HTTP/1.1 503 Service Unavailable\r\n";
    default:
        return "HTTP/1.1 500 Internal Server Error\r\n";
    }
}

HttpServer::HttpServer(HandlerFactory factory)
    : m_factory(std::move(factory))
{}

HttpServer::~HttpServer()
{
    stop();
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
    }
}

Result<void> HttpServer::listen(const QString& hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt(&portOk) : 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    if (colon <= 0 || !portOk || port < 0 || port > 65535 ||
        inet_pton(AF_INET, hostPort.left(colon).toLatin1().constData(), &address.sin_addr) != 1) {
        return makeError(
            ErrorCode::Invalid,
            tr("--listen takes an IPv4 address and a port, e.g. 127.0.0.1:9181, not '%1'.").arg(hostPort));
    }
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listenFd, 1024) != 0) {
        return makeError(
            ErrorCode::External,
            tr("cannot listen on %1: %2").arg(hostPort, QString::fromLocal8Bit(std::strerror(errno))));
    }
    socklen_t length = sizeof address;
    getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    return {};
}

Result<void> HttpServer::start(int threads)
{
    m_stopFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    for (int i = 0; i < threads; ++i) {
        const int epollFd = epoll_create1(EPOLL_CLOEXEC);
        // EPOLLEXCLUSIVE: one worker wakes per new connection, not all of them.
        epoll_event listenEvent{EPOLLIN | EPOLLEXCLUSIVE, {.ptr = &m_listenFd}};
        epoll_event stopEvent{EPOLLIN, {.ptr = &m_stopFd}};
        if (epollFd < 0 || epoll_ctl(epollFd, EPOLL_CTL_ADD, m_listenFd, &listenEvent) != 0 ||
            epoll_ctl(epollFd, EPOLL_CTL_ADD, m_stopFd, &stopEvent) != 0) {
            return makeError(
                ErrorCode::External,
                tr("cannot start the HTTP workers: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        m_epollFds.push_back(epollFd);
        m_threads.emplace_back([this, epollFd] { work(epollFd); });
    }
    return {};
}

void HttpServer::stop()
{
    if (m_stopFd >= 0) {
        const std::uint64_t one = 1;
        (void)!::write(m_stopFd, &one, sizeof one);
    }
    for (std::thread& t : m_threads) {
        t.join();
    }
    m_threads.clear();
    for (int fd : m_epollFds) {
        ::close(fd);
    }
    m_epollFds.clear();
    if (m_stopFd >= 0) {
        ::close(m_stopFd);
        m_stopFd = -1;
    }
}

void HttpServer::work(int epollFd)
{
    const Handler handler = m_factory();
    std::unordered_set<Connection*> connections;
    const auto drop = [&](Connection* c) {
        ::close(c->fd); // also removes it from the epoll set
        connections.erase(c);
        delete c;
    };
    HttpRequest request;
    std::string headers;
    std::string body;
    char chunk[ReadChunk];
    epoll_event events[64];
    for (;;) {
        const int n = epoll_wait(epollFd, events, 64, -1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        for (int i = 0; i < n; ++i) {
            void* tag = events[i].data.ptr;
            if (tag == &m_stopFd) {
                for (Connection* c : connections) {
                    ::close(c->fd);
                    delete c;
                }
                return;
            }
            if (tag == &m_listenFd) {
                for (;;) {
                    const int fd = accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                    if (fd < 0) {
                        break; // EAGAIN: another worker took it, or nothing left
                    }
                    const int one = 1;
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    auto* c = new Connection{fd, {}, {}, 0, false, false};
                    epoll_event ev{EPOLLIN | EPOLLRDHUP, {.ptr = c}};
                    epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &ev);
                    connections.insert(c);
                }
                continue;
            }
            auto* c = static_cast<Connection*>(tag);
            if (events[i].events & EPOLLERR) {
                drop(c);
                continue;
            }
            if (events[i].events & EPOLLOUT) {
                if (!flush(*c, epollFd)) {
                    drop(c);
                    continue;
                }
            }
            if (!(events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP))) {
                continue;
            }
            bool peerClosed = false;
            for (;;) {
                const ssize_t got = ::read(c->fd, chunk, sizeof chunk);
                if (got > 0) {
                    c->in.append(chunk, std::size_t(got));
                    if (std::size_t(got) < sizeof chunk) {
                        break;
                    }
                    continue;
                }
                if (got < 0 && errno == EINTR) {
                    continue;
                }
                peerClosed = got == 0 || errno != EAGAIN;
                break;
            }
            // Every complete request in the buffer, in order (pipelining).
            std::size_t pos = 0;
            while (!c->closeAfter) {
                const std::string_view rest(c->in.data() + pos, c->in.size() - pos);
                const std::size_t headEnd = rest.find("\r\n\r\n");
                int status = 0;
                bool http10 = false;
                std::size_t total = 0;
                if (headEnd == std::string_view::npos && rest.size() <= MaxHead) {
                    break; // wait for the rest
                }
                if (headEnd == std::string_view::npos || headEnd > MaxHead) {
                    status = 431; // also when the whole head arrived in one read
                } else if (!parseHead(rest.substr(0, headEnd), request, &http10)) {
                    status = 400;
                } else {
                    std::size_t length = 0;
                    const std::string_view lengthText = request.header("Content-Length");
                    if (!request.header("Transfer-Encoding").empty()) {
                        status = 501;
                    } else if (!lengthText.empty() && !parseLength(lengthText, &length)) {
                        status = 400;
                    } else if (length > MaxBody) {
                        status = 413;
                    } else if (rest.size() < headEnd + 4 + length) {
                        break; // the body is still coming
                    }
                    total = headEnd + 4 + length;
                }
                headers.clear();
                body.clear();
                if (status == 0) {
                    status = handler(request, headers, body);
                    const std::string_view connection = request.header("Connection");
                    c->closeAfter =
                        http10 ? !equalsAscii(connection, "keep-alive") : equalsAscii(connection, "close");
                } else {
                    c->closeAfter = true; // the stream cannot be trusted past a bad request
                }
                c->out += statusLine(status);
                c->out += headers;
                if (c->closeAfter) {
                    c->out += "Connection: close\r\n";
                }
                if (status != 204) {
                    c->out += "Content-Length: ";
                    c->out += std::to_string(body.size());
                    c->out += "\r\n";
                }
                c->out += "\r\n";
                c->out += body;
                pos += total;
            }
            c->in.erase(0, pos);
            if (peerClosed) {
                c->closeAfter = true;
            }
            if (!flush(*c, epollFd)) {
                drop(c);
            }
        }
    }
}

} // namespace kw::gateway
