// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway's verdicts on a copy built here, and its HTTP server over real loopback sockets:
// pipelining, requests split across writes, bodies, and the requests it refuses.
#include "GatewayTestSupport.h"
#include "core/KeyFormat.h"
#include "registry/gateway/GatewayCopy.h"
#include "registry/gateway/GatewayService.h"
#include "registry/gateway/HttpServer.h"
#include "registry/gateway/KeyTable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kw;
using namespace kw::gateway;
using namespace kw::test;

namespace {

struct Issued
{
    QString secret;
    QString id;
};

// A key record as keyFromRegistry() gives it, for a freshly generated key.
Issued addKey(KeyTable& table, const std::function<void(KeyRecord&)>& change = {})
{
    const GeneratedKey g = generateKey(QStringLiteral("chat"), Env::Test);
    KeyRecord r;
    r.id = newKeyId();
    r.projectId = newProjectId();
    r.hash = g.hash;
    r.hint = g.hint;
    r.tier.requestsPerMinute = 60;
    r.createdAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    if (change) {
        change(r);
    }
    KeyHash hash{};
    std::shared_ptr<const GatewayKey> key = gatewayKey(r, &hash);
    if (key) {
        table.byHash[hash] = std::move(key);
    }
    return {g.secret, r.id};
}

std::string view(const QString& s)
{
    return s.toStdString();
}

} // namespace

class TstRegistryGatewayHttp : public QObject
{
    Q_OBJECT

    GatewayCopy m_copy;
    Issued m_active;
    std::unique_ptr<HttpServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        auto table = std::make_shared<KeyTable>();
        m_active = addKey(*table);
        m_copy.publish(table, 42);
        m_copy.setReachable(true, 0, {});
        const GatewayOptions options{"X-Api-Key", "X-Scope", "X-Model", 204};
        m_server = std::make_unique<HttpServer>([this, options] { return gatewayHandler(m_copy, options); });
        QVERIFY(m_server->listen(QStringLiteral("127.0.0.1:0")).ok());
        QVERIFY(m_server->start(2).ok());
    }

    void verdictsFollowTheContract()
    {
        KeyTable t;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Issued active = addKey(t);
        const Issued revoked = addKey(t, [](KeyRecord& r) {
            r.status = KeyStatus::Revoked;
            r.revokedAt = QDateTime::currentDateTimeUtc();
        });
        const Issued expired =
            addKey(t, [](KeyRecord& r) { r.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1); });
        const Issued later =
            addKey(t, [](KeyRecord& r) { r.expiresAt = QDateTime::currentDateTimeUtc().addDays(1); });
        const Issued pastGrace = addKey(t, [](KeyRecord& r) {
            r.rotatedTo = newKeyId();
            r.graceUntil = QDateTime::currentDateTimeUtc().addSecs(-1);
        });
        const Issued scoped = addKey(t, [](KeyRecord& r) {
            r.scopes = {QStringLiteral("read"), QStringLiteral("write")};
            r.models = {QStringLiteral("small")};
        });
        const auto check = [&](const QString& key, std::string_view scopes, std::string_view model) {
            const std::string k = view(key);
            return verify(t, k, scopes, model, now);
        };
        QCOMPARE(check(active.secret, "admin", "huge").outcome, Outcome::Valid); // empty lists: any
        QCOMPARE(check(active.secret, {}, {}).key->keyId, view(active.id));
        QCOMPARE(check(revoked.secret, {}, {}).outcome, Outcome::Revoked);
        QCOMPARE(check(expired.secret, {}, {}).outcome, Outcome::Expired);
        QCOMPARE(check(later.secret, {}, {}).outcome, Outcome::Valid);
        QCOMPARE(check(pastGrace.secret, {}, {}).reason, std::string_view("grace_ended"));
        QCOMPARE(check(scoped.secret, "read", {}).outcome, Outcome::Valid);
        QCOMPARE(check(scoped.secret, "read,write", "small").outcome, Outcome::Valid);
        QCOMPARE(check(scoped.secret, "read admin", {}).reason, std::string_view("scope"));
        QCOMPARE(check(scoped.secret, {}, "huge").reason, std::string_view("model"));
        QCOMPARE(check(QString(), {}, {}).reason, std::string_view("no_key"));
        QCOMPARE(check(generateKey(QStringLiteral("chat"), Env::Live).secret, {}, {}).reason,
                 std::string_view("unknown"));
        QString typo = active.secret;
        typo[10] = typo[10] == u'a' ? u'b' : u'a';
        QCOMPARE(check(typo, {}, {}).reason, std::string_view("malformed"));
        QVERIFY(!check(typo, {}, {}).key);
    }

    void headersNameTheKeyNeverTheSecret()
    {
        const HttpAnswer a =
            get(quint16(m_server->port()), "/x", {"X-Api-Key: " + m_active.secret.toLatin1()});
        QCOMPARE(a.status, 204);
        QCOMPARE(a.header("X-Keyward-Key-Id"), m_active.id.toLatin1());
        QCOMPARE(a.header("X-Keyward-RPM"), QByteArray("60"));
        QCOMPARE(a.header("X-Keyward-TPM"), QByteArray("0"));
        QCOMPARE(a.header("X-Keyward-Outcome"), QByteArray("valid"));
        for (const QByteArray& value : a.headers) {
            QVERIFY(!value.contains(m_active.secret.toLatin1()));
        }
        // The configured header may also carry "Bearer …".
        QCOMPARE(
            get(quint16(m_server->port()), "/x", {"X-Api-Key: Bearer " + m_active.secret.toLatin1()}).status,
            204);
        QCOMPARE(get(quint16(m_server->port()), "/x", {"authorization: bearer " + m_active.secret.toLatin1()})
                     .status,
                 204);
    }

    void pipelinedAndSplitRequests()
    {
        const quint16 port = quint16(m_server->port());
        const QByteArray one =
            "GET /a HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_active.secret.toLatin1() + "\r\n\r\n";
        const QByteArray withBody = "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
        const QList<HttpAnswer> answers = exchange(port, one + withBody + one, 3);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers.at(0).status, 204);
        QCOMPARE(answers.at(1).status, 401); // the body was skipped, not read as a request
        QCOMPARE(answers.at(2).status, 204);

        // The same request one byte per write.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(3000));
        for (char c : one) {
            socket.write(&c, 1);
            socket.flush();
        }
        QByteArray data;
        HttpAnswer a;
        QElapsedTimer timer;
        timer.start();
        while (!takeAnswer(data, a) && timer.elapsed() < 5000) {
            socket.waitForReadyRead(100);
            data += socket.readAll();
        }
        QVERIFY2(a.status != 0, data.constData());
        QCOMPARE(a.status, 204);
    }

    void refusedRequestsCloseTheConnection()
    {
        const quint16 port = quint16(m_server->port());
        const QList<std::pair<QByteArray, int>> cases{
            {"NONSENSE\r\n\r\n", 400},
            {"GET /x HTTP/2.0\r\n\r\n", 400},
            {"GET /x HTTP/1.1\r\nno colon here\r\n\r\n", 400},
            {"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
            {"POST /x HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", 413},
            {"GET /x HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n", 431},
        };
        for (const auto& [request, status] : cases) {
            const QList<HttpAnswer> answers = exchange(port, request + "GET /x HTTP/1.1\r\n\r\n", 2);
            QVERIFY2(answers.size() == 1, request.left(40).constData()); // nothing after a refused request
            QCOMPARE(answers.at(0).status, status);
            QCOMPARE(answers.at(0).header("Connection"), QByteArray("close"));
        }
        // HTTP/1.0 closes unless asked to keep alive.
        QCOMPARE(exchange(port, "GET /x HTTP/1.0\r\n\r\n").value(0).header("Connection"),
                 QByteArray("close"));
    }

    void healthAndNewTables()
    {
        const quint16 port = quint16(m_server->port());
        HttpAnswer h = get(port, "/_keyward/health");
        QCOMPARE(h.status, 200);
        QJsonObject o = QJsonDocument::fromJson(h.body).object();
        QCOMPARE(o.value(QStringLiteral("registry")).toString(), QStringLiteral("reachable"));
        QCOMPARE(o.value(QStringLiteral("revision")).toInt(), 42);
        QCOMPARE(o.value(QStringLiteral("keys")).toInt(), 1);
        // A POST to the health path is a key check like any other request.
        QCOMPARE(exchange(port, "POST /_keyward/health HTTP/1.1\r\n\r\n").value(0).status, 401);

        // A new table is used by the next request on a kept-alive connection; the copy goes stale.
        auto table = std::make_shared<KeyTable>();
        const Issued fresh = addKey(*table);
        const QByteArray request =
            "GET /a HTTP/1.1\r\nAuthorization: Bearer " + fresh.secret.toLatin1() + "\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(3000));
        const auto ask = [&] {
            socket.write(request);
            QByteArray data;
            HttpAnswer a;
            while (!takeAnswer(data, a) && socket.waitForReadyRead(2000)) {
                data += socket.readAll();
            }
            return a.status;
        };
        QCOMPARE(ask(), 401);
        m_copy.publish(table, 43);
        m_copy.setReachable(false, 1000, "etcd stopped");
        QCOMPARE(ask(), 204);
        o = QJsonDocument::fromJson(get(port, "/_keyward/health").body).object();
        QCOMPARE(o.value(QStringLiteral("registry")).toString(), QStringLiteral("unreachable"));
        QCOMPARE(o.value(QStringLiteral("stale_since")).toString(),
                 QStringLiteral("1970-01-01T00:00:01.000Z"));
        QCOMPARE(o.value(QStringLiteral("problem")).toString(), QStringLiteral("etcd stopped"));
    }

    void cleanupTestCase() { m_server->stop(); }
};

QTEST_GUILESS_MAIN(TstRegistryGatewayHttp)
#include "tst_registry_gateway_http.moc"
