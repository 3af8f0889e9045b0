// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/EtcdClient.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <optional>

namespace kw {

// The gateway writes int64 as strings.
qint64 gatewayNumber(const QJsonValue& v);
// One kv of a range or watch answer, key and value base64-decoded.
EtcdKv kvFromJson(const QJsonObject& o);
// A /v3/kv/range answer as QJsonDocument reads it.
EtcdRange rangeFromJson(const QJsonObject& answer);
// The same answer read in one pass over the bytes, without a JSON tree: a first pull reads 100,000
// keys this way. It takes only the gateway's plain shape (ASCII strings without escapes, no
// duplicate fields among those it reads) and returns nullopt for anything else, valid or not, so
// the caller falls back on rangeFromJson; whenever it answers, the answer equals rangeFromJson's
// (tst_registry_records compares them on real and damaged answers).
std::optional<EtcdRange> scanRange(QByteArrayView answer);

} // namespace kw
