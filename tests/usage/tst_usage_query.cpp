// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryFixture.h"
#include "UsageFill.h"
#include "usage/UsageHours.h"
#include "usage/query/UsageQuery.h"

#include <QTest>

using namespace kw;
using namespace kw::test;

namespace {

// 2030-01-01T00:00Z, a Tuesday; the fixture's clock starts at noon that day.
const QDateTime Day0(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
const qint64 M0 = minuteOf(Day0);

qint64 at(const OutcomeCounts& c, Outcome o)
{
    return c[std::size_t(o)];
}

} // namespace

class TestUsageQuery : public QObject
{
    Q_OBJECT

private:
    InventoryFixture fx;
    QString project;
    KeyRecord a; // rotated at noon on day 0 into a2
    KeyRecord a2;
    KeyRecord b;

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(fx.open(), QString());
        Result<Project> p = fx.project(QStringLiteral("chat-api"), QStringLiteral("chat"));
        QVERIFY(p);
        project = p->id;
        fx.clock.set(Day0.addSecs(-86400));
        a = fx.issue(project, QStringLiteral("a"))->key;
        b = fx.issue(project, QStringLiteral("b"))->key;
        fx.clock.set(Day0.addSecs(12 * 3600));
        Result<Issued> rotated = fx.rotate(a.id);
        QVERIFY(rotated);
        a2 = rotated->key;
        a = fx.inv().key(a.id).value();
        QCOMPARE(a.rotatedTo, a2.id);

        UsageFill fill(fx.ws(), project);
        QVERIFY(fill.add(a.id, M0 + 0, Outcome::Valid, 10));
        QVERIFY(fill.add(a.id, M0 + 30, Outcome::Valid, 5));
        QVERIFY(fill.add(a.id, M0 + 61, Outcome::Invalid, 2));
        QVERIFY(fill.add(QString(), M0 + 90, Outcome::Invalid, 7));
        QVERIFY(fill.add(b.id, M0 + 125, Outcome::RateLimited, 4));
        QVERIFY(fill.add(b.id, M0 + 125, Outcome::Forbidden, 1));
        QVERIFY(fill.add(b.id, M0 + 1440 + 5, Outcome::Valid, 100));
    }

    void buckets()
    {
        QCOMPARE(bucketStart(M0 + 61, Bucket::Hour), M0 + 60);
        QCOMPARE(bucketStart(M0 + 1439, Bucket::Day), M0);
        // Weeks start on Monday: 2029-12-31.
        QCOMPARE(minuteTime(bucketStart(M0 + 3000, Bucket::Week)),
                 QDateTime(QDate(2029, 12, 31), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(bucketStart(-1, Bucket::Hour), -60);
        QCOMPARE(autoBucket(60, 200), Bucket::Minute);
        QCOMPARE(autoBucket(24 * 60, 200), Bucket::Hour);
        QCOMPARE(autoBucket(30 * 24 * 60, 200), Bucket::Day);
        QCOMPARE(autoBucket(3 * 365 * 24 * 60, 200), Bucket::Week);
        QCOMPARE(bucketFromName(u"Day"), std::optional<Bucket>(Bucket::Day));
        QVERIFY(!bucketFromName(u"month"));
    }

    void hourlySeries()
    {
        UsageQuery q(fx.ws());
        UsageFilter f;
        f.projectId = project;
        Result<UsageSeries> s = q.series(f, Bucket::Hour);
        QVERIFY(s);
        QCOMPARE(s->fromMinute, M0);
        QCOMPARE(s->toMinute, M0 + 1440 + 60);
        QCOMPARE(s->points.size(), std::size_t(4));
        QCOMPARE(s->points[0].minute, M0);
        QCOMPARE(at(s->points[0].counts, Outcome::Valid), 15);
        QCOMPARE(s->points[1].minute, M0 + 60);
        QCOMPARE(at(s->points[1].counts, Outcome::Invalid), 9);
        QCOMPARE(at(s->points[2].counts, Outcome::RateLimited), 4);
        QCOMPARE(at(s->points[2].counts, Outcome::Forbidden), 1);
        QCOMPARE(s->points[3].minute, M0 + 1440);
        QCOMPARE(at(s->points[3].counts, Outcome::Valid), 100);
        QCOMPARE(totalOf(s->totals), 129);

        const Health h = healthOf(s->totals);
        QCOMPARE(h.total, 129);
        QCOMPARE(h.invalidLevel, HealthLevel::Bad); // 9 / 129 = 7 %
        QCOMPARE(h.successLevel, HealthLevel::Bad); // 115 / 129 = 89 %
    }

    void dailyAndKeyFilteredSeries()
    {
        UsageQuery q(fx.ws());
        UsageFilter f;
        f.projectId = project;
        Result<UsageSeries> days = q.series(f, Bucket::Day);
        QVERIFY(days);
        QCOMPARE(days->points.size(), std::size_t(2));
        QCOMPARE(at(days->points[0].counts, Outcome::Valid), 15);
        QCOMPARE(at(days->points[0].counts, Outcome::Invalid), 9);
        QCOMPARE(at(days->points[1].counts, Outcome::Valid), 100);

        f.keyIds = {b.id};
        Result<OutcomeCounts> onlyB = q.totals(f);
        QVERIFY(onlyB);
        QCOMPARE(totalOf(*onlyB), 105);
        QCOMPARE(at(*onlyB, Outcome::Invalid), 0);

        // A closed range cuts inside the data; minute buckets keep the exact minutes.
        f.keyIds = {a.id};
        f.fromMinute = M0 + 20;
        f.toMinute = M0 + 62;
        Result<UsageSeries> minutes = q.series(f, Bucket::Minute);
        QVERIFY(minutes);
        QCOMPARE(minutes->points.size(), std::size_t(2));
        QCOMPARE(minutes->points[0].minute, M0 + 30);
        QCOMPARE(minutes->points[1].minute, M0 + 61);
        QCOMPARE(totalOf(minutes->totals), 7);
    }

    void emptyRange()
    {
        UsageQuery q(fx.ws());
        UsageFilter f;
        f.projectId = project;
        f.fromMinute = M0 - 600;
        f.toMinute = M0 - 60;
        Result<UsageSeries> s = q.series(f, Bucket::Hour);
        QVERIFY(s);
        QVERIFY(s->points.empty());
        QCOMPARE(healthOf(s->totals).invalidLevel, HealthLevel::NoData);
        UsageFilter other;
        other.projectId = QStringLiteral("prj_nothing");
        Result<std::optional<std::pair<qint64, qint64>>> extent = q.dataExtent(other);
        QVERIFY(extent);
        QVERIFY(!extent->has_value());
    }

    void trendAgainstPreviousPeriod()
    {
        UsageQuery q(fx.ws());
        UsageFilter f;
        f.projectId = project;
        f.fromMinute = M0 + 1440;
        f.toMinute = M0 + 2880;
        Result<UsageTrend> t = q.trend(f);
        QVERIFY(t);
        QCOMPARE(t->current.total, 100);
        QCOMPARE(t->current.successLevel, HealthLevel::Good);
        QCOMPARE(t->previous.total, 29);
        QCOMPARE(t->previous.invalidKeyRate, 9.0 / 29.0);
    }

    void topKeysByOutcome()
    {
        UsageQuery q(fx.ws());
        UsageFilter f;
        f.projectId = project;
        Result<std::vector<KeyUsage>> keys = q.keyTotals(f);
        QVERIFY(keys);
        QCOMPARE(keys->size(), std::size_t(3)); // a, b and the unknown keys
        const std::vector<KeyUsage> invalid = topKeys(*keys, Outcome::Invalid, 10);
        QCOMPARE(invalid.size(), std::size_t(2));
        QCOMPARE(invalid[0].keyId, QString()); // unknown keys: 7
        QCOMPARE(at(invalid[0].counts, Outcome::Invalid), 7);
        QCOMPARE(invalid[1].keyId, a.id);
        QCOMPARE(invalid[1].hint, a.hint);
        QCOMPARE(invalid[1].name, QStringLiteral("a"));
        QCOMPARE(invalid[1].lastMinute, M0 + 61);
        const std::vector<KeyUsage> limited = topKeys(*keys, Outcome::RateLimited, 10);
        QCOMPARE(limited.size(), std::size_t(1));
        QCOMPARE(limited[0].keyId, b.id);
        QCOMPARE(topKeys(*keys, Outcome::Expired, 10).size(), std::size_t(0));
        QCOMPARE(topKeys(*keys, Outcome::Valid, 1).size(), std::size_t(1));
    }

    void safeToRevoke()
    {
        UsageQuery q(fx.ws());
        UsageFill fill(fx.ws(), project);
        // Not rotated: nothing to advise.
        QCOMPARE(q.revokeSafety(b)->verdict, RevokeSafety::Verdict::NotRotated);
        QCOMPARE(q.revokeSafety(a2)->verdict, RevokeSafety::Verdict::NotRotated);
        // Uses before the rotation only, but no log reaches past it yet.
        Result<RevokeSafety> r = q.revokeSafety(a);
        QVERIFY(r);
        QCOMPARE(r->rotatedAt, a2.createdAt);
        QCOMPARE(r->verdict, RevokeSafety::Verdict::NoEvidence);
        // A log up to the next day, without the old key after noon: safe.
        const qint64 file = fill.file(QStringLiteral("/var/log/nginx/access.log"), Day0, Day0.addDays(1));
        QVERIFY(file > 0);
        r = q.revokeSafety(a);
        QCOMPARE(r->verdict, RevokeSafety::Verdict::Safe);
        QCOMPARE(r->coveredUntil, Day0.addDays(1));
        // The old key seen in the evening: still in use.
        QVERIFY(fill.add(a.id, M0 + 800, Outcome::Valid, 1));
        r = q.revokeSafety(a);
        QCOMPARE(r->verdict, RevokeSafety::Verdict::StillInUse);
        QCOMPARE(r->lastSeen, minuteTime(M0 + 800));
        QVERIFY(fx.ws().exec(QStringLiteral("DELETE FROM usage_minutes WHERE minute = ?"), {M0 + 800}));
    }

    // Schema 6's rows: one per (slot, hour) with floor hours, minutes as "[m,six counts]" entries.
    void hourRowsAndTheirMinutes()
    {
        QCOMPARE(hourOfMinute(0), 0);
        QCOMPARE(hourOfMinute(59), 0);
        QCOMPARE(hourOfMinute(60), 1);
        QCOMPARE(hourOfMinute(-1), -1);
        QCOMPARE(hourOfMinute(-60), -1);
        QCOMPARE(hourOfMinute(-61), -2);
        // A slot's hours are one range of ids, in time order, before the next slot's.
        QVERIFY(usageHourRowId(1, -5) < usageHourRowId(1, 7));
        QVERIFY(usageHourRowId(1, 400'000) < usageHourRowId(2, -400'000));

        QList<QList<qint64>> seen;
        const auto collect = [&seen](qint64 m, const OutcomeCounts& c) {
            seen.append({m, c[0], c[1], c[2], c[3], c[4], c[5]});
        };
        QVERIFY(forEachMinuteEntry("[0,1,2,3,4,5,6],[59,0,0,0,0,0,70000000000]", collect));
        QCOMPARE(seen, (QList<QList<qint64>>{{0, 1, 2, 3, 4, 5, 6}, {59, 0, 0, 0, 0, 0, 70'000'000'000}}));
        QVERIFY(forEachMinuteEntry("", collect));
        for (const char* damaged :
             {"[60,1,1,1,1,1,1]", "[1,2,3]", "[1,1,1,1,1,1,1]x", "[1,1,1,1,1,1,1],", "1,1,1,1,1,1,1",
              "[1,1,1,1,1,1,1,1]", "[-1,1,1,1,1,1,1]", "[1,1,1,a,1,1,1]"}) {
            QVERIFY2(!forEachMinuteEntry(damaged, collect), damaged);
        }
    }

    // Ranges that cut hours, a minute with two entries (an hour written twice), whole hours read
    // from their totals: the same counts whichever way.
    void partialHoursAndRepeatedMinutes()
    {
        const QString other = QStringLiteral("prj_hours");
        UsageFill fill(fx.ws(), other);
        QVERIFY(fill.add(b.id, M0 + 58, Outcome::Valid, 2));
        QVERIFY(fill.add(b.id, M0 + 59, Outcome::Valid, 3));
        QVERIFY(fill.add(b.id, M0 + 60, Outcome::Invalid, 1));
        QVERIFY(fill.add(b.id, M0 + 61, Outcome::Valid, 4));
        QVERIFY(fill.add(b.id, M0 + 59, Outcome::Valid, 5)); // a second entry for minute 59
        const auto scalar = [this](const QString& sql, const QVariantList& binds) {
            Result<QSqlQuery> q = fx.ws().exec(sql, binds);
            return q && q->next() ? q->value(0) : QVariant();
        };
        QCOMPARE(scalar(QStringLiteral("SELECT minutes FROM usage_hours h JOIN usage_slots s ON s.id = h.slot"
                                       " WHERE s.project_id = ? AND h.hour = ?"),
                        {other, M0 / 60})
                     .toString(),
                 QStringLiteral("[58,2,0,0,0,0,0],[59,3,0,0,0,0,0],[59,5,0,0,0,0,0]"));
        UsageQuery q(fx.ws());
        const auto totalsOf = [&](qint64 from, qint64 to) {
            return q.totals({other, {}, from, to}).value();
        };
        QCOMPARE(at(totalsOf(M0 + 59, M0 + 61), Outcome::Valid), 8);
        QCOMPARE(at(totalsOf(M0 + 59, M0 + 61), Outcome::Invalid), 1);
        QCOMPARE(at(totalsOf(M0, M0 + 120), Outcome::Valid), 14); // whole hours: their totals
        QCOMPARE(at(totalsOf(M0 + 60, M0 + 61), Outcome::Valid), 0);
        Result<UsageSeries> minutes = q.series({other, {}, M0 + 59, M0 + 62}, Bucket::Minute);
        QVERIFY(minutes);
        QCOMPARE(minutes->points.size(), std::size_t(3));
        QCOMPARE(minutes->points[0].minute, M0 + 59);
        QCOMPARE(at(minutes->points[0].counts, Outcome::Valid), 8);
        Result<UsageSeries> hours = q.series({other, {}, std::nullopt, std::nullopt}, Bucket::Hour);
        QVERIFY(hours);
        QCOMPARE(hours->points.size(), std::size_t(2));
        QCOMPARE(at(hours->points[0].counts, Outcome::Valid), 10);
        QCOMPARE(at(hours->points[1].counts, Outcome::Valid), 4);
        QCOMPARE(q.dataExtent({other, {}, std::nullopt, std::nullopt}).value(),
                 std::optional(std::pair(M0 + 58, M0 + 61)));
        // A range that starts inside an hour whose minutes all lie before it: the extent looks on.
        QCOMPARE(q.dataExtent({other, {}, M0 + 60, std::nullopt}).value(),
                 std::optional(std::pair(M0 + 60, M0 + 61)));
        QCOMPARE(q.dataExtent({other, {}, M0 + 62, std::nullopt}).value(), std::nullopt);
        QVERIFY(fx.ws().exec(QStringLiteral("DELETE FROM usage_minutes WHERE project_id = ?"), {other}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM usage_hours h JOIN usage_slots s"
                                       " ON s.id = h.slot WHERE s.project_id = ?"),
                        {other})
                     .toInt(),
                 0);
    }

    // A row whose minutes are not the schema's text: the read fails and says so, nothing crashes.
    void damagedHourRowIsAnError()
    {
        const QString other = QStringLiteral("prj_damaged");
        UsageFill fill(fx.ws(), other);
        QVERIFY(fill.add(QString(), M0 + 5, Outcome::Valid, 1));
        QVERIFY(fx.ws().exec(QStringLiteral("UPDATE usage_hours SET minutes = '[5,1,0' WHERE slot ="
                                            " (SELECT id FROM usage_slots WHERE project_id = ?)"),
                             {other}));
        UsageQuery q(fx.ws());
        Result<UsageSeries> s = q.series({other, {}, M0, M0 + 60}, Bucket::Minute);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("damaged")), qPrintable(s.error().message));
        QVERIFY(fx.ws().exec(QStringLiteral("DELETE FROM usage_hours WHERE slot ="
                                            " (SELECT id FROM usage_slots WHERE project_id = ?)"),
                             {other}));
    }

    void findingsAndFiles()
    {
        UsageFill fill(fx.ws(), project);
        const qint64 file = fill.file(QStringLiteral("/srv/gw/kong.jsonl"), Day0, Day0.addSecs(3600), 42);
        QVERIFY(fill.finding(file, QStringLiteral("plaintext_key"), 17, Day0.addSecs(60), QString(), 3));
        QVERIFY(fill.finding(file, QStringLiteral("accepted_revoked"), 30, Day0.addSecs(120), b.id));
        UsageQuery q(fx.ws());
        Result<std::vector<UsageFinding>> found = q.findings(project);
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t(2));
        QCOMPARE(found->at(0).kind, QStringLiteral("plaintext_key"));
        QCOMPARE(found->at(0).filePath, QStringLiteral("/srv/gw/kong.jsonl"));
        QCOMPARE(found->at(0).line, 17);
        QCOMPARE(found->at(0).count, 3);
        QCOMPARE(found->at(1).keyId, b.id);
        QCOMPARE(found->at(1).keyHint, b.hint);
        QCOMPARE(found->at(1).at, Day0.addSecs(120));
        QCOMPARE(q.findings(QStringLiteral("prj_other"))->size(), std::size_t(0));
        Result<std::vector<ImportedFile>> files = q.files(project);
        QVERIFY(files);
        QCOMPARE(files->size(), std::size_t(2));
        // Oldest import first: this one says it was imported an hour into day 0.
        QCOMPARE(files->front().path, QStringLiteral("/srv/gw/kong.jsonl"));
        QCOMPARE(files->front().lines, 42);
        QCOMPARE(files->front().bytes, 4200);
    }
};

QTEST_GUILESS_MAIN(TestUsageQuery)
#include "tst_usage_query.moc"
