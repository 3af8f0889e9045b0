// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/gateway/KeyTable.h"

#include "core/KeyFormat.h"

#include <QCryptographicHash>
#include <QString>

namespace kw::gateway {

namespace {

// A presented key longer than this is not one: prefix (12) + env (4) + body and check (36) + 2.
constexpr std::size_t MaxKeyLength = 64;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

bool hashFromHex(const QString& hex, KeyHash* out)
{
    if (hex.size() != 64) {
        return false;
    }
    const QByteArray latin = hex.toLatin1();
    for (std::size_t i = 0; i < out->size(); ++i) {
        const int hi = hexDigit(latin.at(qsizetype(2 * i)));
        const int lo = hexDigit(latin.at(qsizetype(2 * i + 1)));
        if (hi < 0 || lo < 0) {
            return false;
        }
        (*out)[i] = static_cast<unsigned char>(hi * 16 + lo);
    }
    return true;
}

std::vector<std::string> utf8List(const QStringList& list)
{
    std::vector<std::string> out;
    out.reserve(std::size_t(list.size()));
    for (const QString& s : list) {
        out.push_back(s.toStdString());
    }
    return out;
}

std::int64_t msOrZero(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// Whether every item of a comma- or space-separated list is in allowed (an empty list allows any).
bool allAllowed(std::string_view requested, const std::vector<std::string>& allowed)
{
    if (allowed.empty()) {
        return true;
    }
    std::size_t i = 0;
    while (i < requested.size()) {
        const std::size_t end = requested.find_first_of(", ", i);
        const std::string_view item = requested.substr(i, end == std::string_view::npos ? end : end - i);
        if (!item.empty() && std::find(allowed.begin(), allowed.end(), item) == allowed.end()) {
            return false;
        }
        if (end == std::string_view::npos) {
            break;
        }
        i = end + 1;
    }
    return true;
}

KeyHash sha256(std::string_view text)
{
    // One hasher per worker thread: no allocation per request.
    thread_local QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.reset();
    hasher.addData(QByteArrayView(text.data(), qsizetype(text.size())));
    KeyHash out;
    const QByteArrayView result = hasher.resultView();
    std::memcpy(out.data(), result.data(), out.size());
    return out;
}

} // namespace

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Valid:
        return "valid";
    case Outcome::Invalid:
        return "invalid";
    case Outcome::Expired:
        return "expired";
    case Outcome::Revoked:
        return "revoked";
    case Outcome::Forbidden:
        return "forbidden";
    }
    return "invalid";
}

std::shared_ptr<const GatewayKey> gatewayKey(const KeyRecord& record, KeyHash* hash)
{
    if (!hashFromHex(record.hash, hash)) {
        return nullptr;
    }
    auto key = std::make_shared<GatewayKey>();
    key->keyId = record.id.toStdString();
    key->revoked = record.status == KeyStatus::Revoked;
    key->expiresAtMs = msOrZero(record.expiresAt);
    key->graceUntilMs = msOrZero(record.graceUntil);
    key->scopes = utf8List(record.scopes);
    key->models = utf8List(record.models);
    // Ids are [A-Za-z0-9_] (checked by keyFromRegistry): safe in a header as they are.
    key->headers = "X-Keyward-Key-Id: " + key->keyId +
                   "\r\nX-Keyward-Project-Id: " + record.projectId.toStdString() +
                   "\r\nX-Keyward-RPM: " + std::to_string(record.tier.requestsPerMinute) +
                   "\r\nX-Keyward-TPM: " + std::to_string(record.tier.tokensPerMinute) +
                   "\r\nX-Keyward-Monthly-Quota: " + std::to_string(record.tier.monthlyQuota) + "\r\n";
    return key;
}

Verdict verify(const KeyTable& table, std::string_view presented, std::string_view scopes,
               std::string_view model, std::int64_t nowMs)
{
    if (presented.empty()) {
        return {Outcome::Invalid, nullptr, "no_key"};
    }
    if (presented.size() > MaxKeyLength) {
        return {Outcome::Invalid, nullptr, "malformed"};
    }
    const auto it = table.byHash.find(sha256(presented));
    if (it == table.byHash.end()) {
        // Only a miss pays for the offline shape and checksum test, to tell a typo from a key
        // the registry does not have.
        const bool wellFormed =
            parseKey(QString::fromLatin1(presented.data(), qsizetype(presented.size()))).ok();
        return {Outcome::Invalid, nullptr, wellFormed ? "unknown" : "malformed"};
    }
    const GatewayKey* key = it->second.get();
    if (key->revoked) {
        return {Outcome::Revoked, key, "revoked"};
    }
    if (key->expiresAtMs != 0 && nowMs >= key->expiresAtMs) {
        return {Outcome::Expired, key, "expired"};
    }
    if (key->graceUntilMs != 0 && nowMs >= key->graceUntilMs) {
        return {Outcome::Expired, key, "grace_ended"};
    }
    if (!allAllowed(scopes, key->scopes)) {
        return {Outcome::Forbidden, key, "scope"};
    }
    if (!model.empty() && !allAllowed(model, key->models)) {
        return {Outcome::Forbidden, key, "model"};
    }
    return {Outcome::Valid, key, "ok"};
}

} // namespace kw::gateway
