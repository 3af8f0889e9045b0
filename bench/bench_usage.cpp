// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, read side: a year of per-minute usage in one project (about 850,000 rows of the
// usage_minutes view in ≈ 13,500 usage_hours rows: about one outcome per key and minute). Prints the SQL
// aggregation per bucket size, the Usage tab's full reload, and the chart's redraw (downsample +
// series + paint) against a baseline drawn in the same run without downsampling.
// Goal: redraw <= 50 ms. Measures; asserts nothing.
// Usage: bench_usage [WORKSPACE]   (QT_QPA_PLATFORM=offscreen without a display)
#include "BenchApplication.h"
#include "gui/usage/UsageChart.h"
#include "gui/usage/UsageTab.h"
#include "store/Cursor.h"
#include "store/Inventory.h"
#include "store/Workspace.h"
#include "usage/query/UsageQuery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace kw;

namespace {

QTextStream out(stdout);
constexpr qint64 YearMinutes = 365 * 24 * 60;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median = 0;
    double worst = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.back()};
}

// Every minute one key has valid requests; every 3rd minute unknown keys fail, every 5th a key is
// rate-limited, every 11th one is forbidden: about 1.6 rows per minute.
Result<qint64> fill(Workspace& ws, const QString& projectId, const QStringList& keys, qint64 start)
{
    qint64 rows = 0;
    Result<void> r = ws.transaction([&]() -> Result<void> {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("INSERT INTO usage_minutes (project_id, key_id, minute, outcome, count)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        const auto add = [&](const QString& key, qint64 minute, Outcome o, qint64 n) {
            q.bindValue(0, projectId);
            q.bindValue(1, key);
            q.bindValue(2, minute);
            q.bindValue(3, int(o));
            q.bindValue(4, n);
            ++rows;
            return q.exec();
        };
        for (qint64 m = 0; m < YearMinutes; ++m) {
            const qint64 minute = start + m;
            bool ok = add(keys.at(int(m % keys.size())), minute, Outcome::Valid, 20 + m % 37);
            ok = ok && (m % 3 != 0 || add(QStringLiteral(""), minute, Outcome::Invalid, 1 + m % 4));
            ok = ok &&
                 (m % 5 != 0 || add(keys.at(int((m / 5) % keys.size())), minute, Outcome::RateLimited, 3));
            ok = ok &&
                 (m % 11 != 0 || add(keys.at(int((m / 11) % keys.size())), minute, Outcome::Forbidden, 1));
            if (!ok) {
                return makeError(ErrorCode::Storage, QStringLiteral("insert failed"));
            }
        }
        return {};
    });
    if (!r) {
        return r.error();
    }
    return rows;
}

// Redraws after a zoom step: downsample, replace the series, paint the viewport.
struct Redraw
{
    Stats total;
    Stats series; // downsample and replace the series, before painting
};

Redraw redraws(gui::UsageChart& chart, qint64 from, qint64 to, int count = 20)
{
    std::vector<double> times;
    std::vector<double> series;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        // Alternate the whole span and nine tenths of it, so each redraw has a new window.
        const qint64 end = i % 2 == 0 ? to : to - (to - from) / 10;
        t.restart();
        chart.setWindow(from, end);
        series.push_back(msSince(t));
        chart.viewport()->repaint();
        times.push_back(msSince(t));
    }
    return {stats(times), stats(series)};
}

} // namespace

int main(int argc, char** argv)
{
    bench::BenchApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTemporaryDir tmp;
    const QString path = args.size() > 1 ? args.at(1) : tmp.filePath(QStringLiteral("bench.keyward"));
    QFile::remove(path);
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    if (!ws) {
        out << ws.error().message << Qt::endl;
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Inventory inventory(**ws, QStringLiteral("bench"), [now] { return now; });
    Result<Project> project =
        inventory.createProject({QStringLiteral("bench"), QStringLiteral("bench"), {}, {}});
    if (!project) {
        out << project.error().message << Qt::endl;
        return 1;
    }
    QStringList keys;
    for (int i = 0; i < 20; ++i) {
        IssueRequest r;
        r.projectId = project->id;
        r.name = QStringLiteral("key %1").arg(i);
        Result<PreparedIssue> prepared = inventory.prepareIssue(r);
        Result<KeyRecord> k =
            prepared ? inventory.commitIssue(*prepared) : Result<KeyRecord>(prepared.error());
        if (!k) {
            out << k.error().message << Qt::endl;
            return 1;
        }
        keys.append(k->id);
    }
    const qint64 end = minuteOf(now) + 1;
    const qint64 start = end - YearMinutes;
    QElapsedTimer t;
    t.start();
    Result<qint64> rows = fill(**ws, project->id, keys, start);
    if (!rows) {
        out << rows.error().message << Qt::endl;
        return 1;
    }
    out << QStringLiteral(
               "workspace: a year of per-minute usage, %1 rows in usage_minutes (set up in %2 s)\n")
               .arg(*rows)
               .arg(msSince(t) / 1000, 0, 'f', 1);

    // 1. SQL aggregation of the whole year per bucket size.
    UsageQuery query(**ws);
    UsageFilter filter;
    filter.projectId = project->id;
    filter.fromMinute = start;
    filter.toMinute = end;
    std::vector<UsagePoint> minutes;
    for (const Bucket b : {Bucket::Week, Bucket::Day, Bucket::Hour, Bucket::Minute}) {
        t.restart();
        Result<UsageSeries> s = query.series(filter, b);
        const double ms = msSince(t);
        if (!s) {
            out << s.error().message << Qt::endl;
            return 1;
        }
        out << QStringLiteral("series of a year by %1: %2 buckets in %3 ms\n")
                   .arg(bucketName(b))
                   .arg(s->points.size())
                   .arg(ms, 0, 'f', 1);
        if (b == Bucket::Minute) {
            minutes = std::move(s->points);
        }
    }

    // The baseline: SQLite aggregating the hours' totals by day itself (GROUP BY sorts every row).
    {
        const qint64 size = bucketMinutes(Bucket::Day);
        t.restart();
        Cursor c(
            **ws,
            QStringLiteral("SELECT h.hour * 60 - ((((h.hour * 60) % %1) + %1) % %1) AS b, 0,"
                           " sum(h.valid + h.invalid + h.expired + h.revoked + h.rate_limited + h.forbidden)"
                           " FROM usage_slots s JOIN usage_hours h ON h.slot = s.id"
                           " WHERE s.project_id = ? AND h.hour >= ? AND h.hour < ?"
                           " GROUP BY b ORDER BY b")
                .arg(size),
            {project->id, start / 60, end / 60});
        qint64 n = 0;
        while (c.next()) {
            n += c.integer(2);
        }
        out << QStringLiteral("baseline, SQL GROUP BY day of a year's hour totals: %1 ms (%2 requests)\n")
                   .arg(msSince(t), 0, 'f', 1)
                   .arg(n);
    }

    // 2. The Usage tab: "all imported" reads health, trend, top keys, findings and the chart's series.
    gui::UsageTab tab;
    tab.resize(1280, 800);
    tab.show();
    QCoreApplication::processEvents();
    tab.setInventory(&inventory);
    t.restart();
    tab.showProject(&*project);
    tab.reload();
    tab.repaint();
    out << QStringLiteral("Usage tab reload, a year, all outcomes and keys: %1 ms (chart in %2 buckets)\n")
               .arg(msSince(t), 0, 'f', 1)
               .arg(bucketName(autoBucket(YearMinutes, gui::UsageTab::MaxChartBuckets)));

    // 3. Redraw of a year of per-minute data, downsampled to the width, against the same data
    //    drawn without downsampling (a month of it: a year undownsampled takes minutes).
    gui::UsageChart chart;
    chart.resize(1200, 420);
    chart.show();
    QCoreApplication::processEvents();
    chart.setLimits(start, end);
    chart.setData(minutes, Bucket::Minute);
    const Redraw year = redraws(chart, start, end);
    out << QStringLiteral(
               "redraw of a year of per-minute data (%1 points) on %2 columns: median %3 ms, worst %4 ms "
               "(goal <= 50 ms); of which downsampling and series: median %5 ms\n")
               .arg(minutes.size())
               .arg(chart.columns().counts.size())
               .arg(year.total.median, 0, 'f', 1)
               .arg(year.total.worst, 0, 'f', 1)
               .arg(year.series.median, 0, 'f', 1);
    const qint64 month = 30 * 24 * 60;
    const Stats downsampledMonth = redraws(chart, end - month, end).total;
    chart.setColumnLimit(std::numeric_limits<int>::max());
    const Stats rawMonth = redraws(chart, end - month, end, 3).total;
    out << QStringLiteral(
               "redraw of 30 days of per-minute data: downsampled median %1 ms; every minute drawn "
               "(%2 columns) median %3 ms; ratio %4x\n")
               .arg(downsampledMonth.median, 0, 'f', 1)
               .arg(chart.columns().counts.size())
               .arg(rawMonth.median, 0, 'f', 1)
               .arg(rawMonth.median / std::max(0.001, downsampledMonth.median), 0, 'f', 1);
    return 0;
}
