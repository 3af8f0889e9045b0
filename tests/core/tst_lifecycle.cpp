// SPDX-License-Identifier: GPL-3.0-or-later
// Lifecycle rules of docs/keys.md at chosen instants, the issue policy, and the time helpers.
#include "core/Lifecycle.h"
#include "core/Time.h"

#include <QTest>
#include <QTimeZone>
#include <time.h>

using namespace kw;

Q_DECLARE_METATYPE(kw::KeyState)
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

const QDateTime T0(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc());
constexpr qint64 Day = 86400;
constexpr qint64 Hour = 3600;

QDateTime at(qint64 seconds)
{
    return T0.addSecs(seconds);
}

// A key issued at T0; offsets in seconds from T0, -1 for "not set".
KeyRecord keyWith(qint64 expiresIn, qint64 graceIn, bool revoked)
{
    KeyRecord k;
    k.id = QStringLiteral("key_0000000000000001");
    k.createdAt = T0;
    if (expiresIn >= 0) {
        k.expiresAt = at(expiresIn);
    }
    if (graceIn >= 0) {
        k.graceUntil = at(graceIn);
        k.rotatedTo = QStringLiteral("key_0000000000000002");
    }
    if (revoked) {
        k.status = KeyStatus::Revoked;
        k.revokedAt = T0;
        k.revokeReason = RevokeReason::Compromised;
    }
    return k;
}

IssueRequest request(const QStringList& scopes = {}, const QStringList& models = {})
{
    IssueRequest r;
    r.projectId = QStringLiteral("prj_0000000000000001");
    r.name = QStringLiteral("backend");
    r.owner = QStringLiteral("alice");
    r.scopes = scopes;
    r.models = models;
    return r;
}

Policy restrictive()
{
    Policy p;
    p.allowedScopes = {QStringLiteral("chat:read"), QStringLiteral("chat:write")};
    p.allowedModels = {QStringLiteral("gpt-small"), QStringLiteral("gpt-large")};
    p.maxLifetimeDays = 90;
    p.defaultTier = RateTier{60, 10000, 1000000};
    return p;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A zone with DST and a non-zero offset, so "no zone means UTC" is really tested.
        qputenv("TZ", "America/New_York");
        ::tzset();
        const QDateTime local(QDate(2027, 1, 31), QTime(12, 0), Qt::LocalTime);
        QVERIFY2(local.offsetFromUtc() == -5 * 3600, "the America/New_York zone is not available");
    }

    void deriveState_data()
    {
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<qint64>("graceIn");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("reminderDays");
        QTest::addColumn<KeyState>("state");

        // Expiry at T0+30d, reminder 14 days: the window opens at T0+16d.
        QTest::newRow("active") << 30 * Day << qint64(-1) << false << Day << 14 << KeyState::Active;
        QTest::newRow("just before the window")
            << 30 * Day << qint64(-1) << false << 16 * Day - 1 << 14 << KeyState::Active;
        QTest::newRow("window opens")
            << 30 * Day << qint64(-1) << false << 16 * Day << 14 << KeyState::Expiring;
        QTest::newRow("last second") << 30 * Day << qint64(-1) << false << 30 * Day - 1 << 14
                                     << KeyState::Expiring;
        QTest::newRow("at expiry") << 30 * Day << qint64(-1) << false << 30 * Day << 14 << KeyState::Expired;
        QTest::newRow("after expiry")
            << 30 * Day << qint64(-1) << false << 400 * Day << 14 << KeyState::Expired;
        QTest::newRow("no reminder") << 30 * Day << qint64(-1) << false << 30 * Day - 1 << 0
                                     << KeyState::Active;
        QTest::newRow("long reminder") << 30 * Day << qint64(-1) << false << Day << 60 << KeyState::Expiring;
        QTest::newRow("never expires")
            << qint64(-1) << qint64(-1) << false << 10000 * Day << 14 << KeyState::Active;

        // Rotated keys: grace until T0+5d.
        QTest::newRow("in grace") << 30 * Day << 5 * Day << false << Day << 14 << KeyState::InGrace;
        QTest::newRow("grace without expiry")
            << qint64(-1) << 5 * Day << false << Day << 14 << KeyState::InGrace;
        QTest::newRow("grace end is expired")
            << 30 * Day << 5 * Day << false << 5 * Day << 14 << KeyState::Expired;
        QTest::newRow("last second of grace")
            << 30 * Day << 5 * Day << false << 5 * Day - 1 << 14 << KeyState::InGrace;
        QTest::newRow("after grace, no expiry")
            << qint64(-1) << 5 * Day << false << 6 * Day << 14 << KeyState::Expired;
        // In grace beats expiring: expiry T0+10d puts T0+1d inside the 14-day window.
        QTest::newRow("in grace beats expiring")
            << 10 * Day << 5 * Day << false << Day << 14 << KeyState::InGrace;
        // Expired beats in grace: the key's own expiry comes before the end of its grace.
        QTest::newRow("expired beats in grace")
            << 10 * Day << 20 * Day << false << 12 * Day << 14 << KeyState::Expired;

        // Revoked beats everything.
        QTest::newRow("revoked active") << 30 * Day << qint64(-1) << true << Day << 14 << KeyState::Revoked;
        QTest::newRow("revoked expiring")
            << 30 * Day << qint64(-1) << true << 20 * Day << 14 << KeyState::Revoked;
        QTest::newRow("revoked expired")
            << 30 * Day << qint64(-1) << true << 40 * Day << 14 << KeyState::Revoked;
        QTest::newRow("revoked in grace") << 30 * Day << 5 * Day << true << Day << 14 << KeyState::Revoked;
        QTest::newRow("revoked after grace")
            << 30 * Day << 5 * Day << true << 6 * Day << 14 << KeyState::Revoked;
        QTest::newRow("revoked never expiring")
            << qint64(-1) << qint64(-1) << true << Day << 14 << KeyState::Revoked;
    }

    void deriveState()
    {
        QFETCH(qint64, expiresIn);
        QFETCH(qint64, graceIn);
        QFETCH(bool, revoked);
        QFETCH(qint64, now);
        QFETCH(int, reminderDays);
        QFETCH(KeyState, state);
        const KeyState got = kw::deriveState(keyWith(expiresIn, graceIn, revoked), at(now), reminderDays);
        QCOMPARE(stateName(got).toString(), stateName(state).toString());
    }

    void scopesOutsidePolicyAreRefused()
    {
        const Result<IssueRequest> r = applyPolicy(
            restrictive(),
            request({QStringLiteral("chat:read"), QStringLiteral("admin"), QStringLiteral("billing:write")}),
            T0);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(QStringLiteral("admin")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("billing:write")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("Scope")), qPrintable(r.error().message));
    }

    void modelsOutsidePolicyAreRefused()
    {
        const Result<IssueRequest> r = applyPolicy(
            restrictive(), request({}, {QStringLiteral("gpt-small"), QStringLiteral("gpt-huge")}), T0);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(QStringLiteral("gpt-huge")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("Model")), qPrintable(r.error().message));
    }

    void allowedScopesAndModelsPass()
    {
        const Result<IssueRequest> r = applyPolicy(
            restrictive(), request({QStringLiteral("chat:write")}, {QStringLiteral("gpt-large")}), T0);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->scopes, QStringList{QStringLiteral("chat:write")});
        QCOMPARE(r->models, QStringList{QStringLiteral("gpt-large")});
    }

    void emptyPolicyListsAllowAnything()
    {
        Policy open;
        const Result<IssueRequest> r =
            applyPolicy(open, request({QStringLiteral("anything")}, {QStringLiteral("any-model")}), T0);
        QVERIFY(r);
        QCOMPARE(r->scopes, QStringList{QStringLiteral("anything")});
        QVERIFY(!r->expiresAt.isValid()); // no maximum lifetime: never expires
    }

    void listsAreNormalized()
    {
        Policy p = restrictive();
        p.allowedScopes = {QStringLiteral("Chat:Read"), QStringLiteral("CHAT:WRITE")};
        const Result<IssueRequest> r =
            applyPolicy(p,
                        request({QStringLiteral("  chat:write "), QStringLiteral("Chat:Read"),
                                 QStringLiteral("chat:write"), QStringLiteral("  ")},
                                {QStringLiteral("GPT-Small")}),
                        T0);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const QStringList expectedScopes{QStringLiteral("chat:read"), QStringLiteral("chat:write")};
        QCOMPARE(r->scopes, expectedScopes);
        QCOMPARE(r->models, QStringList{QStringLiteral("gpt-small")});
        QCOMPARE(normalizedList({QStringLiteral("b"), QStringLiteral(" A "), QStringLiteral("a"), QString()}),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void nameAndOwnerAreTrimmedAndChecked()
    {
        IssueRequest r = request();
        r.name = QStringLiteral("  backend  ");
        r.owner = QStringLiteral(" alice ");
        const Result<IssueRequest> ok = applyPolicy(Policy(), r, T0);
        QVERIFY(ok);
        QCOMPARE(ok->name, QStringLiteral("backend"));
        QCOMPARE(ok->owner, QStringLiteral("alice"));

        r.name = QStringLiteral("   ");
        QVERIFY(!applyPolicy(Policy(), r, T0));
        r.name = QString(201, u'n');
        QVERIFY(!applyPolicy(Policy(), r, T0));
        r.name = QString(200, u'n');
        QVERIFY(applyPolicy(Policy(), r, T0));
        r.owner = QString(201, u'o');
        QVERIFY(!applyPolicy(Policy(), r, T0));
    }

    void defaultExpiryIsTheMaximumLifetime()
    {
        const Result<IssueRequest> r = applyPolicy(restrictive(), request(), T0);
        QVERIFY(r);
        QCOMPARE(r->expiresAt, QDateTime(QDate(2030, 4, 1), QTime(12, 0), QTimeZone::utc())); // T0 + 90 days
    }

    void lifetimeOverMaximumIsRefused()
    {
        IssueRequest r = request();
        r.expiresAt = at(90 * Day + 1);
        const Result<IssueRequest> refused = applyPolicy(restrictive(), r, T0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("90")), qPrintable(refused.error().message));

        r.expiresAt = at(90 * Day);
        const Result<IssueRequest> exact = applyPolicy(restrictive(), r, T0);
        QVERIFY(exact);
        QCOMPARE(exact->expiresAt, at(90 * Day));

        r.expiresAt = at(Day);
        QCOMPARE(applyPolicy(restrictive(), r, T0)->expiresAt, at(Day));
    }

    void pastExpiryIsRefused()
    {
        IssueRequest r = request();
        r.expiresAt = at(-1);
        const Result<IssueRequest> past = applyPolicy(Policy(), r, T0);
        QVERIFY(!past);
        QCOMPARE(past.error().code, ErrorCode::Invalid);
        QVERIFY2(past.error().message.contains(QStringLiteral("2030-01-01T11:59:59Z")),
                 qPrintable(past.error().message));
        r.expiresAt = T0;
        QVERIFY(!applyPolicy(Policy(), r, T0));
        r.expiresAt = at(1);
        QVERIFY(applyPolicy(Policy(), r, T0));
    }

    void defaultTierIsApplied()
    {
        const Result<IssueRequest> r = applyPolicy(restrictive(), request(), T0);
        QVERIFY(r && r->tier);
        QCOMPARE(r->tier->requestsPerMinute, 60);
        QCOMPARE(r->tier->tokensPerMinute, 10000);
        QCOMPARE(r->tier->monthlyQuota, qint64(1000000));

        IssueRequest own = request();
        own.tier = RateTier{5, 0, 0};
        const Result<IssueRequest> kept = applyPolicy(restrictive(), own, T0);
        QVERIFY(kept && kept->tier);
        QCOMPARE(kept->tier->requestsPerMinute, 5);
        QCOMPARE(kept->tier->tokensPerMinute, 0);

        own.tier = RateTier{-1, 0, 0};
        QVERIFY(!applyPolicy(restrictive(), own, T0));
        own.tier = RateTier{0, 0, -5};
        QVERIFY(!applyPolicy(restrictive(), own, T0));
    }

    void validatePolicy_data()
    {
        QTest::addColumn<int>("maxLifetime");
        QTest::addColumn<int>("reminder");
        QTest::addColumn<int>("grace");
        QTest::addColumn<int>("rpm");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << 0 << 14 << 7 << 0 << true;
        QTest::newRow("upper bounds") << 36500 << 365 << 365 << 100 << true;
        QTest::newRow("lifetime negative") << -1 << 14 << 7 << 0 << false;
        QTest::newRow("lifetime too long") << 36501 << 14 << 7 << 0 << false;
        QTest::newRow("reminder negative") << 0 << -1 << 7 << 0 << false;
        QTest::newRow("reminder too long") << 0 << 366 << 7 << 0 << false;
        QTest::newRow("grace negative") << 0 << 14 << -1 << 0 << false;
        QTest::newRow("grace too long") << 0 << 14 << 366 << 0 << false;
        QTest::newRow("negative tier") << 0 << 14 << 7 << -1 << false;
    }

    void validatePolicy()
    {
        QFETCH(int, maxLifetime);
        QFETCH(int, reminder);
        QFETCH(int, grace);
        QFETCH(int, rpm);
        QFETCH(bool, valid);
        Policy p;
        p.maxLifetimeDays = maxLifetime;
        p.reminderDays = reminder;
        p.graceDays = grace;
        p.defaultTier.requestsPerMinute = rpm;
        const Result<void> r = kw::validatePolicy(p);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().code, ErrorCode::Invalid);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void isValidProjectName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("slug") << QStringLiteral("chat-api") << true;
        QTest::newRow("dots and underscores") << QStringLiteral("team.chat_v2") << true;
        QTest::newRow("digit first") << QStringLiteral("2fa") << true;
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("63 chars") << QString(63, u'a') << true;
        QTest::newRow("64 chars") << QString(64, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper") << QStringLiteral("Chat") << false;
        QTest::newRow("space") << QStringLiteral("chat api") << false;
        QTest::newRow("dash first") << QStringLiteral("-chat") << false;
        QTest::newRow("slash") << QStringLiteral("chat/api") << false;
        QTest::newRow("trailing newline") << QStringLiteral("chat\n") << false;
    }

    void isValidProjectName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(kw::isValidProjectName(name), valid);
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<qint64>>("seconds");
        using S = std::optional<qint64>;
        QTest::newRow("days") << QStringLiteral("90d") << S(90 * Day);
        QTest::newRow("hours") << QStringLiteral("12h") << S(12 * Hour);
        QTest::newRow("weeks") << QStringLiteral("2w") << S(14 * Day);
        QTest::newRow("min") << QStringLiteral("30min") << S(30 * 60);
        QTest::newRow("m") << QStringLiteral("5m") << S(5 * 60);
        QTest::newRow("seconds") << QStringLiteral("45s") << S(45);
        QTest::newRow("zero") << QStringLiteral("0d") << S(0);
        QTest::newRow("spaces") << QStringLiteral(" 3 d ") << S(3 * Day);
        QTest::newRow("nine digits") << QStringLiteral("999999999w") << S(999999999LL * 7 * Day);
        QTest::newRow("empty") << QString() << S();
        QTest::newRow("no number") << QStringLiteral("d") << S();
        QTest::newRow("no unit") << QStringLiteral("90") << S();
        QTest::newRow("negative") << QStringLiteral("-1d") << S();
        QTest::newRow("fraction") << QStringLiteral("1.5d") << S();
        QTest::newRow("years") << QStringLiteral("1y") << S();
        QTest::newRow("ten digits") << QStringLiteral("1000000000s") << S();
        QTest::newRow("two units") << QStringLiteral("1d2h") << S();
        QTest::newRow("upper-case unit") << QStringLiteral("3D") << S();
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<qint64>, seconds);
        const std::optional<qint64> got = kw::parseDuration(text);
        QCOMPARE(got.has_value(), seconds.has_value());
        if (seconds) {
            QCOMPARE(*got, *seconds);
        }
    }

    // --since/--until: an ISO time wins; a duration counts back from now; anything else refused.
    void parseTimeOrAgo()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        QCOMPARE(kw::parseTimeOrAgo(QStringLiteral("7d"), now), now.addDays(-7));
        QCOMPARE(kw::parseTimeOrAgo(QStringLiteral("90min"), now), now.addSecs(-5400));
        QCOMPARE(kw::parseTimeOrAgo(QStringLiteral("2026-11-01"), now),
                 QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!kw::parseTimeOrAgo(QStringLiteral("last week"), now));
        QVERIFY(!kw::parseTimeOrAgo(QStringLiteral("-7d"), now));
    }

    void parseIsoTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: refused
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
        };
        QTest::newRow("date") << QStringLiteral("2027-01-31") << utc(2027, 1, 31, 0, 0, 0);
        QTest::newRow("minutes, no zone") << QStringLiteral("2027-01-31T12:00") << utc(2027, 1, 31, 12, 0, 0);
        QTest::newRow("seconds, no zone")
            << QStringLiteral("2027-07-01T08:30:15") << utc(2027, 7, 1, 8, 30, 15);
        QTest::newRow("Z") << QStringLiteral("2027-01-31T12:00:00Z") << utc(2027, 1, 31, 12, 0, 0);
        QTest::newRow("positive offset")
            << QStringLiteral("2027-01-31T14:00:00+02:00") << utc(2027, 1, 31, 12, 0, 0);
        QTest::newRow("negative offset")
            << QStringLiteral("2027-01-31T07:00:00-05:00") << utc(2027, 1, 31, 12, 0, 0);
        QTest::newRow("milliseconds")
            << QStringLiteral("2027-01-31T12:00:00.250Z") << utc(2027, 1, 31, 12, 0, 0, 250);
        QTest::newRow("surrounding space")
            << QStringLiteral("  2027-01-31T12:00:00Z \n") << utc(2027, 1, 31, 12, 0, 0);
        // 02:30 does not exist in New York on 2027-03-14 (clocks jump from 02:00 to 03:00), but a
        // time without zone means UTC, where it exists.
        QTest::newRow("local DST gap") << QStringLiteral("2027-03-14T02:30") << utc(2027, 3, 14, 2, 30, 0);
        // 01:30 happens twice in New York on 2027-11-07; in UTC once.
        QTest::newRow("local DST overlap")
            << QStringLiteral("2027-11-07T01:30:00") << utc(2027, 11, 7, 1, 30, 0);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29") << utc(2028, 2, 29, 0, 0, 0);
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("blank") << QStringLiteral("   ") << QDateTime();
        QTest::newRow("words") << QStringLiteral("tomorrow") << QDateTime();
        QTest::newRow("no leap day") << QStringLiteral("2027-02-29") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2027-13-01") << QDateTime();
        QTest::newRow("hour 25") << QStringLiteral("2027-01-31T25:00") << QDateTime();
        QTest::newRow("us order") << QStringLiteral("01/31/2027") << QDateTime();
    }

    void parseIsoTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> got = kw::parseIsoTime(text);
        QCOMPARE(got.has_value(), expected.isValid());
        if (got) {
            QCOMPARE(got->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
            QCOMPARE(got->offsetFromUtc(), 0);
        }
    }

    void storedTimeRoundTrips()
    {
        QCOMPARE(toMs(QDateTime()), qint64(0));
        QVERIFY(!fromMs(0).isValid());
        const QDateTime t = at(123).addMSecs(456);
        QCOMPARE(toMs(t), t.toMSecsSinceEpoch());
        QCOMPARE(fromMs(toMs(t)), t);
        QCOMPARE(fromMs(toMs(t)).offsetFromUtc(), 0);
        // A local time is stored as the same instant.
        const QDateTime local(QDate(2027, 1, 31), QTime(7, 0), Qt::LocalTime);
        QCOMPARE(fromMs(toMs(local)), QDateTime(QDate(2027, 1, 31), QTime(12, 0), QTimeZone::utc()));
    }

    void isoOutputIsUtcWithZ()
    {
        QCOMPARE(toIso(QDateTime()), QString());
        QCOMPARE(toIso(T0), QStringLiteral("2030-01-01T12:00:00Z"));
        const QDateTime local(QDate(2027, 7, 1), QTime(8, 0), Qt::LocalTime); // EDT, UTC-4
        QCOMPARE(toIso(local), QStringLiteral("2027-07-01T12:00:00Z"));
        const std::optional<QDateTime> back = kw::parseIsoTime(toIso(T0));
        QVERIFY(back);
        QCOMPARE(*back, T0);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
