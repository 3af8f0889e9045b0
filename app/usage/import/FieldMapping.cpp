// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/FieldMapping.h"

#include "core/Tr.h"

#include <QStringList>

namespace kw {

namespace {

QList<FieldPath> candidates(QStringView spec)
{
    QList<FieldPath> out;
    for (QStringView alternative : spec.split(u'|', Qt::SkipEmptyParts)) {
        out.append(alternative.trimmed().toUtf8().split('.'));
    }
    return out;
}

// Mapping text per dialect, in the syntax users write, so the defaults read like the docs.
QStringView defaultSpec(JsonDialect dialect)
{
    switch (dialect) {
    case JsonDialect::Plain:
        break;
    case JsonDialect::Kong: // file-log plugin
        return u"time=started_at,status=response.status,outcome=outcome,"
               u"key=request.headers.x-keyward-key-id|consumer.custom_id|consumer.username|"
               u"request.headers.apikey|request.headers.x-api-key,"
               u"auth=request.headers.authorization,uri=request.uri,user=authenticated_entity.id";
    case JsonDialect::Traefik: // accessLog format json, headers kept as request_<Name>
        return u"time=StartUTC|time,status=DownstreamStatus|OriginStatus,outcome=outcome,"
               u"key=request_X-Keyward-Key-Id|request_X-Api-Key,auth=request_Authorization,"
               u"uri=RequestPath,user=ClientUsername";
    case JsonDialect::Caddy: // http.log.access, header values are arrays
        return u"time=ts,status=status,outcome=outcome,"
               u"key=resp_headers.X-Keyward-Key-Id|request.headers.X-Api-Key,"
               u"auth=request.headers.Authorization,uri=request.uri,user=user_id";
    case JsonDialect::Envoy: // json_format with the names of Envoy's docs
        return u"time=start_time,status=response_code,outcome=outcome,key=key_id|x_keyward_key_id|x_api_key,"
               u"auth=authorization,uri=path|x_envoy_original_path,user=user";
    }
    return u"time=ts|time|timestamp,status=status|status_code,outcome=outcome,"
           u"key=key_id|key|key_hint|key_hash,auth=authorization,uri=path|uri,user=user";
}

} // namespace

QStringView fieldRoleName(FieldRole role)
{
    switch (role) {
    case FieldRole::Time:
        return u"time";
    case FieldRole::Status:
        return u"status";
    case FieldRole::Outcome:
        return u"outcome";
    case FieldRole::Key:
        return u"key";
    case FieldRole::User:
        return u"user";
    case FieldRole::Auth:
        return u"auth";
    case FieldRole::Uri:
        return u"uri";
    }
    return u"key";
}

QStringView dialectName(JsonDialect dialect)
{
    switch (dialect) {
    case JsonDialect::Plain:
        return u"plain";
    case JsonDialect::Kong:
        return u"kong";
    case JsonDialect::Traefik:
        return u"traefik";
    case JsonDialect::Caddy:
        return u"caddy";
    case JsonDialect::Envoy:
        return u"envoy";
    }
    return u"plain";
}

QString FieldMapping::describe() const
{
    QStringList parts;
    for (int i = 0; i < FieldRoleCount; ++i) {
        QStringList alternatives;
        for (const FieldPath& path : paths[static_cast<std::size_t>(i)]) {
            alternatives.append(QString::fromUtf8(path.join('.')));
        }
        if (!alternatives.isEmpty()) {
            parts.append(fieldRoleName(static_cast<FieldRole>(i)) % u'=' % alternatives.join(u'|'));
        }
    }
    return parts.join(u',');
}

FieldMapping defaultMapping(JsonDialect dialect)
{
    Result<FieldMapping> mapping = parseMapping(defaultSpec(dialect), FieldMapping{});
    Q_ASSERT(mapping.ok());
    return mapping.ok() ? mapping.value() : FieldMapping{};
}

Result<FieldMapping> parseMapping(QStringView text, FieldMapping base)
{
    for (QStringView item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QStringView name = eq < 0 ? item.trimmed() : item.left(eq).trimmed();
        const QList<FieldPath> paths = eq < 0 ? QList<FieldPath>{} : candidates(item.mid(eq + 1));
        int role = 0;
        while (role < FieldRoleCount && fieldRoleName(static_cast<FieldRole>(role)) != name) {
            ++role;
        }
        if (role == FieldRoleCount) {
            return makeError(ErrorCode::Invalid,
                             tr("Unknown field \"%1\" in the mapping; use time, status, outcome, key, "
                                "user, auth or uri.")
                                 .arg(name));
        }
        if (paths.isEmpty()) {
            return makeError(ErrorCode::Invalid, tr("The mapping gives no field for \"%1\".").arg(name));
        }
        base.paths[static_cast<std::size_t>(role)] = paths;
    }
    return base;
}

} // namespace kw
