// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's pure rules: endpoint policy, pins, the record codec and the §5 merge.
#include "registry/Profile.h"
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
};

QTEST_GUILESS_MAIN(TstRegistryRecords)
#include "tst_registry_records.moc"
