// SPDX-License-Identifier: GPL-3.0-or-later
// Names of the enums (what the CLI accepts and prints) and the JSON records (what --json, the audit
// trail and the registry carry).
#include "core/Json.h"
#include "core/Sha256.h"
#include "core/Time.h"
#include "core/Types.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace kw;

class TestTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // core/Sha256 (libcrypto when built with it) against Qt's SHA-256, across block boundaries and
    // split between its two parts; one object, reused, as the hot loops use it.
    void sha256MatchesQt()
    {
        kw::Sha256 sha;
        QByteArray text;
        for (int n = 0; n < 300; ++n) {
            text += char('a' + n % 26);
            for (const qsizetype split : {qsizetype(0), text.size() / 2, text.size()}) {
                char hex[64];
                sha.hex(QByteArrayView(text).first(split), QByteArrayView(text).sliced(split), hex);
                QCOMPARE(QByteArray(hex, 64),
                         QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
            }
        }
    }

    void namesRoundTrip()
    {
        for (Env e : {Env::Test, Env::Live}) {
            QCOMPARE(envFromName(envName(e)), std::optional<Env>(e));
        }
        for (KeyStatus s : {KeyStatus::Active, KeyStatus::Revoked}) {
            QCOMPARE(statusFromName(statusName(s)), std::optional<KeyStatus>(s));
        }
        for (KeyState s : {KeyState::Active, KeyState::Expiring, KeyState::InGrace, KeyState::Expired,
                           KeyState::Revoked}) {
            QVERIFY(!stateName(s).isEmpty());
            QCOMPARE(stateFromName(stateName(s)), std::optional<KeyState>(s));
        }
        for (RevokeReason r : {RevokeReason::Compromised, RevokeReason::Unused, RevokeReason::Rotated,
                               RevokeReason::OwnerLeft, RevokeReason::Other}) {
            QCOMPARE(reasonFromName(reasonName(r)), std::optional<RevokeReason>(r));
        }
    }

    // The names of docs/keys.md, which users type and scripts parse.
    void documentedNames()
    {
        QCOMPARE(envName(Env::Live).toString(), QStringLiteral("live"));
        QCOMPARE(envName(Env::Test).toString(), QStringLiteral("test"));
        QCOMPARE(reasonFromName(u"compromised"), std::optional<RevokeReason>(RevokeReason::Compromised));
        QCOMPARE(reasonFromName(u"unused"), std::optional<RevokeReason>(RevokeReason::Unused));
        QCOMPARE(reasonFromName(u"rotated"), std::optional<RevokeReason>(RevokeReason::Rotated));
        QCOMPARE(reasonFromName(u"owner-left"), std::optional<RevokeReason>(RevokeReason::OwnerLeft));
        QCOMPARE(reasonFromName(u"other"), std::optional<RevokeReason>(RevokeReason::Other));
        QCOMPARE(stateFromName(u"expired"), std::optional<KeyState>(KeyState::Expired));
        QCOMPARE(stateFromName(u"expiring"), std::optional<KeyState>(KeyState::Expiring));
        QCOMPARE(stateFromName(u"active"), std::optional<KeyState>(KeyState::Active));
        QCOMPARE(stateFromName(u"revoked"), std::optional<KeyState>(KeyState::Revoked));
        // Case-insensitive on input.
        QCOMPARE(envFromName(u"LIVE"), std::optional<Env>(Env::Live));
        QCOMPARE(reasonFromName(u"Owner-Left"), std::optional<RevokeReason>(RevokeReason::OwnerLeft));
        // Unknown names are refused, not mapped to a default.
        QVERIFY(!envFromName(u"prod"));
        QVERIFY(!envFromName(u""));
        QVERIFY(!statusFromName(u"expired"));
        QVERIFY(!stateFromName(u"gone"));
        QVERIFY(!reasonFromName(u"owner_left"));
    }

    void tierDescription()
    {
        const QString limited = describeTier(RateTier{60, 1000, 5000});
        QVERIFY(limited.contains(QStringLiteral("60")));
        QVERIFY(limited.contains(QStringLiteral("1000")));
        QVERIFY(limited.contains(QStringLiteral("5000")));
        const QString unlimited = describeTier(RateTier{});
        QVERIFY(!unlimited.contains(u'0'));
        QCOMPARE(unlimited.count(QStringLiteral("∞")), 3);
    }

    void policyJsonRoundTrips()
    {
        Policy p;
        p.allowedScopes = {QStringLiteral("chat:read"), QStringLiteral("chat:write")};
        p.allowedModels = {QStringLiteral("gpt-small")};
        p.maxLifetimeDays = 90;
        p.defaultTier = RateTier{60, 10000, 9007199254740993LL};
        p.reminderDays = 3;
        p.graceDays = 0;
        const QByteArray text = QJsonDocument(toJson(p)).toJson();
        const Policy back = policyFromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back == p);
        QCOMPARE(back.defaultTier.monthlyQuota, 9007199254740993LL);
        QCOMPARE(back.graceDays, 0); // an explicit 0 is not replaced by the default

        // Missing fields take the documented defaults: 14 days of reminder, 7 days of grace.
        const Policy empty = policyFromJson(QJsonObject());
        QCOMPARE(empty.reminderDays, 14);
        QCOMPARE(empty.graceDays, 7);
        QCOMPARE(empty.maxLifetimeDays, 0);
        QVERIFY(empty.allowedScopes.isEmpty());
    }

    void keyJsonHasThePublicRecordOnly()
    {
        KeyRecord k;
        k.id = QStringLiteral("key_0123456789abcdef");
        k.projectId = QStringLiteral("prj_0123456789abcdef");
        k.name = QStringLiteral("backend");
        k.env = Env::Live;
        k.hint = QStringLiteral("chat_live_9fQ2xK");
        k.hash = QString(64, u'a');
        k.scopes = {QStringLiteral("chat:read")};
        k.createdAt = QDateTime(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc());
        k.status = KeyStatus::Revoked;
        k.revokeReason = RevokeReason::OwnerLeft;
        const QJsonObject o = toJson(k);
        QCOMPARE(o.value(QStringLiteral("schema")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), k.id);
        QCOMPARE(o.value(QStringLiteral("env")).toString(), QStringLiteral("live"));
        QCOMPARE(o.value(QStringLiteral("hash")).toString(), k.hash);
        QCOMPARE(o.value(QStringLiteral("hint")).toString(), k.hint);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QCOMPARE(o.value(QStringLiteral("revoke_reason")).toString(), QStringLiteral("owner-left"));
        QCOMPARE(o.value(QStringLiteral("created_at")).toString(), QStringLiteral("2030-01-01T12:00:00Z"));
        QVERIFY(o.value(QStringLiteral("expires_at")).isNull());
        QVERIFY(o.value(QStringLiteral("rotated_to")).isNull());
        QCOMPARE(stringListFromJson(o.value(QStringLiteral("scopes"))), k.scopes);
        for (const QString& field : o.keys()) {
            QVERIFY2(!field.contains(QStringLiteral("secret")), qPrintable(field));
        }
    }
};

QTEST_GUILESS_MAIN(TestTypes)
#include "tst_types.moc"
