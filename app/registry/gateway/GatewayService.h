// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/gateway/HttpServer.h"

#include <string>

namespace kw::gateway {

class GatewayCopy;

struct GatewayOptions
{
    std::string keyHeader;   // a header holding the key itself; Authorization: Bearer is always read
    std::string scopeHeader; // request header naming the scope(s) asked for; empty: not checked
    std::string modelHeader; // request header naming the model; empty: not checked
    int okStatus = 204;      // Envoy's HTTP ext_authz allows only on 200
};

// The path of the health endpoint. Under a prefix of its own so that a request an Envoy
// forwards with its original path cannot be mistaken for a health check of a plausible API path.
inline constexpr std::string_view HealthPath = "/_keyward/health";

// What the gateway answers, for the HTTP workers: every request but GET HealthPath is a check of
// the key it presents, whatever its method and path (nginx's auth_request sends the subrequest's
// URI, Envoy the original request's path behind its path_prefix). 2xx valid, 401 invalid,
// expired or revoked, 403 forbidden; X-Keyward-Outcome and X-Keyward-Reason always, the key id,
// project id and tier (X-Keyward-Key-Id, -Project-Id, -RPM, -TPM, -Monthly-Quota) whenever the key
// is known. Never a secret in an answer.
HttpServer::Handler gatewayHandler(const GatewayCopy& copy, const GatewayOptions& options);

// The key presented in a request: the configured header's value (a "Bearer " before it is
// dropped), else the token of "Authorization: Bearer …"; empty when there is none.
std::string_view presentedKey(const HttpRequest& request, const GatewayOptions& options);

} // namespace kw::gateway
