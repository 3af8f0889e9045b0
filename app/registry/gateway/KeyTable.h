// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kw::gateway {

// The binary SHA-256 of a key: the index of the gateway's copy.
using KeyHash = std::array<unsigned char, 32>;

struct KeyHashHasher
{
    // SHA-256 output is uniformly distributed: its first bytes are already a good hash.
    std::size_t operator()(const KeyHash& h) const noexcept
    {
        std::size_t v = 0;
        std::memcpy(&v, h.data(), sizeof v);
        return v;
    }
};

// Design §4 outcome names, as gateways log them and `keyward logs import` reads them.
enum class Outcome : std::uint8_t
{
    Valid,
    Invalid,
    Expired,
    Revoked,
    Forbidden,
};
std::string_view outcomeName(Outcome outcome);

// What the gateway keeps of one key record: what a verdict needs, and the response header lines
// that name it, made once when the record arrives so that answering copies one string.
struct GatewayKey
{
    std::string keyId;
    bool revoked = false;
    std::int64_t expiresAtMs = 0;    // 0: never expires
    std::int64_t graceUntilMs = 0;   // 0: not rotated, or no grace limit
    std::vector<std::string> scopes; // empty: any scope
    std::vector<std::string> models; // empty: any model
    std::string headers;             // "X-Keyward-Key-Id: …\r\n" and the tier, CRLF-terminated
};

// Null when the record cannot be indexed (its hash is not 64 hex digits).
std::shared_ptr<const GatewayKey> gatewayKey(const KeyRecord& record, KeyHash* hash);

// One immutable copy of the namespace's keys. Workers read a table without locks; the feed
// builds the next one and publishes it (GatewayCopy).
struct KeyTable
{
    std::unordered_map<KeyHash, std::shared_ptr<const GatewayKey>, KeyHashHasher> byHash;
};

struct Verdict
{
    Outcome outcome = Outcome::Invalid;
    const GatewayKey* key = nullptr; // set whenever the presented key is in the copy
    std::string_view reason;         // a short token for logs: no_key, malformed, unknown, …
};

// The gateway contract of docs/registry.md on the copy: valid only if active, before expires_at,
// before grace_until for a rotated key, and every requested scope and the model allowed. scopes
// may list several, separated by commas or spaces. Never keeps the presented key.
Verdict verify(const KeyTable& table, std::string_view presented, std::string_view scopes,
               std::string_view model, std::int64_t nowMs);

} // namespace kw::gateway
