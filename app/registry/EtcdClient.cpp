// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/EtcdClient.h"

#include "core/Tr.h"
#include "registry/RangeScanner.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkReply>
#include <QSslKey>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace kw {

namespace {

Result<QJsonObject> object(Result<QByteArray>&& answer)
{
    if (!answer) {
        return answer.error();
    }
    return QJsonDocument::fromJson(*answer).object();
}

bool isNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout ends this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ServiceUnavailableError:
        return true;
    default:
        return false;
    }
}

// etcd answers these while a member has no leader (an election after a crash): another member
// may have one, so they count as network errors and the next endpoint is tried.
bool isUnavailable(int grpcCode, const QString& message)
{
    return grpcCode == 14 || message.contains(QLatin1String("leader changed")) ||
           message.contains(QLatin1String("no leader")) || message.contains(QLatin1String("timed out")) ||
           message.contains(QLatin1String("not capable"));
}

QString spkiSha256(const QSslCertificate& cert)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256).toHex());
}

QString describeSslErrors(const QList<QSslError>& errors)
{
    QStringList parts;
    for (const QSslError& e : errors) {
        if (!parts.contains(e.errorString())) {
            parts.append(e.errorString());
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

EtcdClient::EtcdClient(RegistryProfile profile, QByteArray password, QByteArray keyPassphrase)
    : m_profile(std::move(profile))
    , m_password(std::move(password))
    , m_keyPassphrase(std::move(keyPassphrase))
{
    // A registry never redirects; following one could hand the token to another host.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

std::unique_ptr<EtcdClient> EtcdClient::twin() const
{
    auto client = std::make_unique<EtcdClient>(m_profile, m_password, m_keyPassphrase);
    client->m_token = m_token;
    client->m_endpoint = m_endpoint;
    client->m_timeoutMs = m_timeoutMs;
    client->m_cancelled = m_cancelled;
    return client;
}

EtcdClient::~EtcdClient()
{
    m_password.fill('\0');
    m_keyPassphrase.fill('\0');
    m_token.fill('\0');
}

Error EtcdClient::fail(EtcdFailure failure, ErrorCode code, const QString& message)
{
    m_lastFailure = failure;
    return makeError(code, message);
}

QString EtcdClient::currentEndpoint() const
{
    return m_profile.endpoints.value(m_endpoint);
}

QByteArray EtcdClient::prefixEnd(const QByteArray& prefix)
{
    QByteArray end = prefix;
    for (qsizetype i = end.size() - 1; i >= 0; --i) {
        if (static_cast<unsigned char>(end[i]) < 0xff) {
            end[i] = static_cast<char>(static_cast<unsigned char>(end[i]) + 1);
            return end.left(i + 1);
        }
    }
    return QByteArray(1, '\0'); // the whole key space
}

Result<void> EtcdClient::configure()
{
    for (const QString& e : std::as_const(m_profile.endpoints)) {
        if (const QString problem = endpointProblem(e, m_profile.allowHttpLoopback); !problem.isEmpty()) {
            return fail(EtcdFailure::Tls, ErrorCode::Invalid, problem);
        }
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_profile.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_profile.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            return fail(EtcdFailure::Tls, ErrorCode::Invalid,
                        tr("The CA file %1 holds no PEM certificate.").arg(m_profile.caFile));
        }
        // Only the profile's CA: a certificate from any public CA is not the registry.
        m_ssl.setCaCertificates(cas);
    }
    if (!m_profile.clientCert.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_profile.clientCert, QSsl::Pem);
        if (certs.isEmpty()) {
            return fail(
                EtcdFailure::Tls, ErrorCode::Invalid,
                tr("The client certificate file %1 holds no PEM certificate.").arg(m_profile.clientCert));
        }
        QFile keyFile(m_profile.clientKey);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            return fail(EtcdFailure::Tls, ErrorCode::Invalid,
                        tr("Cannot read the client key %1.").arg(m_profile.clientKey));
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, m_keyPassphrase);
            if (!key.isNull()) {
                break;
            }
        }
        if (key.isNull()) {
            return fail(EtcdFailure::Tls, ErrorCode::Invalid,
                        tr("The client key %1 cannot be read: not a PEM private key, or its passphrase "
                           "(in the keychain) is wrong.")
                            .arg(m_profile.clientKey));
        }
        m_ssl.setLocalCertificate(certs.constFirst());
        m_ssl.setPrivateKey(key);
    }
    return {};
}

Result<QByteArray> EtcdClient::postTo(const QString& endpoint, const QString& path, const QByteArray& body,
                                      bool withToken, bool* networkError, const Stream* stream)
{
    *networkError = false;
    // Checked here too, not only in configure(): no code path may open a plain connection elsewhere.
    if (const QString problem = endpointProblem(endpoint, m_profile.allowHttpLoopback); !problem.isEmpty()) {
        return fail(EtcdFailure::Tls, ErrorCode::Invalid, problem);
    }
    QNetworkRequest request{QUrl(endpoint + path)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A watch may rightly stay silent for long: its own limit bounds it instead.
    request.setTransferTimeout(stream ? 0 : m_timeoutMs);
    const bool https = endpoint.startsWith(QLatin1String("https://"));
    if (https) {
        request.setSslConfiguration(m_ssl);
    }
    if (withToken && !m_token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_token);
    }
    QNetworkReply* reply = m_nam.post(request, body);
    QList<QSslError> sslErrors;
    QString pinProblem;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&sslErrors](const QList<QSslError>& errors) { sslErrors = errors; });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&, reply] {
        // Qt holds the request until this slot returns: an abort here sends nothing.
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!m_profile.pin.isEmpty() && spkiSha256(peer) != m_profile.pin) {
            pinProblem = spkiSha256(peer);
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The gateway writes a stream as one JSON object per line.
    bool streamClosed = false;
    QByteArray streamed;
    QTimer streamLimit;
    if (stream) {
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&, reply] {
            streamed += reply->readAll();
            for (qsizetype nl = streamed.indexOf('\n'); nl >= 0 && !streamClosed;
                 nl = streamed.indexOf('\n')) {
                const QJsonObject message = QJsonDocument::fromJson(streamed.left(nl)).object();
                streamed.remove(0, nl + 1);
                if (!stream->onMessage(message)) {
                    streamClosed = true;
                    reply->abort();
                }
            }
        });
        streamLimit.setSingleShot(true);
        QObject::connect(&streamLimit, &QTimer::timeout, reply, [&, reply] {
            streamClosed = true;
            reply->abort();
        });
        if (stream->limitMs > 0) {
            streamLimit.start(stream->limitMs);
        }
    }
    QTimer cancelPoll;
    bool cancelled = false;
    if (m_cancelled) {
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&, reply] {
            if (m_cancelled->load()) {
                cancelled = true;
                reply->abort();
            }
        });
        cancelPoll.start(100);
    }
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    cancelPoll.stop();
    reply->deleteLater();
    const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    const QString where = QUrl(endpoint).authority();

    if (cancelled) {
        return fail(EtcdFailure::Cancelled, ErrorCode::External, tr("Cancelled."));
    }
    if (streamClosed) {
        ++m_sent;
        return QByteArray();
    }
    if (!pinProblem.isEmpty()) {
        return fail(EtcdFailure::Tls, ErrorCode::External,
                    tr("%1 presented a public key whose SHA-256 is %2, not the profile's pin %3; the "
                       "connection was closed before anything was sent.")
                        .arg(where, pinProblem, m_profile.pin));
    }
    if (!sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        return fail(
            EtcdFailure::Tls, ErrorCode::External,
            tr("The TLS check of %1 failed (%2); nothing was sent. Check the profile's CA file "
               "and that the endpoint's host name is in the server certificate.")
                .arg(where, sslErrors.isEmpty() ? reply->errorString() : describeSslErrors(sslErrors)));
    }
    // The server checks our certificate after we checked its: it answers with a TLS alert.
    const QString errorText = reply->errorString();
    if (!status.isValid() && (errorText.contains(QLatin1String("alert bad certificate")) ||
                              errorText.contains(QLatin1String("alert certificate required")) ||
                              errorText.contains(QLatin1String("alert unknown ca")))) {
        return fail(EtcdFailure::Tls, ErrorCode::External,
                    m_profile.clientCert.isEmpty()
                        ? tr("%1 requires a client certificate (%2): set the profile's client certificate "
                             "and key, signed by the registry's CA.")
                              .arg(where, errorText)
                        : tr("%1 refused the client certificate %2 (%3): it must be signed by a CA the "
                             "registry trusts (--trusted-ca-file).")
                              .arg(where, m_profile.clientCert, errorText));
    }
    if (answer.startsWith("CommonName of client")) {
        return fail(EtcdFailure::Tls, ErrorCode::External,
                    tr("%1 refuses a client certificate with a Common Name on its JSON gateway (etcd "
                       "cannot map it to a user there): use a client certificate %2 without CN; the user "
                       "signs in with a password.")
                        .arg(where, m_profile.clientCert));
    }
    if (stream && status.toInt() == 200) {
        // Only the client ends a watch: the member went away (killed, restarted, partitioned).
        *networkError = true;
        return fail(EtcdFailure::Network, ErrorCode::External,
                    tr("%1 closed the watch (%2).").arg(where, reply->errorString()));
    }
    if (!status.isValid()) {
        if (isNetworkError(error) || error != QNetworkReply::NoError) {
            *networkError = true;
            return fail(EtcdFailure::Network, ErrorCode::External,
                        tr("%1 did not answer (%2).").arg(where, reply->errorString()));
        }
    }
    ++m_sent;
    const int httpStatus = status.toInt();
    if (httpStatus == 200) {
        return answer; // parsed by the caller: a range answer has a faster reader than QJsonDocument
    }
    const QJsonObject json = QJsonDocument::fromJson(answer).object();
    const QString message =
        json.value(QStringLiteral("error")).toString(json.value(QStringLiteral("message")).toString());
    const int code = json.value(QStringLiteral("code")).toInt();
    if (isUnavailable(code, message)) {
        *networkError = true;
        return fail(EtcdFailure::Network, ErrorCode::External,
                    tr("%1 is unavailable: %2").arg(where, message));
    }
    if (message.contains(QLatin1String("invalid auth token")) ||
        message.contains(QLatin1String("user name is empty"))) {
        return fail(EtcdFailure::Auth, ErrorCode::External,
                    tr("%1 did not accept the session token.").arg(where));
    }
    if (message.contains(QLatin1String("authentication failed"))) {
        return fail(
            EtcdFailure::Auth, ErrorCode::External,
            tr("%1 refused user %2: wrong user name or password (the password is kept in the keychain "
               "entry %3).")
                .arg(where, m_profile.user, m_profile.passwordEntry()));
    }
    if (code == 7 || message.contains(QLatin1String("permission denied"))) {
        return fail(EtcdFailure::Permission, ErrorCode::External,
                    tr("%1: user %2 has no permission for this part of the registry (%3; etcd: %4).")
                        .arg(where, m_profile.user, m_profile.ns, message));
    }
    if (message.contains(QLatin1String("too many operations in txn request"))) {
        return fail(EtcdFailure::TooManyOps, ErrorCode::External,
                    tr("%1 refused a transaction as too large: %2").arg(where, message));
    }
    return fail(EtcdFailure::Server, ErrorCode::External,
                tr("%1 answered HTTP %2: %3")
                    .arg(where)
                    .arg(httpStatus)
                    .arg(message.isEmpty() ? reply->errorString() : message));
}

Result<QByteArray> EtcdClient::post(const QString& path, const QJsonObject& body, bool withToken)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const int n = int(m_profile.endpoints.size());
    QStringList problems;
    // A few rounds: right after a member dies the others may need an election (about a second).
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < n; ++i) {
            if (m_cancelled && m_cancelled->load()) {
                return fail(EtcdFailure::Cancelled, ErrorCode::External, tr("Cancelled."));
            }
            const QString endpoint = m_profile.endpoints.at(m_endpoint);
            bool networkError = false;
            Result<QByteArray> r = postTo(endpoint, path, bytes, withToken, &networkError);
            if (r || !networkError) {
                return r;
            }
            if (!problems.contains(r.error().message)) {
                problems.append(r.error().message);
            }
            m_endpoint = (m_endpoint + 1) % n;
        }
        QThread::msleep(200 * (round + 1));
    }
    return fail(EtcdFailure::Network, ErrorCode::External,
                tr("No registry endpoint answered: %1").arg(problems.join(QStringLiteral("; "))));
}

Result<void> EtcdClient::authenticate()
{
    m_token.clear();
    ++m_authentications;
    Result<QJsonObject> r = object(post(QStringLiteral("/v3/auth/authenticate"),
                                        {{QStringLiteral("name"), m_profile.user},
                                         {QStringLiteral("password"), QString::fromUtf8(m_password)}},
                                        false));
    if (!r) {
        if (r.error().message.contains(QLatin1String("authentication is not enabled"))) {
            return {}; // a registry without auth takes requests without a token
        }
        return r.error();
    }
    m_token = r->value(QStringLiteral("token")).toString().toUtf8();
    return {};
}

Result<QJsonObject> EtcdClient::call(const QString& path, const QJsonObject& body)
{
    return object(callRaw(path, body));
}

Result<QByteArray> EtcdClient::callRaw(const QString& path, const QJsonObject& body)
{
    if (m_token.isEmpty()) {
        if (Result<void> a = authenticate(); !a) {
            return a.error();
        }
    }
    Result<QByteArray> r = post(path, body, true);
    if (!r && m_lastFailure == EtcdFailure::Auth && !m_token.isEmpty()) {
        // Tokens expire (--auth-token-ttl); authenticate once more, never in a loop.
        if (Result<void> a = authenticate(); !a) {
            return a.error();
        }
        r = post(path, body, true);
    }
    return r;
}

Result<QJsonObject> EtcdClient::status()
{
    return object(post(QStringLiteral("/v3/maintenance/status"), {}, false));
}

Result<EtcdRange> EtcdClient::range(const QByteArray& key, const QByteArray& rangeEnd, qint64 limit,
                                    qint64 minModRevision, qint64 revision)
{
    QJsonObject body{{QStringLiteral("key"), b64(key)}};
    if (!rangeEnd.isEmpty()) {
        body.insert(QStringLiteral("range_end"), b64(rangeEnd));
    }
    if (limit > 0) {
        body.insert(QStringLiteral("limit"), QString::number(limit));
    }
    if (minModRevision > 0) {
        body.insert(QStringLiteral("min_mod_revision"), QString::number(minModRevision));
    }
    if (revision > 0) {
        body.insert(QStringLiteral("revision"), QString::number(revision));
    }
    Result<QByteArray> r = callRaw(QStringLiteral("/v3/kv/range"), body);
    if (!r) {
        return r.error();
    }
    // A page of 5,000 keys is about 3 MB of JSON: the scanner reads the gateway's plain shape
    // without building a tree; anything else takes QJsonDocument's way, with the same result.
    if (std::optional<EtcdRange> scanned = scanRange(*r)) {
        return std::move(*scanned);
    }
    return rangeFromJson(QJsonDocument::fromJson(*r).object());
}

Result<std::optional<EtcdKv>> EtcdClient::get(const QByteArray& key)
{
    Result<EtcdRange> r = range(key, {});
    if (!r) {
        return r.error();
    }
    if (r->kvs.isEmpty()) {
        return std::optional<EtcdKv>();
    }
    return std::optional<EtcdKv>(r->kvs.constFirst());
}

Result<void> EtcdClient::watch(const QByteArray& key, const QByteArray& rangeEnd, qint64 fromRevision,
                               int limitMs, const std::function<bool(const QJsonObject& result)>& onResult)
{
    if (m_token.isEmpty()) {
        if (Result<void> a = authenticate(); !a) {
            return a.error();
        }
    }
    QJsonObject create{{QStringLiteral("key"), b64(key)}, {QStringLiteral("range_end"), b64(rangeEnd)}};
    if (fromRevision > 0) {
        create.insert(QStringLiteral("start_revision"), QString::number(fromRevision));
    }
    QString streamError;
    const Stream stream{[&](const QJsonObject& message) {
                            if (message.contains(QStringLiteral("error"))) {
                                const QJsonObject e = message.value(QStringLiteral("error")).toObject();
                                streamError = e.value(QStringLiteral("message")).toString();
                                return false;
                            }
                            const QJsonObject result = message.value(QStringLiteral("result")).toObject();
                            // A restarted member has forgotten its tokens and cancels the watch
                            // rather than failing the request: the next call signs in again.
                            if (watchCancelReason(result).contains(QLatin1String("invalid auth token"))) {
                                m_token.clear();
                            }
                            return onResult(result);
                        },
                        limitMs};
    const int n = int(m_profile.endpoints.size());
    bool networkError = false;
    Result<QByteArray> r = postTo(
        m_profile.endpoints.at(m_endpoint), QStringLiteral("/v3/watch"),
        QJsonDocument(QJsonObject{{QStringLiteral("create_request"), create}}).toJson(QJsonDocument::Compact),
        true, &networkError, &stream);
    if (networkError) {
        m_endpoint = (m_endpoint + 1) % n;
    }
    if (!r) {
        if (m_lastFailure == EtcdFailure::Auth) {
            m_token.clear(); // expired: the next call authenticates again
        }
        return r.error();
    }
    if (!streamError.isEmpty()) {
        const QString where = QUrl(m_profile.endpoints.at(m_endpoint)).authority();
        if (streamError.contains(QLatin1String("invalid auth token"))) {
            m_token.clear();
            return fail(EtcdFailure::Auth, ErrorCode::External,
                        tr("%1 did not accept the session token.").arg(where));
        }
        if (isUnavailable(0, streamError)) {
            m_endpoint = (m_endpoint + 1) % n;
            return fail(EtcdFailure::Network, ErrorCode::External,
                        tr("%1 is unavailable: %2").arg(where, streamError));
        }
        return fail(EtcdFailure::Server, ErrorCode::External,
                    tr("%1 refused the watch: %2").arg(where, streamError));
    }
    return {};
}

QString EtcdClient::watchCancelReason(const QJsonObject& result)
{
    if (!result.value(QStringLiteral("canceled")).toBool()) {
        return {};
    }
    const QString reason = result.value(QStringLiteral("cancel_reason")).toString();
    return reason.isEmpty() ? tr("the registry cancelled the watch") : reason;
}

Result<std::optional<QList<EtcdKv>>> EtcdClient::changes(const QByteArray& key, const QByteArray& rangeEnd,
                                                         qint64 fromRevision, qint64 untilRevision,
                                                         int limitMs)
{
    using Changes = std::optional<QList<EtcdKv>>;
    QMap<QByteArray, EtcdKv> latest; // key order, as range() answers
    bool complete = false;
    const int endpoint = m_endpoint;
    Result<void> r = watch(key, rangeEnd, fromRevision, limitMs, [&](const QJsonObject& result) {
        if (result.isEmpty() || result.value(QStringLiteral("canceled")).toBool() ||
            gatewayNumber(result.value(QStringLiteral("compact_revision"))) > 0) {
            return false; // a refusal or a compacted history
        }
        // Events arrive in revision order and a revision is never split between
        // messages: one at or after untilRevision means none before it is missing.
        const QJsonArray events = result.value(QStringLiteral("events")).toArray();
        for (const QJsonValue& e : events) {
            const QJsonObject event = e.toObject();
            EtcdKv kv = kvFromJson(event.value(QStringLiteral("kv")).toObject());
            if (kv.modRevision >= untilRevision) {
                complete = true;
            }
            if (kv.modRevision > untilRevision) {
                break;
            }
            if (event.value(QStringLiteral("type")).toString() == QLatin1String("DELETE")) {
                latest.remove(kv.key);
            } else {
                latest.insert(kv.key, std::move(kv));
            }
        }
        return !complete;
    });
    m_endpoint = endpoint; // range() fails over (and renews the token) as usual
    if (!r || !complete) {
        return Changes();
    }
    return Changes(latest.values());
}

Result<QJsonObject> EtcdClient::txn(const QJsonObject& body)
{
    return call(QStringLiteral("/v3/kv/txn"), body);
}

Result<QJsonObject> EtcdClient::put(const QByteArray& key, const QByteArray& value)
{
    return call(QStringLiteral("/v3/kv/put"),
                {{QStringLiteral("key"), b64(key)}, {QStringLiteral("value"), b64(value)}});
}

Result<QJsonObject> EtcdClient::deleteRange(const QByteArray& key, const QByteArray& rangeEnd)
{
    QJsonObject body{{QStringLiteral("key"), b64(key)}};
    if (!rangeEnd.isEmpty()) {
        body.insert(QStringLiteral("range_end"), b64(rangeEnd));
    }
    return call(QStringLiteral("/v3/kv/deleterange"), body);
}

} // namespace kw
