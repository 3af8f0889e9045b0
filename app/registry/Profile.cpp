// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/Profile.h"

#include "core/Time.h"
#include "core/Tr.h"
#include "store/Workspace.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace kw {

namespace {

const QString Columns =
    QStringLiteral("name, endpoints, ca_file, client_cert, client_key, pin, user, namespace,"
                   " allow_http_loopback, created_at, updated_at");

RegistryProfile fromQuery(const QSqlQuery& q)
{
    RegistryProfile p;
    p.name = q.value(0).toString();
    const QJsonArray endpoints = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
    for (const QJsonValue& e : endpoints) {
        p.endpoints.append(e.toString());
    }
    p.caFile = q.value(2).toString();
    p.clientCert = q.value(3).toString();
    p.clientKey = q.value(4).toString();
    p.pin = q.value(5).toString();
    p.user = q.value(6).toString();
    p.ns = q.value(7).toString();
    p.allowHttpLoopback = q.value(8).toBool();
    p.createdAt = fromMs(q.value(9).toLongLong());
    p.updatedAt = fromMs(q.value(10).toLongLong());
    return p;
}

QString endpointsText(const QStringList& endpoints)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(endpoints)).toJson(QJsonDocument::Compact));
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> checkFile(const QString& path, const QString& what)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        return makeError(ErrorCode::Invalid,
                         tr("The %1 %2 does not exist or cannot be read.").arg(what, path));
    }
    return {};
}

} // namespace

bool RegistryProfile::usesHttp() const
{
    return std::any_of(endpoints.cbegin(), endpoints.cend(),
                       [](const QString& e) { return e.startsWith(QLatin1String("http://")); });
}

QString endpointProblem(const QString& endpoint, bool allowHttpLoopback)
{
    const QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0) {
        return tr("%1 is not an endpoint; write https://host:port.").arg(endpoint);
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        return tr("%1 has a path; write https://host:port only.").arg(endpoint);
    }
    if (url.scheme() == QLatin1String("https")) {
        return {};
    }
    if (url.scheme() != QLatin1String("http")) {
        return tr("%1: only https:// is supported.").arg(endpoint);
    }
    if (!allowHttpLoopback) {
        return tr("%1 uses plain http://, which is refused: the password and the registry data would "
                  "cross the network in clear. Use https://.")
            .arg(endpoint);
    }
    if (!isLoopbackHost(url.host())) {
        return tr("%1 uses plain http:// to a host that is not a loopback address; http:// is only "
                  "allowed to 127.0.0.1, ::1 or localhost.")
            .arg(endpoint);
    }
    return {};
}

QString normalizedPin(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("sha256//"))) {
        const QByteArray raw =
            QByteArray::fromBase64(t.mid(8).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return raw.size() == 32 ? QString::fromLatin1(raw.toHex()) : QString();
    }
    t.remove(u':');
    t = t.toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(t).hasMatch() ? t : QString();
}

Result<void> validateProfile(RegistryProfile& p)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!nameRe.match(p.name).hasMatch()) {
        return makeError(ErrorCode::Invalid, tr("A registry profile name is letters, digits, '.', '_' or "
                                                "'-' (up to 64), e.g. prod-etcd."));
    }
    if (p.endpoints.isEmpty()) {
        return makeError(ErrorCode::Invalid,
                         tr("A registry profile needs at least one endpoint (https://host:port)."));
    }
    for (QString& e : p.endpoints) {
        e = e.trimmed();
        if (e.endsWith(u'/')) {
            e.chop(1);
        }
        if (const QString problem = endpointProblem(e, p.allowHttpLoopback); !problem.isEmpty()) {
            return makeError(ErrorCode::Invalid, problem);
        }
    }
    if (p.caFile.isEmpty() && !p.usesHttp()) {
        return makeError(ErrorCode::Invalid, tr("A registry profile needs the CA file that signed the etcd "
                                                "server certificates (--ca FILE)."));
    }
    if (!p.caFile.isEmpty()) {
        p.caFile = QFileInfo(p.caFile).absoluteFilePath();
        if (Result<void> r = checkFile(p.caFile, tr("CA file")); !r) {
            return r;
        }
    }
    if (p.clientCert.isEmpty() != p.clientKey.isEmpty()) {
        return makeError(ErrorCode::Invalid,
                         tr("A client certificate needs its key, and a key its certificate."));
    }
    if (!p.clientCert.isEmpty()) {
        p.clientCert = QFileInfo(p.clientCert).absoluteFilePath();
        p.clientKey = QFileInfo(p.clientKey).absoluteFilePath();
        if (Result<void> r = checkFile(p.clientCert, tr("client certificate")); !r) {
            return r;
        }
        if (Result<void> r = checkFile(p.clientKey, tr("client key")); !r) {
            return r;
        }
    }
    if (!p.pin.isEmpty()) {
        const QString pin = normalizedPin(p.pin);
        if (pin.isEmpty()) {
            return makeError(ErrorCode::Invalid,
                             tr("The pin is the SHA-256 of the server's public key (SPKI): "
                                "64 hex digits or sha256//BASE64."));
        }
        p.pin = pin;
    }
    if (p.user.trimmed().isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("A registry profile needs the etcd user name (--user)."));
    }
    p.ns = p.ns.trimmed();
    while (p.ns.endsWith(u'/')) {
        p.ns.chop(1);
    }
    if (!p.ns.startsWith(u'/') || p.ns.size() < 2) {
        return makeError(ErrorCode::Invalid,
                         tr("The namespace is a key prefix starting with '/', e.g. /keyward/v1."));
    }
    return {};
}

Result<QList<RegistryProfile>> ProfileRepo::all()
{
    Result<QSqlQuery> q = m_ws.exec(QStringLiteral("SELECT ") + Columns +
                                    QStringLiteral(" FROM registry_profiles ORDER BY name"));
    if (!q) {
        return q.error();
    }
    QList<RegistryProfile> out;
    while (q->next()) {
        out.append(fromQuery(*q));
    }
    return out;
}

Result<RegistryProfile> ProfileRepo::get(const QString& name)
{
    Result<QSqlQuery> q = m_ws.exec(QStringLiteral("SELECT ") + Columns +
                                        QStringLiteral(" FROM registry_profiles WHERE name = ?"),
                                    {name});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, tr("No registry profile %1 in this workspace.").arg(name));
    }
    return fromQuery(*q);
}

Result<void> ProfileRepo::insert(const RegistryProfile& p)
{
    Result<QSqlQuery> q =
        m_ws.exec(QStringLiteral("INSERT INTO registry_profiles(") + Columns +
                      QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {p.name, endpointsText(p.endpoints), p.caFile, p.clientCert, p.clientKey, p.pin, p.user,
                   p.ns, p.allowHttpLoopback ? 1 : 0, toMs(p.createdAt), toMs(p.updatedAt)});
    if (!q) {
        if (q.error().code == ErrorCode::Conflict) {
            return makeError(ErrorCode::Conflict, tr("A registry profile %1 already exists.").arg(p.name));
        }
        return q.error();
    }
    return {};
}

Result<void> ProfileRepo::update(const RegistryProfile& p)
{
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral(
            "UPDATE registry_profiles SET endpoints = ?, ca_file = ?, client_cert = ?, client_key = ?,"
            " pin = ?, user = ?, namespace = ?, allow_http_loopback = ?, updated_at = ? WHERE name = ?"),
        {endpointsText(p.endpoints), p.caFile, p.clientCert, p.clientKey, p.pin, p.user, p.ns,
         p.allowHttpLoopback ? 1 : 0, toMs(p.updatedAt), p.name});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QStringList> ProfileRepo::boundProjects(const QString& name)
{
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral("SELECT name FROM projects WHERE registry_profile = ? ORDER BY name"), {name});
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q->next()) {
        out.append(q->value(0).toString());
    }
    return out;
}

Result<void> ProfileRepo::remove(const QString& name)
{
    Result<QStringList> bound = boundProjects(name);
    if (!bound) {
        return bound.error();
    }
    if (!bound->isEmpty()) {
        return makeError(ErrorCode::Conflict, tr("Registry profile %1 is bound to %2; unbind them first "
                                                 "(keyward registry unbind PROJECT).")
                                                  .arg(name, bound->join(QStringLiteral(", "))));
    }
    return m_ws.transaction([&]() -> Result<void> {
        for (const QString& table : {QStringLiteral("registry_revisions"), QStringLiteral("registry_sync"),
                                     QStringLiteral("registry_conflicts")}) {
            if (Result<QSqlQuery> q = m_ws.exec(
                    QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE profile = ?"), {name});
                !q) {
                return q.error();
            }
        }
        Result<QSqlQuery> q =
            m_ws.exec(QStringLiteral("DELETE FROM registry_profiles WHERE name = ?"), {name});
        if (!q) {
            return q.error();
        }
        if (q->numRowsAffected() == 0) {
            return makeError(ErrorCode::NotFound, tr("No registry profile %1 in this workspace.").arg(name));
        }
        return {};
    });
}

} // namespace kw
