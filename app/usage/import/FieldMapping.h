// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <array>

namespace kw {

// What a structured (JSON or CSV) log line means, field by field.
enum class FieldRole
{
    Time,    // epoch s/ms number, or ISO 8601
    Status,  // HTTP status
    Outcome, // explicit outcome (rule 1 of docs/usage.md, Outcomes)
    Key,     // a key reference the gateway wrote on purpose: any non-empty value counts
    User,    // a user name that may be a key reference (basic auth): only key-shaped values count
    Auth,    // an Authorization header value: "Bearer …"
    Uri,     // the request target, searched for api_key= and key=
};
inline constexpr int FieldRoleCount = 7;

QStringView fieldRoleName(FieldRole role);

// Which gateway wrote a JSON log; each has its own default mapping (docs/usage.md).
enum class JsonDialect
{
    Plain, // {"ts","status","key_id","outcome"}
    Kong,
    Traefik,
    Caddy,
    Envoy,
};
QStringView dialectName(JsonDialect dialect);

// A field's place: a dotted path ("response.status"); in CSV, the column of that whole name.
using FieldPath = QByteArrayList;

struct FieldMapping
{
    // Candidates per role, tried in order; the first present one is used.
    std::array<QList<FieldPath>, FieldRoleCount> paths;

    const QList<FieldPath>& operator[](FieldRole role) const { return paths[static_cast<std::size_t>(role)]; }
    QList<FieldPath>& operator[](FieldRole role) { return paths[static_cast<std::size_t>(role)]; }
    // "time=ts|time, status=status, …": what --explain prints.
    QString describe() const;
};

FieldMapping defaultMapping(JsonDialect dialect);

// "status=response.status,time=started_at,key=consumer.username|consumer.id": the roles named
// replace those of `base`; the others keep base's candidates.
Result<FieldMapping> parseMapping(QStringView text, FieldMapping base);

} // namespace kw
