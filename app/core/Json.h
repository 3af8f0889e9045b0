// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kw {

// The public record of a key: what the CLI's --json, the audit trail and the registry carry.
// It has the hash and the hint, never a secret.
QJsonObject toJson(const KeyRecord& key);
QJsonObject toJson(const Project& project);
QJsonObject toJson(const Policy& policy);
QJsonObject toJson(const RateTier& tier);
Policy policyFromJson(const QJsonObject& o);
RateTier tierFromJson(const QJsonObject& o);
QJsonArray toJsonArray(const QStringList& list);
QStringList stringListFromJson(const QJsonValue& v);

} // namespace kw
