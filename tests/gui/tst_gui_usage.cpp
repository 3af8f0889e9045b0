// SPDX-License-Identifier: GPL-3.0-or-later
// The Usage tab on a real workspace: the chart's columns and stacked series, the health panel, the
// range presets, zoom, the per-key scope, legend toggles, and the tables under QAbstractItemModelTester.
#include "GuiTestSupport.h"
#include "MemorySecretStore.h"
#include "StoreTestSupport.h"
#include "UsageFill.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/common/EmptyState.h"
#include "gui/keys/KeyDetailPane.h"
#include "gui/keys/KeysTab.h"
#include "gui/keys/RevokeKeysDialog.h"
#include "gui/usage/ImportPanel.h"
#include "gui/usage/ImportSummaryDialog.h"
#include "gui/usage/UsageChart.h"
#include "gui/usage/UsageModels.h"
#include "gui/usage/UsageStyle.h"
#include "gui/usage/UsageTab.h"
#include "store/Inventory.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QAreaSeries>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace kw;
using namespace kw::gui;
using kw::test::FakeClock;
using kw::test::MemorySecretStore;
using kw::test::UsageFill;

namespace {

const QDateTime Day0(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
const qint64 M0 = minuteOf(Day0);

qint64 columnSum(const ChartColumns& c, Outcome o)
{
    qint64 n = 0;
    for (const OutcomeCounts& counts : c.counts) {
        n += counts[std::size_t(o)];
    }
    return n;
}

// The highest point of an outcome's stacked area: the stack's height where it peaks.
qreal peakOf(QAreaSeries* area)
{
    qreal top = 0;
    const QList<QPointF> points = area->upperSeries()->points();
    for (const QPointF& p : points) {
        top = std::max(top, p.y());
    }
    return top;
}

} // namespace

class TestGuiUsage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{Day0.addSecs(12 * 3600)};
    MemorySecretStore m_store;
    std::unique_ptr<MainWindow> m_window;
    Session* m_session = nullptr;
    Project m_project;
    KeyRecord m_web;
    KeyRecord m_batch;

    UsageTab* tab() const { return m_window->usageTab(); }

    void showUsage()
    {
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(tab());
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        Result<std::unique_ptr<Session>> session =
            Session::open(m_dir.filePath(QStringLiteral("ws%1.keyward").arg(++n)),
                          Workspace::OpenMode::OpenOrCreate, m_clock.clock());
        QVERIFY(session);
        m_session = session->get();
        Inventory& inv = m_session->inventory();
        ProjectDraft draft;
        draft.name = QStringLiteral("chat-api");
        draft.prefix = QStringLiteral("chat");
        Result<Project> p = inv.createProject(draft);
        QVERIFY(p);
        m_project = *p;
        for (const char* name : {"web", "batch"}) {
            IssueRequest r;
            r.projectId = m_project.id;
            r.name = QString::fromUtf8(name);
            Result<PreparedIssue> prepared = inv.prepareIssue(r);
            QVERIFY(prepared);
            Result<KeyRecord> k = inv.commitIssue(*prepared);
            QVERIFY(k);
            (qstrcmp(name, "web") == 0 ? m_web : m_batch) = *k;
        }
        m_window = std::make_unique<MainWindow>(m_store);
        m_window->setSession(std::move(session.value()));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void emptyStateUntilSomethingIsImported()
    {
        showUsage();
        QVERIFY(tab()->showsEmptyState());
        auto* empty = tab()->findChild<EmptyState*>(QStringLiteral("emptyState"));
        QVERIFY(empty->title().contains(QStringLiteral("chat-api")));
        QVERIFY(empty->button()->isVisible());
        QSignalSpy asked(tab(), &UsageTab::importRequested);
        QTest::mouseClick(empty->button(), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
    }

    void chartHealthAndTables()
    {
        UsageFill fill(m_session->workspace(), m_project.id);
        QVERIFY(fill.add(m_web.id, M0 + 10, Outcome::Valid, 300));
        QVERIFY(fill.add(m_web.id, M0 + 70, Outcome::Valid, 500));
        QVERIFY(fill.add(m_batch.id, M0 + 70, Outcome::RateLimited, 40));
        QVERIFY(fill.add(QString(), M0 + 130, Outcome::Invalid, 12));
        QVERIFY(fill.add(m_batch.id, M0 + 131, Outcome::Forbidden, 3));
        const qint64 file = fill.file(QStringLiteral("/var/log/gw.log"), Day0, Day0.addSecs(3 * 3600));
        QVERIFY(fill.finding(file, QStringLiteral("plaintext_key"), 9, Day0.addSecs(600), QString()));

        QAbstractItemModelTester keysTester(tab()->keyModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester topTester(tab()->topKeys(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester findingsTester(tab()->findingsModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        showUsage();
        QVERIFY(!tab()->showsEmptyState());
        // "All imported": from the first minute to the last.
        QCOMPARE(tab()->range()->first, M0 + 10);
        QCOMPARE(tab()->range()->second, M0 + 132);
        const ChartColumns& c = tab()->chart()->columns();
        QCOMPARE(columnSum(c, Outcome::Valid), 800);
        QCOMPARE(columnSum(c, Outcome::RateLimited), 40);
        QCOMPARE(columnSum(c, Outcome::Invalid), 12);
        QCOMPARE(columnSum(c, Outcome::Forbidden), 3);
        // 122 minutes of minute buckets fit the width: one column per minute.
        QCOMPARE(c.groupMinutes, 1);
        // Stacked: rate-limited sits on valid at minute 70 (500 + 0 + 0 + 0 + 40).
        QCOMPARE(peakOf(tab()->chart()->area(Outcome::RateLimited)), 540.0);
        QCOMPARE(peakOf(tab()->chart()->area(Outcome::Valid)), 500.0);

        // 12 invalid of 855: 1.40 %, a warning; 800 valid: 93.57 %, bad.
        QCOMPARE(tab()->invalidRateLabel()->text(), QStringLiteral("1.40 %"));
        QCOMPARE(tab()->successRateLabel()->text(), QStringLiteral("93.57 %"));
        const QString health = tab()->healthText();
        QVERIFY2(health.contains(QStringLiteral("Invalid-key rate (warning)")), qPrintable(health));
        QVERIFY2(health.contains(QStringLiteral("Success rate (bad)")), qPrintable(health));
        QVERIFY(health.contains(QStringLiteral("No requests in the previous period")));
        QCOMPARE(tab()->successRateLabel()->palette().color(QPalette::WindowText),
                 healthColor(HealthLevel::Bad, tab()->palette()));

        // Top keys by invalid: only the unknown keys; by rate-limited: batch.
        QCOMPARE(tab()->keyModel()->rowCount(), 3);
        QCOMPARE(tab()->topKeys()->rowCount(), 1);
        QCOMPARE(tab()->topKeys()->index(0, 0).data(KeyUsageModel::KeyIdRole).toString(), QString());
        auto* by = tab()->findChild<QComboBox*>(QStringLiteral("topBy"));
        by->setCurrentIndex(by->findData(int(Outcome::RateLimited)));
        QCOMPARE(tab()->topKeys()->rowCount(), 1);
        QCOMPARE(tab()->topKeys()->index(0, KeyUsageModel::Hint).data().toString(), m_batch.hint);
        QCOMPARE(tab()->topKeys()->index(0, KeyUsageModel::columnOf(Outcome::RateLimited)).data().toString(),
                 QStringLiteral("40"));
        QCOMPARE(tab()->findingsModel()->rowCount(), 1);
        QCOMPARE(tab()->findingsModel()->index(0, FindingsModel::Where).data().toString(),
                 QStringLiteral("/var/log/gw.log:9"));

        // The tooltip of the column at minute 70 lists its counts.
        UsageChart* chart = tab()->chart();
        const QPointF at = chart->mapFromScene(
            chart->chart()->mapToPosition(QPointF(double((M0 + 70) * 60'000 + 30'000), 10.0)));
        const QString tip = chart->toolTipAt(at);
        QVERIFY2(tip.contains(QStringLiteral("Rate-limited</td><td align=\"right\">&nbsp;40")),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("&nbsp;540")));

        // A legend toggle takes valid out of the stack.
        tab()->findChild<QCheckBox*>(QStringLiteral("show_valid"))->setChecked(false);
        QVERIFY(!chart->area(Outcome::Valid)->isVisible());
        QCOMPARE(peakOf(chart->area(Outcome::RateLimited)), 40.0);
        tab()->findChild<QCheckBox*>(QStringLiteral("show_valid"))->setChecked(true);
        QCOMPARE(peakOf(chart->area(Outcome::RateLimited)), 540.0);
    }

    void aFindingLeadsToItsKey()
    {
        UsageFill fill(m_session->workspace(), m_project.id);
        QVERIFY(fill.add(m_web.id, M0 + 10, Outcome::Valid, 3));
        const qint64 file = fill.file(QStringLiteral("/var/log/gw.log"), Day0, Day0.addSecs(3 * 3600));
        QVERIFY(fill.finding(file, QStringLiteral("plaintext_key"), 9, Day0.addSecs(600), m_web.id));
        showUsage();
        QTableView* view = tab()->findingsView();
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex key = view->model()->index(0, FindingsModel::Key);
        QCOMPARE(key.data().toString(), m_web.hint);
        // The hint is read whole, not elided.
        QVERIFY(view->columnWidth(FindingsModel::Key) >= view->fontMetrics().horizontalAdvance(m_web.hint));

        const QList<QAction*> actions = tab()->findingActions(key, this);
        QCOMPARE(actions.size(), 3);
        for (QAction* a : actions) {
            QVERIFY(a->isEnabled());
        }
        actions.at(2)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("/var/log/gw.log:9"));

        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
        actions.at(0)->trigger();
        QCOMPARE(tabs->currentWidget(), m_window->keysTab());
        QCOMPARE(m_window->keysTab()->selectedKeyIds(), QStringList{m_web.id});
        // The key's pane lists its findings.
        const QString pane = m_window->keysTab()->findChild<KeyDetailPane*>()->toPlainText();
        QVERIFY2(pane.contains(QStringLiteral("Findings in imported logs (1)")), qPrintable(pane));
        QVERIFY2(pane.contains(QStringLiteral("/var/log/gw.log:9")), qPrintable(pane));

        // Double-click opens the key too.
        m_window->keysTab()->selectKey(m_batch.id);
        showUsage();
        Q_EMIT view->doubleClicked(view->model()->index(0, FindingsModel::Where));
        QCOMPARE(tabs->currentWidget(), m_window->keysTab());
        QCOMPARE(m_window->keysTab()->selectedKeyIds(), QStringList{m_web.id});

        // Revoke asks with the usual dialog, naming the finding's key only.
        m_window->keysTab()->selectKey(m_batch.id);
        showUsage();
        actions.at(1)->trigger();
        auto* revoke = m_window->findChild<RevokeKeysDialog*>();
        QVERIFY(revoke);
        QVERIFY(revoke->isVisible());
        QCOMPARE(m_window->keysTab()->selectedKeyIds(), QStringList{m_web.id});
        revoke->reject();

        // A finding without a key offers only the copy.
        QVERIFY(fill.finding(file, QStringLiteral("plaintext_key"), 12, Day0.addSecs(700), QString()));
        tab()->reload();
        QCOMPARE(view->model()->rowCount(), 2);
        const QList<QAction*> keyless =
            tab()->findingActions(view->model()->index(0, FindingsModel::Key), this);
        QVERIFY(!keyless.at(0)->isEnabled());
        QVERIFY(!keyless.at(1)->isEnabled());
        QVERIFY(keyless.at(2)->isEnabled());
    }

    void rangePresetsScopeAndZoom()
    {
        UsageFill fill(m_session->workspace(), m_project.id);
        // Hourly traffic for web over the 30 days up to 11:00, and batch's failures at 11:40.
        for (qint64 h = 0; h < 30 * 24; ++h) {
            QVERIFY(fill.add(m_web.id, M0 + 720 - 30 * 24 * 60 + h * 60, Outcome::Valid, 10));
        }
        QVERIFY(fill.add(m_batch.id, M0 + 700, Outcome::Invalid, 5));
        showUsage();
        tab()->setRange(UsageTab::Range::Day);
        // The clock says noon on day 0: the last day is [00:01, 12:01).
        QCOMPARE(tab()->range()->second - tab()->range()->first, 24 * 60);
        // 1,440 minute buckets are more than the plot has pixel pairs for: they are merged.
        const qreal plotWidth = tab()->chart()->chart()->plotArea().width();
        QVERIFY(plotWidth > 200);
        QVERIFY(tab()->chart()->columns().groupMinutes > 1);
        QVERIFY(qreal(tab()->chart()->columns().counts.size()) <= plotWidth / 2 + 2);
        // Hourly points at 11:00, 10:00, … down to 01:00 of the previous day: 23 of them.
        QCOMPARE(columnSum(tab()->chart()->columns(), Outcome::Valid), 230);
        tab()->setRange(UsageTab::Range::Hour);
        QCOMPARE(columnSum(tab()->chart()->columns(), Outcome::Invalid), 5);
        QCOMPARE(columnSum(tab()->chart()->columns(), Outcome::Valid), 0); // 11:00 is before 11:01
        QCOMPARE(tab()->invalidRateLabel()->text(), QStringLiteral("100.00 %"));

        // The keys selected in the Keys tab.
        m_window->keysTab()->selectKey(m_batch.id);
        tab()->setScope(UsageTab::Scope::SelectedKeys);
        QCOMPARE(columnSum(tab()->chart()->columns(), Outcome::Valid), 0);
        QCOMPARE(columnSum(tab()->chart()->columns(), Outcome::Invalid), 5);
        QCOMPARE(tab()->keyModel()->rowCount(), 1);
        tab()->setScope(UsageTab::Scope::Project);

        // A month in hours; zooming into one day loads minute buckets once the wheel rests.
        tab()->setRange(UsageTab::Range::Month);
        UsageChart* chart = tab()->chart();
        QCOMPARE(columnSum(chart->columns(), Outcome::Valid), (30 * 24 - 1) * 10); // the first is 1 min early
        QVERIFY(chart->columns().groupMinutes >= 60);
        const qint64 middle = (chart->windowFrom() + chart->windowTo()) / 2;
        chart->setWindow(middle - 12 * 60, middle + 12 * 60);
        QCOMPARE(chart->windowTo() - chart->windowFrom(), 24 * 60);
        QTRY_VERIFY(chart->columns().groupMinutes < 60);
        // 24 hourly points, and one more when the edge columns reach past the window.
        const qint64 day = columnSum(chart->columns(), Outcome::Valid);
        QVERIFY2(day == 240 || day == 250, qPrintable(QString::number(day)));
        // Panning keeps the width; Home shows the whole range again.
        chart->pan(0.5);
        QCOMPARE(chart->windowFrom(), middle);
        chart->resetZoom();
        QCOMPARE(chart->windowTo() - chart->windowFrom(), 30 * 24 * 60);
    }

    void importThroughTheUsageTab()
    {
        // A combined log at 00:10..00:49 on day 0: web valid, unknown keys refused, batch limited
        // and forbidden, and two lines that are not log lines.
        const QString path = m_dir.filePath(QStringLiteral("access.log"));
        QFile log(path);
        QVERIFY(log.open(QIODevice::WriteOnly));
        const auto line = [&](int minute, int status, const QString& key) {
            log.write(
                QStringLiteral("10.0.0.%1 - - [01/Jan/2030:00:%2:00 +0000] \"GET /v1/chat HTTP/1.1\" %3 512 "
                               "\"-\" \"curl/8.0\" \"%4\"\n")
                    .arg(minute % 250)
                    .arg(minute, 2, 10, QLatin1Char('0'))
                    .arg(status)
                    .arg(key)
                    .toUtf8());
        };
        for (int i = 0; i < 30; ++i) {
            line(10 + i % 20, 200, m_web.id);
        }
        for (int i = 0; i < 5; ++i) {
            // One of them leaks a token: a finding that a re-import still shows.
            line(31, 401,
                 i == 0 ? QStringLiteral("Bearer opaque-token-1234")
                        : QStringLiteral("key_ZZZZZZZZZZZZZZZZ"));
        }
        for (int i = 0; i < 4; ++i) {
            line(40, 429, m_batch.id);
        }
        line(49, 403, m_batch.id);
        log.write("garbage line\nanother one\n");
        log.close();

        showUsage();
        QVERIFY(tab()->showsEmptyState());
        QVERIFY(tab()->importFiles({path}));
        QVERIFY(tab()->importPanel()->isRunning());
        QVERIFY(!tab()->importFiles({path})); // one import at a time
        ImportSummaryDialog* summary = nullptr;
        QTRY_VERIFY((summary = kw::test::visibleChild<ImportSummaryDialog>(tab())) != nullptr);
        QVERIFY(!tab()->importPanel()->isRunning());
        QVERIFY2(summary->headline().contains(QStringLiteral("1 file: 1 imported.")),
                 qPrintable(summary->headline()));
        QVERIFY2(summary->headline().contains(QStringLiteral("42 lines: 40 counted")),
                 qPrintable(summary->headline()));
        QVERIFY2(summary->details().contains(QStringLiteral(":41: ")), qPrintable(summary->details()));
        QVERIFY(!summary->details().contains(m_web.id)); // samples name the line, not its text
        summary->close();

        QVERIFY(!tab()->showsEmptyState());
        const ChartColumns& c = tab()->chart()->columns();
        QCOMPARE(columnSum(c, Outcome::Valid), 30);
        QCOMPARE(columnSum(c, Outcome::Invalid), 5);
        QCOMPARE(columnSum(c, Outcome::RateLimited), 4);
        QCOMPARE(columnSum(c, Outcome::Forbidden), 1);
        QCOMPARE(tab()->invalidRateLabel()->text(), QStringLiteral("12.50 %"));
        QCOMPARE(tab()->successRateLabel()->text(), QStringLiteral("75.00 %"));
        QVERIFY(tab()->healthText().contains(QStringLiteral("Invalid-key rate (bad)")));
        // The keys' "last used" moved, and the Keys tab shows it.
        QCOMPARE(m_session->inventory().key(m_web.id)->lastUsedAt, Day0.addSecs(29 * 60));

        // The same file again adds nothing.
        QVERIFY(tab()->importFiles({path}));
        QTRY_VERIFY((summary = kw::test::visibleChild<ImportSummaryDialog>(tab())) != nullptr);
        QVERIFY2(summary->findChild<QTableWidget*>()->item(0, 2)->text().contains(QStringLiteral("already")),
                 qPrintable(summary->findChild<QTableWidget*>()->item(0, 2)->text()));
        // One sentence says what became of the file; no "Imported 1 file" beside "already imported".
        QVERIFY2(summary->headline().contains(QStringLiteral("1 file: 1 already imported (nothing added).")),
                 qPrintable(summary->headline()));
        QVERIFY(!summary->headline().contains(QStringLiteral("Imported")));
        QVERIFY2(summary->details().contains(QStringLiteral("Findings of earlier imports")),
                 qPrintable(summary->details()));
        summary->close();
        QCOMPARE(columnSum(tab()->chart()->columns(), Outcome::Valid), 30);
    }

    void detailPaneSaysWhenARotatedKeyIsSafeToRevoke()
    {
        Inventory& inv = m_session->inventory();
        Result<PreparedRotation> prepared = inv.prepareRotate(m_web.id, 7 * 86400);
        QVERIFY(prepared);
        QVERIFY(inv.commitRotate(*prepared));
        m_window->refresh();
        auto* pane = m_window->keysTab()->findChild<KeyDetailPane*>();
        QVERIFY(pane);
        const auto detail = [&] {
            m_window->keysTab()->selectKey(m_batch.id);
            m_window->keysTab()->selectKey(m_web.id);
            return pane->toPlainText();
        };
        QVERIFY2(detail().contains(QStringLiteral("no imported log reaches past the rotation")),
                 qPrintable(detail()));
        UsageFill fill(m_session->workspace(), m_project.id);
        QVERIFY(fill.add(m_web.id, M0 + 600, Outcome::Valid, 50)); // before the rotation at noon
        QVERIFY(fill.file(QStringLiteral("/var/log/gw.log"), Day0, Day0.addSecs(18 * 3600)) > 0);
        QVERIFY2(detail().contains(QStringLiteral("Safe to revoke")), qPrintable(detail()));
        QVERIFY(fill.add(m_web.id, M0 + 800, Outcome::Valid, 1));
        QVERIFY2(detail().contains(QStringLiteral("Still in use: last seen")), qPrintable(detail()));
        // The batch key was never rotated: no advice.
        m_window->keysTab()->selectKey(m_batch.id);
        QVERIFY(!pane->toPlainText().contains(QStringLiteral("Revoke?")));
    }

    void downsampleKeepsEveryRequest()
    {
        std::vector<UsagePoint> points;
        for (qint64 m = 0; m < 100'000; m += 7) {
            points.push_back({m, {1, 0, 0, 0, 2, 0}});
        }
        const ChartColumns c = downsample(points, Bucket::Minute, 0, 100'000, 500);
        QVERIFY(c.counts.size() <= 501);
        QCOMPARE(c.groupMinutes, 200);
        QCOMPARE(columnSum(c, Outcome::Valid), qint64(points.size()));
        QCOMPARE(columnSum(c, Outcome::RateLimited), 2 * qint64(points.size()));
        // A window inside the data counts only its columns.
        const ChartColumns part = downsample(points, Bucket::Minute, 700, 1400, 1000);
        QCOMPARE(part.groupMinutes, 1);
        QCOMPARE(columnSum(part, Outcome::Valid), 100);
    }
};

KEYWARD_GUI_TEST_MAIN(TestGuiUsage)
#include "tst_gui_usage.moc"
