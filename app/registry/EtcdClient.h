// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/Profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace kw {

struct EtcdKv
{
    QByteArray key;
    QByteArray value;
    qint64 modRevision = 0;
    qint64 createRevision = 0;
};

struct EtcdRange
{
    QList<EtcdKv> kvs;
    bool more = false;
    qint64 revision = 0; // the store revision the answer reflects
};

// What failed, so callers can tell "try again later" from "fix the profile".
enum class EtcdFailure
{
    None,
    Network,    // no endpoint answered: offline
    Tls,        // certificate chain, host name, pin: never retried on another endpoint
    Auth,       // wrong user or password
    Permission, // the user may not touch this key
    Server,     // etcd answered with an error
    TooManyOps, // a txn had more operations than the server's --max-txn-ops
    Cancelled,
};

// etcd v3's JSON gateway (/v3/...) over QNetworkAccessManager. Calls block in a local event loop,
// so a client lives on one worker thread (or the CLI's main thread) and never on the GUI thread.
// TLS is built only from the profile: its CA file is the only trust anchor, SSL errors are never
// ignored, and a pinned SPKI is checked on encrypted(), before the request is written.
// The token and password never appear in an error message.
class EtcdClient final
{
    Q_DISABLE_COPY_MOVE(EtcdClient)

public:
    EtcdClient(RegistryProfile profile, QByteArray password, QByteArray keyPassphrase = {});
    ~EtcdClient();

    // Loads the CA, client certificate and key; call once before anything else.
    Result<void> configure();
    const RegistryProfile& profile() const { return m_profile; }
    EtcdFailure lastFailure() const { return m_lastFailure; }
    QString currentEndpoint() const;
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setCancelFlag(const std::atomic_bool* cancelled) { m_cancelled = cancelled; }
    // How many requests reached a server (a test proves a refused connection sent nothing).
    int requestsSent() const { return m_sent; }
    // How many times a token was asked for (a test proves an expired token is renewed once).
    int authentications() const { return m_authentications; }

    // A client with the same profile, credentials and token, for another thread (a client and its
    // QNetworkAccessManager belong to the thread that made them); call configure() on it.
    std::unique_ptr<EtcdClient> twin() const;

    Result<void> authenticate();
    Result<QJsonObject> status(); // /v3/maintenance/status: no token needed
    Result<EtcdRange> range(const QByteArray& key, const QByteArray& rangeEnd, qint64 limit = 0,
                            qint64 minModRevision = 0, qint64 revision = 0);
    Result<std::optional<EtcdKv>> get(const QByteArray& key);
    // The keys under [key, rangeEnd) changed in revisions fromRevision..untilRevision, each at its
    // latest state there (deleted ones left out), read through /v3/watch from history: etcd answers
    // a min_mod_revision range by scanning the whole range. nullopt when the answer is not
    // conclusive (history compacted, watch refused, or no event at or after untilRevision within
    // limitMs, e.g. when the last change was outside the range): the caller then reads with range().
    Result<std::optional<QList<EtcdKv>>> changes(const QByteArray& key, const QByteArray& rangeEnd,
                                                 qint64 fromRevision, qint64 untilRevision, int limitMs);
    // A /v3/watch on [key, rangeEnd) from fromRevision (0: from now). Each result message (the
    // first one has "created") goes to onResult until it returns false or limitMs passes, which
    // end the watch successfully; limitMs 0 means no limit. A stream the server ends, a network
    // error (the next call uses the next endpoint) or an error message is a failure; an expired
    // token is dropped so the next call authenticates again.
    Result<void> watch(const QByteArray& key, const QByteArray& rangeEnd, qint64 fromRevision, int limitMs,
                       const std::function<bool(const QJsonObject& result)>& onResult);
    // Why a watch result message cancels the watch (etcd's reason, or a generic one), or empty.
    static QString watchCancelReason(const QJsonObject& result);
    // The txn body as the gateway takes it (keys and values already base64); returns the answer.
    Result<QJsonObject> txn(const QJsonObject& body);
    Result<QJsonObject> put(const QByteArray& key, const QByteArray& value);
    Result<QJsonObject> deleteRange(const QByteArray& key, const QByteArray& rangeEnd = {});

    // Any call through the authenticated path, re-authenticating once on an expired token.
    Result<QJsonObject> call(const QString& path, const QJsonObject& body);

    static QString b64(const QByteArray& bytes) { return QString::fromLatin1(bytes.toBase64()); }
    static QByteArray prefixEnd(const QByteArray& prefix);

private:
    // A streamed answer (/v3/watch): each message goes to onMessage until it returns false or
    // limitMs (if not 0) passes; then the stream is closed and postTo returns an empty answer.
    struct Stream
    {
        std::function<bool(const QJsonObject&)> onMessage;
        int limitMs = 0;
    };

    // One request to the current endpoint, moving on to the next ones on network errors.
    Result<QByteArray> post(const QString& path, const QJsonObject& body, bool withToken);
    // call() before the answer's JSON is parsed.
    Result<QByteArray> callRaw(const QString& path, const QJsonObject& body);
    Result<QByteArray> postTo(const QString& endpoint, const QString& path, const QByteArray& body,
                              bool withToken, bool* networkError, const Stream* stream = nullptr);
    Error fail(EtcdFailure failure, ErrorCode code, const QString& message);

    RegistryProfile m_profile;
    QByteArray m_password;
    QByteArray m_keyPassphrase;
    QByteArray m_token;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
    int m_endpoint = 0;
    int m_timeoutMs = 15000;
    int m_sent = 0;
    int m_authentications = 0;
    const std::atomic_bool* m_cancelled = nullptr;
    EtcdFailure m_lastFailure = EtcdFailure::None;
};

} // namespace kw
