// SPDX-License-Identifier: GPL-3.0-or-later
// The item models under QAbstractItemModelTester, on a real workspace: loading, sorting by every
// column, filtering as the administrator types, rows added and changed in place, states moving on
// with time; the audit and project models; and the census behind the sidebar and the reminders.
#include "GuiTestSupport.h"
#include "InventoryFixture.h"
#include "gui/audit/AuditTableModel.h"
#include "gui/keys/KeyCensus.h"
#include "gui/keys/KeyFilterProxy.h"
#include "gui/keys/KeyTableModel.h"
#include "gui/projects/ProjectListModel.h"
#include "store/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>

using namespace kw;
using namespace kw::gui;
using kw::test::InventoryFixture;

namespace {

constexpr int KeyCount = 240;

const QStringList Owners{QStringLiteral("ana"), QStringLiteral("Bruno"), QStringLiteral("chen"),
                         QStringLiteral("dmitri")};

Policy chatPolicy()
{
    Policy p;
    p.allowedScopes = {QStringLiteral("chat:read"), QStringLiteral("chat:write")};
    p.maxLifetimeDays = 365;
    p.reminderDays = 14;
    p.graceDays = 7;
    return p;
}

} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT

private:
    // A project with keys in every state; m_project is its id.
    void populate();

    std::unique_ptr<InventoryFixture> m_fx;
    Project m_project;
    Project m_other;

private Q_SLOTS:
    void init();
    void cleanup();
    void keyModelLoadsAndSortsEveryColumn();
    void proxyFiltersByTextStateAndEnv();
    void upsertKeepsTheSortAndTheSelection();
    void statesMoveOnWithTime();
    void censusCountsAndReminds();
    void auditAndProjectModels();
};

void TestGuiModels::init()
{
    m_fx = std::make_unique<InventoryFixture>();
    const QString error = m_fx->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    populate();
}

void TestGuiModels::cleanup()
{
    m_fx.reset();
}

void TestGuiModels::populate()
{
    Result<Project> p = m_fx->project(QStringLiteral("chat-api"), QStringLiteral("chat"), chatPolicy());
    QVERIFY(p);
    m_project = *p;
    Result<Project> other = m_fx->project(QStringLiteral("embeddings"), QStringLiteral("emb"));
    QVERIFY(other);
    m_other = *other;
    QVERIFY(m_fx->issue(m_other.id, QStringLiteral("elsewhere")));
    const QDateTime now = m_fx->clock.now();
    for (int i = 0; i < KeyCount; ++i) {
        // Lifetimes from 1 to 240 days: some expire within the 14-day reminder window.
        Result<kw::test::Issued> k = m_fx->issue(m_project.id, QStringLiteral("key %1 %2").arg(i % 7).arg(i),
                                                 Owners.at(i % Owners.size()), i % 3 ? Env::Test : Env::Live,
                                                 {QStringLiteral("chat:read")}, now.addDays(1 + i));
        QVERIFY(k);
        if (i % 10 == 0) {
            QVERIFY(m_fx->inv().revoke(k->key.id, RevokeReason::Unused, {}));
        } else if (i % 10 == 1) {
            QVERIFY(m_fx->rotate(k->key.id, 2 * 86400));
        }
        m_fx->clock.advanceSecs(7);
    }
}

void TestGuiModels::keyModelLoadsAndSortsEveryColumn()
{
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_fx->inv(), m_project));
    QCOMPARE_EQ(model.rowCount(), KeyCount + KeyCount / 10); // with the successors of rotations
    QCOMPARE_EQ(model.columnCount(), int(KeyTableModel::ColumnCount));
    QCOMPARE_EQ(model.rowOf(QStringLiteral("key_nothere")), -1);
    for (int c = 0; c < KeyTableModel::ColumnCount; ++c) {
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(c, order);
            QCOMPARE_EQ(model.rowCount(), KeyCount + KeyCount / 10);
            QSet<QString> ids;
            for (int r = 0; r < model.rowCount(); ++r) {
                ids.insert(model.keyRow(r).id);
                QCOMPARE_EQ(model.rowOf(model.keyRow(r).id), r);
            }
            QCOMPARE_EQ(ids.size(), model.rowCount()); // a permutation: nothing lost, nothing doubled
        }
    }
    model.sort(KeyTableModel::Expires, Qt::AscendingOrder);
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(model.keyRow(r - 1).expiresAt <= model.keyRow(r).expiresAt);
    }
    model.sort(KeyTableModel::Owner, Qt::DescendingOrder);
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(model.keyRow(r - 1).owner.compare(model.keyRow(r).owner, Qt::CaseInsensitive) >= 0);
    }
    const QModelIndex hint = model.index(0, KeyTableModel::Hint);
    QCOMPARE_EQ(hint.data().toString(), model.keyRow(0).hint);
    QVERIFY(kw::test::isMonospaced(hint.data(Qt::FontRole).value<QFont>()));
    QCOMPARE_EQ(model.index(0, 0).data(KeyTableModel::KeyIdRole).toString(), model.keyRow(0).id);
}

void TestGuiModels::proxyFiltersByTextStateAndEnv()
{
    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setKeyModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_fx->inv(), m_project));
    const auto expected = [&](const std::function<bool(const KeyRow&)>& keep) {
        int n = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            n += keep(model.keyRow(r)) ? 1 : 0;
        }
        return n;
    };
    proxy.setText(QStringLiteral("KEY 3"));
    QCOMPARE_EQ(proxy.rowCount(),
                expected([](const KeyRow& k) { return k.name.startsWith(QLatin1String("key 3")); }));
    proxy.setText(QStringLiteral("bruno"));
    QCOMPARE_EQ(proxy.rowCount(),
                expected([](const KeyRow& k) { return k.owner == QLatin1String("Bruno"); }));
    proxy.setEnv(Env::Live);
    QCOMPARE_EQ(proxy.rowCount(), expected([](const KeyRow& k) {
                    return k.owner == QLatin1String("Bruno") && k.env == Env::Live;
                }));
    proxy.setText({});
    proxy.setEnv(std::nullopt);
    for (const KeyState s : {KeyState::Active, KeyState::Expiring, KeyState::InGrace, KeyState::Revoked}) {
        proxy.setState(s);
        const int n = expected([s](const KeyRow& k) { return k.state == s; });
        QVERIFY2(n > 0, "the fixture has keys in every state");
        QCOMPARE_EQ(proxy.rowCount(), n);
    }
    proxy.setState(std::nullopt);
    // Hints and ids are found too, in any case.
    const KeyRow& some = model.keyRow(17);
    proxy.setText(some.hint.toUpper());
    QCOMPARE_EQ(proxy.rowCount(), 1);
    proxy.setText(some.id.right(10));
    QCOMPARE_EQ(proxy.rowCount(), 1);
    // Sorting through the proxy sorts the source; the filter stays.
    proxy.setText(QStringLiteral("key 2"));
    const int filtered = proxy.rowCount();
    proxy.sort(KeyTableModel::Name, Qt::DescendingOrder);
    QCOMPARE_EQ(proxy.rowCount(), filtered);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        QVERIFY(proxy.index(r - 1, 0).data().toString().compare(proxy.index(r, 0).data().toString(),
                                                                Qt::CaseInsensitive) >= 0);
    }
}

void TestGuiModels::upsertKeepsTheSortAndTheSelection()
{
    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setKeyModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_fx->inv(), m_project));
    proxy.sort(KeyTableModel::Name, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);
    const QModelIndex picked = proxy.index(5, 0);
    const QString pickedId = picked.data(KeyTableModel::KeyIdRole).toString();
    selection.select(picked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    const int before = model.rowCount();
    Result<kw::test::Issued> fresh = m_fx->issue(m_project.id, QStringLiteral("key 3 aaa"));
    QVERIFY(fresh);
    model.upsert(fresh->key, m_fx->inv().stateOf(fresh->key));
    QCOMPARE_EQ(model.rowCount(), before + 1);
    const int at = model.rowOf(fresh->key.id);
    QVERIFY(at > 0);
    QVERIFY(model.keyRow(at - 1).name.compare(QStringLiteral("key 3 aaa"), Qt::CaseInsensitive) <= 0);
    QVERIFY(model.keyRow(at + 1).name.compare(QStringLiteral("key 3 aaa"), Qt::CaseInsensitive) >= 0);
    // A key of another project is not this model's business.
    Result<kw::test::Issued> elsewhere = m_fx->issue(m_other.id, QStringLiteral("other"));
    model.upsert(elsewhere->key, KeyState::Active);
    QCOMPARE_EQ(model.rowCount(), before + 1);

    // The selection follows its key through inserts and filter changes.
    QCOMPARE_EQ(selection.selectedRows().value(0).data(KeyTableModel::KeyIdRole).toString(), pickedId);
    proxy.setText(model.keyRow(model.rowOf(pickedId)).hint);
    QCOMPARE_EQ(selection.selectedRows().value(0).data(KeyTableModel::KeyIdRole).toString(), pickedId);
    proxy.setText({});

    // A change replaces the row in place.
    Result<KeyRecord> revoked = m_fx->inv().revoke(fresh->key.id, RevokeReason::Compromised, {});
    QVERIFY(revoked);
    model.upsert(*revoked, KeyState::Revoked);
    QCOMPARE_EQ(model.rowCount(), before + 1);
    QCOMPARE_EQ(model.keyRow(model.rowOf(fresh->key.id)).state, KeyState::Revoked);

    // Rows added or changed while a filter is on are judged by it at once.
    proxy.setText(QStringLiteral("zebra"));
    proxy.setState(KeyState::Active);
    QCOMPARE_EQ(proxy.rowCount(), 0);
    Result<kw::test::Issued> zebra = m_fx->issue(m_project.id, QStringLiteral("Zebra crossing"));
    Result<kw::test::Issued> other = m_fx->issue(m_project.id, QStringLiteral("horse"));
    model.upsert(zebra->key, KeyState::Active);
    model.upsert(other->key, KeyState::Active);
    QCOMPARE_EQ(proxy.rowCount(), 1);
    QCOMPARE_EQ(proxy.index(0, 0).data(KeyTableModel::KeyIdRole).toString(), zebra->key.id);
    Result<KeyRecord> gone = m_fx->inv().revoke(zebra->key.id, RevokeReason::Unused, {});
    model.upsert(*gone, KeyState::Revoked);
    QCOMPARE_EQ(proxy.rowCount(), 0);
    KeyEdit rename;
    rename.name = QStringLiteral("zebra too");
    Result<KeyRecord> renamed = m_fx->inv().edit(other->key.id, rename);
    QVERIFY(renamed);
    model.upsert(*renamed, KeyState::Active);
    QCOMPARE_EQ(proxy.rowCount(), 1);
    QCOMPARE_EQ(model.rowOf(other->key.id), model.rowOf(renamed->id)); // still one row for the key
}

void TestGuiModels::statesMoveOnWithTime()
{
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_fx->inv(), m_project));
    const auto count = [&](KeyState s) {
        int n = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            n += model.keyRow(r).state == s ? 1 : 0;
        }
        return n;
    };
    const int expired = count(KeyState::Expired);
    const int inGrace = count(KeyState::InGrace);
    QVERIFY(inGrace > 0);
    m_fx->clock.advanceDays(100);
    model.refreshStates(m_fx->clock.now());
    QCOMPARE_EQ(count(KeyState::InGrace), 0); // their 2-day grace is over
    QVERIFY(count(KeyState::Expired) > expired + inGrace);
    // The same states as the store derives.
    for (int r = 0; r < model.rowCount(); r += 13) {
        QCOMPARE_EQ(model.keyRow(r).state, m_fx->inv().stateOf(m_fx->inv().key(model.keyRow(r).id).value()));
    }
}

void TestGuiModels::censusCountsAndReminds()
{
    Result<QList<Project>> projects = m_fx->inv().projects();
    QVERIFY(projects);
    const QDateTime now = m_fx->clock.now();
    Result<Census> census = takeCensus(m_fx->ws(), *projects, now);
    QVERIFY(census);
    KeyFilter filter;
    filter.projectId = m_project.id;
    StateCounts expected;
    int reminders = 0;
    Result<QList<KeyRecord>> keys = m_fx->inv().keys(filter);
    for (const KeyRecord& k : *keys) {
        const KeyState s = m_fx->inv().stateOf(k);
        ++expected.byState[std::size_t(s)];
        if (s == KeyState::Expiring ||
            (s == KeyState::InGrace && now.secsTo(k.graceUntil) <= GraceWarningSecs)) {
            ++reminders;
        }
    }
    QCOMPARE_EQ(census->counts.value(m_project.id).byState, expected.byState);
    QCOMPARE_EQ(census->counts.value(m_other.id).total(), 1);
    QVERIFY(reminders > 0);
    QCOMPARE_EQ(census->reminders.size(), reminders + 0); // the other project has none due
    for (qsizetype i = 1; i < census->reminders.size(); ++i) {
        QVERIFY(census->reminders.at(i - 1).endsAt <= census->reminders.at(i).endsAt);
    }
    const Reminder& first = census->reminders.first();
    QVERIFY(!first.keyName.isEmpty());
    QVERIFY(first.hint.startsWith(QLatin1String("chat_")));
}

void TestGuiModels::auditAndProjectModels()
{
    Result<QList<AuditEvent>> events = AuditLog(m_fx->ws()).list({});
    QVERIFY(events);
    AuditTableModel audit;
    QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    audit.setEvents(*events, {{m_project.id, m_project.name}});
    QCOMPARE_EQ(audit.rowCount(), events->size());
    QCOMPARE_EQ(audit.index(0, AuditTableModel::Action).data().toString(), QStringLiteral("Project created"));
    QCOMPARE_EQ(audit.index(0, AuditTableModel::Project).data().toString(), QStringLiteral("chat-api"));
    for (int r = 0; r < audit.rowCount(); ++r) {
        QVERIFY(!audit.index(r, AuditTableModel::Details).data().toString().isEmpty());
    }

    // Every action reads as text; the raw action and details stay in the tooltips.
    AuditEvent bind;
    bind.action = QStringLiteral("registry.bind");
    bind.details = {{QStringLiteral("profile"), QStringLiteral("prod-etcd")}};
    AuditEvent unbind;
    unbind.action = QStringLiteral("registry.unbind");
    unbind.details = {{QStringLiteral("profile"), QStringLiteral("prod-etcd")},
                      {QStringLiteral("unpushed_dropped"), 2}};
    AuditEvent conflict;
    conflict.action = QStringLiteral("registry.conflict");
    conflict.details = {
        {QStringLiteral("profile"), QStringLiteral("prod-etcd")},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("x")}}}};
    AuditEvent unknown;
    unknown.action = QStringLiteral("future.thing");
    unknown.details = {{QStringLiteral("count"), 3}};
    audit.setEvents({bind, unbind, conflict, unknown}, {});
    QCOMPARE_EQ(audit.index(0, AuditTableModel::Action).data().toString(),
                QStringLiteral("Bound to registry"));
    QCOMPARE_EQ(audit.index(0, AuditTableModel::Details).data().toString(),
                QStringLiteral("Bound to registry profile prod-etcd"));
    QCOMPARE_EQ(audit.index(0, AuditTableModel::Action).data(Qt::ToolTipRole).toString(),
                QStringLiteral("registry.bind"));
    QCOMPARE_EQ(audit.index(0, AuditTableModel::Details).data(Qt::ToolTipRole).toString(),
                QStringLiteral("registry.bind {\"profile\":\"prod-etcd\"}"));
    QCOMPARE_EQ(audit.index(1, AuditTableModel::Details).data().toString(),
                QStringLiteral("Unbound from registry profile prod-etcd · unpushed changes dropped: 2"));
    QCOMPARE_EQ(audit.index(2, AuditTableModel::Details).data().toString(),
                QStringLiteral("Registry profile prod-etcd and this workspace disagreed on: owner"));
    QCOMPARE_EQ(audit.index(3, AuditTableModel::Details).data().toString(), QStringLiteral("count: 3"));
    for (int r = 0; r < audit.rowCount(); ++r) {
        QVERIFY(!audit.index(r, AuditTableModel::Details).data().toString().contains(u'{'));
    }
    audit.setEvents({}, {});
    QCOMPARE_EQ(audit.rowCount(), 0);

    ProjectListModel projects;
    QAbstractItemModelTester projectTester(&projects, QAbstractItemModelTester::FailureReportingMode::QtTest);
    projects.setProjects(m_fx->inv().projects().value());
    QCOMPARE_EQ(projects.rowCount(), 2);
    QCOMPARE_EQ(projects.index(0).data().toString(), QStringLiteral("chat-api")); // sorted by name
    Result<Census> census = takeCensus(m_fx->ws(), projects.projects(), m_fx->clock.now());
    projects.setCounts(census->counts);
    const QVariantList counts = projects.index(0).data(ProjectListModel::CountsRole).toList();
    QCOMPARE_EQ(counts.size(), 5);
    QCOMPARE_EQ(counts.at(int(KeyState::Revoked)).toInt(), KeyCount / 10);
    QVERIFY(projects.index(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("revoked")));
}

KEYWARD_GUI_TEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
