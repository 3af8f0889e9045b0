// SPDX-License-Identifier: GPL-3.0-or-later
// The console never misleads: an empty scope list reads as "any", a filter that hides the selected
// key takes the pane and the actions with it, a registry that has not received a change says so in
// the status bar and on the key, a broken audit chain is reported as the workspace opens, and the
// registry's buttons and form say what they do. Each on a real workspace file, with real widgets.
#include "GuiTestSupport.h"
#include "InventoryFixture.h"
#include "MemorySecretStore.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/common/ListPicker.h"
#include "gui/common/MessageBanner.h"
#include "gui/keys/IssueKeyDialog.h"
#include "gui/keys/KeyDetailPane.h"
#include "gui/keys/KeyFilterProxy.h"
#include "gui/keys/KeyTableModel.h"
#include "gui/keys/KeysTab.h"
#include "gui/registry/RegistryProfileDialog.h"
#include "gui/registry/RegistryTab.h"
#include "registry/Binding.h"
#include "registry/Profile.h"
#include "registry/SyncState.h"
#include "store/Outbox.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace kw;
using namespace kw::gui;
using kw::test::InventoryFixture;
using kw::test::MemorySecretStore;
using kw::test::RawDb;
using kw::test::visibleChild;

class TestGuiTruth : public QObject
{
    Q_OBJECT

private:
    // Opens the fixture's workspace file in a window, as File → Open would.
    void openWindow();
    QAction* action(const char* name) const;
    int rowOf(const QString& keyId) const;
    void selectRow(int row);

    std::unique_ptr<InventoryFixture> m_fx;
    Project m_project;
    KeyRecord m_any;    // no scopes, no models
    KeyRecord m_scoped; // chat:read
    MemorySecretStore m_store;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyListsReadAsAny();
    void issueDialogSaysAnyWhenNothingIsTicked();
    void hiddenSelectionTakesThePaneAndActionsWithIt();
    void pendingChangesAndOfflineRegistryAreShown();
    void syncNowWithNothingBoundSaysWhy();
    void brokenAuditChainIsReportedOnOpen();
    void intactAuditChainOpensQuietly();
    void registryFormSpeaksTheFormsLanguage();
    void registryButtonsLeaveAltAToTheAuditMenu();
};

void TestGuiTruth::init()
{
    m_fx = std::make_unique<InventoryFixture>();
    const QString error = m_fx->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Policy policy;
    policy.allowedScopes = {QStringLiteral("chat:read"), QStringLiteral("chat:write")};
    Result<Project> p = m_fx->project(QStringLiteral("chat-api"), QStringLiteral("chat"), policy);
    QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    m_project = *p;
    auto any = m_fx->issue(m_project.id, QStringLiteral("unrestricted"));
    QVERIFY(any);
    m_any = any->key;
    auto scoped = m_fx->issue(m_project.id, QStringLiteral("reader"), QStringLiteral("bo"), Env::Live,
                              {QStringLiteral("chat:read")});
    QVERIFY(scoped);
    m_scoped = scoped->key;
}

void TestGuiTruth::cleanup()
{
    m_window.reset();
    m_fx.reset();
}

void TestGuiTruth::openWindow()
{
    Result<std::unique_ptr<Session>> session = Session::open(m_fx->path(), Workspace::OpenMode::OpenExisting);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    m_window = std::make_unique<MainWindow>(m_store);
    m_window->setSession(std::move(session.value()));
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->selectProject(m_project.id));
}

QAction* TestGuiTruth::action(const char* name) const
{
    return m_window->findChild<QAction*>(QLatin1String(name));
}

int TestGuiTruth::rowOf(const QString& keyId) const
{
    const KeyTableModel* model = m_window->keysTab()->model();
    return m_window->keysTab()->proxy()->mapFromSource(model->index(model->rowOf(keyId), 0)).row();
}

void TestGuiTruth::selectRow(int row)
{
    QTableView* table = m_window->keysTab()->table();
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestGuiTruth::emptyListsReadAsAny()
{
    openWindow();
    const KeyTableModel* model = m_window->keysTab()->model();
    const int any = model->rowOf(m_any.id);
    const int scoped = model->rowOf(m_scoped.id);
    QCOMPARE_EQ(model->index(any, KeyTableModel::Scopes).data().toString(), QStringLiteral("any scope"));
    QCOMPARE_EQ(model->index(any, KeyTableModel::Models).data().toString(), QStringLiteral("any model"));
    QVERIFY(
        model->index(any, KeyTableModel::Scopes).data(Qt::ToolTipRole).toString().startsWith(u"Any scope"));
    QCOMPARE_EQ(model->index(scoped, KeyTableModel::Scopes).data().toString(), QStringLiteral("chat:read"));

    QVERIFY(m_window->keysTab()->selectKey(m_any.id));
    const QString pane = m_window->findChild<KeyDetailPane*>()->toPlainText();
    QVERIFY2(pane.contains(u"any scope") && pane.contains(u"any model"), qPrintable(pane));
    QVERIFY2(!pane.contains(u"none"), qPrintable(pane));
}

void TestGuiTruth::issueDialogSaysAnyWhenNothingIsTicked()
{
    IssueKeyDialog dialog(m_project, m_fx->inv().now());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* scopes = dialog.findChild<ListPicker*>(QStringLiteral("scopes"));
    QVERIFY(scopes);
    QVERIFY(scopes->emptyNote()->isVisible());
    QVERIFY2(scopes->emptyNote()->text().contains(u"any scope"), qPrintable(scopes->emptyNote()->text()));
    auto* list = scopes->findChild<QListWidget*>();
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(!scopes->emptyNote()->isVisible());
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(scopes->emptyNote()->isVisible());
    auto* models = dialog.findChild<ListPicker*>(QStringLiteral("models"));
    QVERIFY(models);
    QVERIFY(models->emptyNote()->isVisible());
    QVERIFY(models->emptyNote()->text().contains(u"any model"));
}

void TestGuiTruth::hiddenSelectionTakesThePaneAndActionsWithIt()
{
    openWindow();
    KeysTab* keys = m_window->keysTab();
    QVERIFY(keys->selectKey(m_any.id));
    QVERIFY(action("actionRotate")->isEnabled());
    QVERIFY(action("actionRevoke")->isEnabled());
    auto* pane = m_window->findChild<KeyDetailPane*>();
    QCOMPARE_EQ(pane->keyId(), m_any.id);

    // Typing a filter that only the other key matches hides the selected one.
    auto* search = keys->findChild<QLineEdit*>(QStringLiteral("search"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("reader"));
    QCOMPARE_EQ(keys->proxy()->rowCount(), 1);
    QVERIFY(keys->selectedKeyIds().isEmpty());
    QVERIFY(pane->keyId().isEmpty());
    QVERIFY(!action("actionRotate")->isEnabled());
    QVERIFY(!action("actionRevoke")->isEnabled());
    QVERIFY(!action("actionEdit")->isEnabled());
    QCOMPARE_EQ(action("actionRotate")->toolTip(), QStringLiteral("Select one key to rotate"));
    QCOMPARE_EQ(action("actionRevoke")->toolTip(), QStringLiteral("Select the keys to revoke"));
    // The shortcut of a disabled action does nothing, and nothing was revoked behind the filter.
    keys->table()->setFocus();
    QTest::keyClick(keys->table(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(visibleChild<QDialog>(m_window.get()) == nullptr);
    QCOMPARE_EQ(m_fx->inv().key(m_any.id)->status, KeyStatus::Active);

    // Selecting what is visible brings them back.
    selectRow(0);
    QCOMPARE_EQ(pane->keyId(), m_scoped.id);
    QVERIFY(action("actionRotate")->isEnabled());
}

void TestGuiTruth::pendingChangesAndOfflineRegistryAreShown()
{
    RegistryProfile profile;
    profile.name = QStringLiteral("prod-etcd");
    profile.endpoints = {QStringLiteral("https://127.0.0.1:1")};
    profile.caFile = QStringLiteral("/nonexistent/ca.pem");
    profile.user = QStringLiteral("keyward");
    profile.createdAt = profile.updatedAt = m_fx->inv().now();
    QVERIFY(ProfileRepo(m_fx->ws()).insert(profile));
    QVERIFY(bindProject(m_fx->inv(), m_project.id, profile.name));
    // Binding queues every key; say the reader key reached the registry, as a push removes it.
    const QList<OutboxEntry> queued = Outbox(m_fx->ws()).pending().value();
    for (const OutboxEntry& e : queued) {
        if (e.entityId == m_scoped.id) {
            QVERIFY(Outbox(m_fx->ws()).remove(e.seq));
        }
    }
    // A revocation made while the registry is out of reach: it waits in the outbox.
    QVERIFY(m_fx->inv().revoke(m_any.id, RevokeReason::Compromised, QString()));
    QVERIFY(SyncState(m_fx->ws())
                .recordAttempt(profile.name, m_fx->inv().now(), QStringLiteral("connection refused")));

    openWindow();
    auto* status = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("registryStatus"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(u"Registry offline (prod-etcd)"), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"not yet pushed"), qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(u"connection refused"), qPrintable(status->toolTip()));

    const KeyTableModel* model = m_window->keysTab()->model();
    const QModelIndex revoked = model->index(model->rowOf(m_any.id), KeyTableModel::Name);
    const QModelIndex untouched = model->index(model->rowOf(m_scoped.id), KeyTableModel::Name);
    QVERIFY(!revoked.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(revoked.data(Qt::ToolTipRole).toString().contains(u"not yet pushed"));
    QVERIFY(untouched.data(Qt::DecorationRole).isNull());
    QVERIFY(m_window->keysTab()->selectKey(m_any.id));
    QVERIFY(m_window->findChild<KeyDetailPane*>()->toPlainText().contains(u"not yet pushed"));
}

void TestGuiTruth::syncNowWithNothingBoundSaysWhy()
{
    RegistryProfile profile;
    profile.name = QStringLiteral("spare");
    profile.endpoints = {QStringLiteral("https://127.0.0.1:1")};
    profile.caFile = QStringLiteral("/nonexistent/ca.pem");
    profile.user = QStringLiteral("keyward");
    QVERIFY(ProfileRepo(m_fx->ws()).insert(profile));
    openWindow();
    auto* tab = m_window->findChild<RegistryTab*>(QStringLiteral("registryTab"));
    QVERIFY(tab);
    m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(tab);
    auto* profiles = tab->findChild<QListWidget*>(QStringLiteral("profiles"));
    profiles->setCurrentRow(0);
    auto* sync = tab->findChild<QPushButton*>(QStringLiteral("syncButton"));
    QVERIFY(sync->isEnabled());
    QSignalSpy finished(tab, &RegistryTab::syncFinished);
    QTest::mouseClick(sync, Qt::LeftButton);
    QCOMPARE_EQ(finished.size(), 1);
    QCOMPARE_EQ(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().startsWith(u"Nothing to sync"),
             qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(tab->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().startsWith(u"Nothing to sync"));
    // No project is bound: the status bar has nothing to claim.
    QVERIFY(!m_window->statusBar()->findChild<QLabel*>(QStringLiteral("registryStatus"))->isVisible());
}

void TestGuiTruth::brokenAuditChainIsReportedOnOpen()
{
    {
        RawDb raw(m_fx->path());
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_no_update")).isEmpty());
        QVERIFY(raw.exec(QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 2")).isEmpty());
    }
    openWindow();
    MessageBanner* banner = m_window->messageBanner();
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE_EQ(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(u"audit chain") && banner->text().contains(u"#2"),
             qPrintable(banner->text()));
    QPushButton* show = nullptr;
    for (QPushButton* b : banner->findChildren<QPushButton*>()) {
        show = b->text() == QLatin1String("Show in Audit") ? b : show;
    }
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE_EQ(m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget(),
                static_cast<QWidget*>(m_window->auditTab()));
}

void TestGuiTruth::intactAuditChainOpensQuietly()
{
    openWindow();
    // The verification runs in the background; give it ample time to report before checking.
    QTest::qWait(300);
    QVERIFY2(!m_window->messageBanner()->isVisible(), qPrintable(m_window->messageBanner()->text()));
}

void TestGuiTruth::registryFormSpeaksTheFormsLanguage()
{
    RegistryProfileDialog dialog(RegistryProfile{}, false);
    dialog.show();
    auto* save = kw::test::dialogButton(&dialog, QDialogButtonBox::Save);
    auto* cancel = kw::test::dialogButton(&dialog, QDialogButtonBox::Cancel);
    QVERIFY(save && cancel);
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    QVERIFY(save->text().contains(u'&'));
    QVERIFY(cancel->text().contains(u'&'));
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("user"));
    QVERIFY(user->text().isEmpty());
    QVERIFY2(user->placeholderText() != QLatin1String("keyward"), qPrintable(user->placeholderText()));

    dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("prod"));
    dialog.findChild<QLineEdit*>(QStringLiteral("endpoints"))
        ->setText(QStringLiteral("https://127.0.0.1:2379"));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("pw"));
    QVERIFY(!save->isEnabled()); // still no user
    user->setText(QStringLiteral("ops"));
    QVERIFY(save->isEnabled());
    // Without a CA file the error names the form's field, not a command-line flag.
    save->click();
    QVERIFY(dialog.isVisible());
    const QString shown = dialog.testResult();
    QVERIFY2(shown.contains(u"CA file") && !shown.contains(u"--"), qPrintable(shown));
}

void TestGuiTruth::registryButtonsLeaveAltAToTheAuditMenu()
{
    openWindow();
    auto* tab = m_window->findChild<RegistryTab*>(QStringLiteral("registryTab"));
    m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(tab);
    const QList<QAbstractButton*> buttons = tab->findChildren<QAbstractButton*>();
    for (const QAbstractButton* b : buttons) {
        QVERIFY2(!b->text().contains(QLatin1String("&A"), Qt::CaseInsensitive), qPrintable(b->text()));
        QVERIFY2(!b->text().contains(QLatin1String("&U"), Qt::CaseInsensitive), qPrintable(b->text()));
    }
}

KEYWARD_GUI_TEST_MAIN(TestGuiTruth)
#include "tst_gui_truth.moc"
