// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's pure rules: endpoint policy, pins, the record codec and the §5 merge.
#include "registry/Profile.h"
#include "registry/RangeScanner.h"
#include "registry/Records.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace kw;

namespace {

QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2030, 1, day), QTime(hour, 0), QTimeZone::utc());
}

KeyRecord sample()
{
    KeyRecord k;
    k.id = QStringLiteral("key_AAAAAAAAAAAAAAAA");
    k.projectId = QStringLiteral("prj_BBBBBBBBBBBBBBBB");
    k.name = QStringLiteral("svc");
    k.hint = QStringLiteral("chat_live_abcdef");
    k.hash = QString(64, u'a');
    k.env = Env::Live;
    k.scopes = {QStringLiteral("chat")};
    k.createdAt = k.updatedAt = at(1);
    k.createdBy = k.updatedBy = QStringLiteral("alice");
    k.keptInKeychain = true;
    return k;
}

// A /v3/kv/range answer as etcd's gateway writes it (field order and int64 strings included).
QByteArray gatewayAnswer(bool more)
{
    QByteArray kvs;
    for (int i = 0; i < 3; ++i) {
        KeyRecord k = sample();
        k.id = QStringLiteral("key_AAAAAAAAAAAAAAA%1").arg(i);
        const QByteArray key = layout::keyKey(QStringLiteral("team-a"), k.projectId, k.id);
        const QByteArray value = QJsonDocument(registryRecord(k)).toJson(QJsonDocument::Compact);
        kvs += (i ? "," : "") + QByteArrayLiteral("{\"key\":\"") + key.toBase64() +
               "\",\"create_revision\":\"" + QByteArray::number(20 + i) + "\",\"mod_revision\":\"" +
               QByteArray::number(30 + i) + "\",\"version\":\"1\",\"value\":\"" + value.toBase64() + "\"}";
    }
    return "{\"header\":{\"cluster_id\":\"14841639068965178418\",\"member_id\":\"10276657743932975437\","
           "\"revision\":\"1234\",\"raft_term\":\"2\"},\"kvs\":[" +
           kvs + "]" + (more ? ",\"more\":true" : "") + ",\"count\":\"3\"}";
}

// The scanner answers only what QJsonDocument's reading answers.
bool sameAsQJsonDocument(const QByteArray& answer, bool mustScan)
{
    const std::optional<EtcdRange> scanned = scanRange(answer);
    if (!scanned) {
        return !mustScan;
    }
    const EtcdRange expected = rangeFromJson(QJsonDocument::fromJson(answer).object());
    bool same = scanned->more == expected.more && scanned->revision == expected.revision &&
                scanned->kvs.size() == expected.kvs.size();
    for (qsizetype i = 0; same && i < expected.kvs.size(); ++i) {
        const EtcdKv& a = scanned->kvs.at(i);
        const EtcdKv& b = expected.kvs.at(i);
        same = a.key == b.key && a.value == b.value && a.modRevision == b.modRevision &&
               a.createRevision == b.createRevision;
    }
    if (!same) {
        qWarning("scanner and QJsonDocument differ on %s", answer.constData());
    }
    return same;
}

KeyRecord revoked(KeyRecord k, const QDateTime& when, const QString& by)
{
    k.status = KeyStatus::Revoked;
    k.revokedAt = when;
    k.revokedBy = by;
    k.revokeReason = RevokeReason::Compromised;
    k.updatedAt = when;
    return k;
}

} // namespace

class TstRegistryRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointsMustBeHttpsUnlessLoopbackIsAllowed_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("allowLoopback");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://etcd.example:2379") << false << true;
        QTest::newRow("http remote") << QStringLiteral("http://etcd.example:2379") << false << false;
        QTest::newRow("http remote, loopback allowed")
            << QStringLiteral("http://10.0.0.5:2379") << true << false;
        QTest::newRow("http loopback, not allowed")
            << QStringLiteral("http://127.0.0.1:2379") << false << false;
        QTest::newRow("http loopback, allowed") << QStringLiteral("http://127.0.0.1:2379") << true << true;
        QTest::newRow("http ::1, allowed") << QStringLiteral("http://[::1]:2379") << true << true;
        QTest::newRow("http localhost, allowed") << QStringLiteral("http://localhost:2379") << true << true;
        QTest::newRow("no port") << QStringLiteral("https://etcd.example") << false << false;
        QTest::newRow("a path") << QStringLiteral("https://etcd.example:2379/v3") << false << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://etcd.example:21") << true << false;
    }
    void endpointsMustBeHttpsUnlessLoopbackIsAllowed()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, allowLoopback);
        QFETCH(bool, accepted);
        QCOMPARE(endpointProblem(endpoint, allowLoopback).isEmpty(), accepted);
    }

    void pinsAreNormalisedToHex()
    {
        const QByteArray raw = QByteArray(32, '\x5a');
        const QString hex = QString::fromLatin1(raw.toHex());
        QCOMPARE(normalizedPin(hex.toUpper()), hex);
        QCOMPARE(normalizedPin(QStringLiteral("sha256//") + QString::fromLatin1(raw.toBase64())), hex);
        QCOMPARE(normalizedPin(QStringLiteral("5a:5a")), QString());
        QCOMPARE(normalizedPin(QStringLiteral("sha256//notbase64!")), QString());
    }

    void recordsCarryNoConsoleLocalFieldsAndRoundTrip()
    {
        KeyRecord k = sample();
        k.expiresAt = at(20).addMSecs(123);
        const QByteArray json = QJsonDocument(registryRecord(k)).toJson();
        QVERIFY(!json.contains("kept_in_keychain"));
        QVERIFY(!json.contains("last_used_at"));
        QVERIFY(json.contains("\"schema\": 1"));
        Result<KeyRecord> back = keyFromRegistry(json);
        QVERIFY(back);
        QCOMPARE(back->expiresAt, k.expiresAt); // milliseconds survive
        QCOMPARE(back->hash, k.hash);
        QCOMPARE(back->scopes, k.scopes);
    }

    void malformedRecordsAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QJsonObject good = registryRecord(sample());
        QJsonObject noHash = good;
        noHash.remove(QStringLiteral("hash"));
        QJsonObject schema2 = good;
        schema2.insert(QStringLiteral("schema"), 2);
        QJsonObject badTime = good;
        badTime.insert(QStringLiteral("expires_at"), QStringLiteral("tomorrow"));
        QJsonObject revokedNoTime = good;
        revokedNoTime.insert(QStringLiteral("status"), QStringLiteral("revoked"));
        QTest::newRow("truncated") << QByteArray("{\"schema\":1,") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not valid JSON");
        QTest::newRow("schema 2") << QJsonDocument(schema2).toJson()
                                  << QStringLiteral("unknown schema version 2");
        QTest::newRow("no hash") << QJsonDocument(noHash).toJson() << QStringLiteral("no valid hash");
        QTest::newRow("bad time") << QJsonDocument(badTime).toJson() << QStringLiteral("not ISO 8601");
        QTest::newRow("revoked, no time")
            << QJsonDocument(revokedNoTime).toJson() << QStringLiteral("without revoked_at");
    }
    void malformedRecordsAreRefusedWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Result<KeyRecord> k = keyFromRegistry(json);
        QVERIFY(!k);
        QVERIFY2(k.error().message.contains(message), qPrintable(k.error().message));
    }

    void withoutLocalChangesTheRegistryCopyIsTaken()
    {
        KeyRecord local = sample();
        KeyRecord remote = sample();
        remote.name = QStringLiteral("renamed");
        remote.updatedAt = at(2);
        const KeyMerge m = mergeKey(local, remote, false);
        QCOMPARE(m.merged.name, QStringLiteral("renamed"));
        QVERIFY(m.conflicts.isEmpty());
        QVERIFY(m.merged.keptInKeychain); // local-only fields stay
    }

    void revokedBeatsActiveAndTheEarliestRevocationIsKept()
    {
        KeyRecord local = revoked(sample(), at(3), QStringLiteral("alice"));
        KeyRecord remote = sample();
        remote.name = QStringLiteral("newer name");
        remote.updatedAt = at(5);
        KeyMerge m = mergeKey(local, remote, true);
        QCOMPARE(m.merged.status, KeyStatus::Revoked);
        QCOMPARE(m.merged.revokedAt, at(3));
        QCOMPARE(m.merged.name, QStringLiteral("newer name")); // last writer wins elsewhere
        QVERIFY(m.conflicts.contains(QStringLiteral("status")));

        // Even with no pending change here, an active registry copy does not undo a revocation.
        m = mergeKey(local, remote, false);
        QCOMPARE(m.merged.status, KeyStatus::Revoked);
        QVERIFY(m.differsFromRemote);

        const KeyRecord both = revoked(sample(), at(4), QStringLiteral("bob"));
        m = mergeKey(both, local, true);
        QCOMPARE(m.merged.revokedAt, at(3));
        QCOMPARE(m.merged.revokedBy, QStringLiteral("alice"));
    }

    void earlierExpiryAndGraceWin()
    {
        KeyRecord local = sample();
        local.expiresAt = at(20);
        local.graceUntil = at(10);
        local.updatedAt = at(6);
        KeyRecord remote = sample();
        remote.expiresAt = at(15);
        remote.updatedAt = at(2);
        const KeyMerge m = mergeKey(local, remote, true);
        QCOMPARE(m.merged.expiresAt, at(15));
        QCOMPARE(m.merged.graceUntil, at(10)); // set on one side: earlier than "never"
        QCOMPARE(m.merged.updatedAt, at(6));
        const QString kept = m.conflicts.value(QStringLiteral("expires_at"))
                                 .toObject()
                                 .value(QStringLiteral("kept"))
                                 .toString();
        QCOMPARE(QDateTime::fromString(kept, Qt::ISODateWithMs), at(15));
    }

    void rangeScannerReadsGatewayAnswersAsQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("page with more") << gatewayAnswer(true);
        QTest::newRow("last page") << gatewayAnswer(false);
        QTest::newRow("nothing") << QByteArray(R"({"header":{"revision":"7","raft_term":"2"},"count":"0"})");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("numbers, spaces, nested fields") << QByteArray(
            " {\n \"more\" : false , \"header\":{\"revision\":99,\"x\":[1,-2.5e3,null,{}]},"
            "\"kvs\":[ {\"value\":\"\",\"key\":\"YQ==\",\"mod_revision\":5,\"lease\":\"0\"} ] }\r\n");
        QTest::newRow("int64 strings not numbers")
            << QByteArray(R"({"header":{"revision":"x12"},"kvs":[{"key":"YQ","mod_revision":"-3"}]})");
    }
    void rangeScannerReadsGatewayAnswersAsQJsonDocument()
    {
        QFETCH(QByteArray, answer);
        QVERIFY(sameAsQJsonDocument(answer, true));
        QCOMPARE(scanRange(gatewayAnswer(true))->kvs.size(), 3);
        QCOMPARE(scanRange(gatewayAnswer(true))->revision, 1234);
        QVERIFY(scanRange(gatewayAnswer(true))->more);
        QVERIFY(keyFromRegistry(scanRange(gatewayAnswer(false))->kvs.at(2).value).ok());
    }

    void rangeScannerLeavesOtherAnswersToQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not JSON") << QByteArray("CommonName of client sending a request against gateway");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("trailing bytes") << gatewayAnswer(true) + "x";
        QTest::newRow("two kvs fields") << QByteArray(R"({"kvs":[],"kvs":[{"key":"YQ"}]})");
        QTest::newRow("two revisions") << QByteArray(R"({"header":{"revision":"1","revision":"2"}})");
        QTest::newRow("two keys") << QByteArray(R"({"kvs":[{"key":"YQ","key":"Yg"}]})");
        QTest::newRow("more not a bool") << QByteArray(R"({"more":"true"})");
        QTest::newRow("key not a string") << QByteArray(R"({"kvs":[{"key":12}]})");
        QTest::newRow("kv not an object") << QByteArray(R"({"kvs":["YQ"]})");
        QTest::newRow("escaped key") << QByteArray(R"({"kvs":[{"key":"Y\u0051"}]})");
        QTest::newRow("non-ASCII") << QByteArray("{\"kvs\":[{\"key\":\"Y\xc3\xa9\"}]}");
        QTest::newRow("fraction revision") << QByteArray(R"({"header":{"revision":1.5}})");
        QTest::newRow("huge number elsewhere") << QByteArray(R"({"count":1e400,"kvs":[{"key":"YQ"}]})");
        QTest::newRow("leading zero") << QByteArray(R"({"count":012})");
        QTest::newRow("trailing comma") << QByteArray(R"({"kvs":[{"key":"YQ"},]})");
        QTest::newRow("unclosed") << QByteArray(R"({"kvs":[{"key":"YQ"})");
    }
    void rangeScannerLeavesOtherAnswersToQJsonDocument()
    {
        QFETCH(QByteArray, answer);
        QVERIFY(!scanRange(answer));
    }

    // Every cut and many one-byte changes of a real page: the scanner answers as QJsonDocument or not.
    void rangeScannerNeverDisagreesOnDamagedAnswers()
    {
        const QByteArray answer = gatewayAnswer(true);
        for (qsizetype n = 0; n < answer.size(); ++n) {
            QVERIFY2(!scanRange(answer.left(n)), answer.left(n).constData());
        }
        int scanned = 0;
        for (qsizetype i = 0; i < answer.size(); ++i) {
            for (const char c : {'"', '\\', '{', '}', '[', ']', ',', ':', '1', '-', 'e', 'x', ' ', '\x80'}) {
                QByteArray damaged = answer;
                damaged[i] = c;
                QVERIFY(sameAsQJsonDocument(damaged, false));
                scanned += scanRange(damaged) ? 1 : 0;
            }
        }
        QVERIFY(scanned > 0); // changes inside base64 and numbers still scan, and must agree
    }
};

QTEST_GUILESS_MAIN(TstRegistryRecords)
#include "tst_registry_records.moc"
