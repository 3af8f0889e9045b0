// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/gateway/GatewayService.h"

#include "registry/gateway/GatewayCopy.h"
#include "registry/gateway/KeyTable.h"

#include <chrono>

namespace kw::gateway {

namespace {

// "Bearer TOKEN" (scheme in any case) → TOKEN; anything else → empty.
std::string_view bearerToken(std::string_view value)
{
    constexpr std::string_view Scheme = "bearer ";
    if (value.size() <= Scheme.size()) {
        return {};
    }
    for (std::size_t i = 0; i < Scheme.size(); ++i) {
        const char c = value[i];
        if ((c >= 'A' && c <= 'Z' ? char(c + 32) : c) != Scheme[i]) {
            return {};
        }
    }
    value.remove_prefix(Scheme.size());
    while (!value.empty() && value.front() == ' ') {
        value.remove_prefix(1);
    }
    return value;
}

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int statusOf(Outcome outcome, int okStatus)
{
    switch (outcome) {
    case Outcome::Valid:
        return okStatus;
    case Outcome::Forbidden:
        return 403;
    default:
        return 401;
    }
}

} // namespace

std::string_view presentedKey(const HttpRequest& request, const GatewayOptions& options)
{
    if (!options.keyHeader.empty()) {
        const std::string_view value = request.header(options.keyHeader);
        if (!value.empty()) {
            const std::string_view token = bearerToken(value);
            return token.empty() ? value : token;
        }
    }
    return bearerToken(request.header("Authorization"));
}

HttpServer::Handler gatewayHandler(const GatewayCopy& copy, const GatewayOptions& options)
{
    // One reader per worker: it holds the table it last took and looks at a counter per request.
    auto reader = std::make_shared<GatewayCopy::Reader>(copy);
    return [reader, &copy, options](const HttpRequest& request, std::string& headers, std::string& body) {
        std::string_view path = request.target;
        path = path.substr(0, path.find('?'));
        if (path == HealthPath && request.method == "GET") {
            headers += "Content-Type: application/json\r\nCache-Control: no-store\r\n";
            body = copy.healthJson();
            body += '\n';
            return copy.ready() ? 200 : 503;
        }
        const KeyTable& table = reader->refresh();
        const std::string_view scopes =
            options.scopeHeader.empty() ? std::string_view() : request.header(options.scopeHeader);
        const std::string_view model =
            options.modelHeader.empty() ? std::string_view() : request.header(options.modelHeader);
        const Verdict v = verify(table, presentedKey(request, options), scopes, model, nowMs());
        if (v.key) {
            headers += v.key->headers;
        }
        headers += "X-Keyward-Outcome: ";
        headers += outcomeName(v.outcome);
        headers += "\r\nX-Keyward-Reason: ";
        headers += v.reason;
        headers += "\r\n";
        const int status = statusOf(v.outcome, options.okStatus);
        if (status == 401) {
            headers += "WWW-Authenticate: Bearer realm=\"keyward\"\r\n";
        }
        return status;
    };
}

} // namespace kw::gateway
