// SPDX-License-Identifier: GPL-3.0-or-later
// The console end to end, as an administrator drives it: create a project, issue a key through the
// dialog, find it, rotate it, revoke it, read the audit tab; the keychain's two-phase issue; and
// that no secret reaches the settings file. The models run under QAbstractItemModelTester all along.
#include "GuiTestSupport.h"
#include "MemorySecretStore.h"
#include "StoreTestSupport.h"
#include "core/KeyFormat.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/audit/AuditTableModel.h"
#include "gui/common/MessageBanner.h"
#include "gui/keys/EditKeyDialog.h"
#include "gui/keys/IssueKeyDialog.h"
#include "gui/keys/KeyDetailPane.h"
#include "gui/keys/KeyFilterProxy.h"
#include "gui/keys/KeySettingsForm.h"
#include "gui/keys/KeyTableModel.h"
#include "gui/keys/KeysTab.h"
#include "gui/keys/Reminders.h"
#include "gui/keys/RevokeKeysDialog.h"
#include "gui/keys/RotateKeyDialog.h"
#include "gui/keys/ShowOnceDialog.h"
#include "gui/projects/ProjectDialog.h"
#include "gui/projects/ProjectListModel.h"
#include "store/Inventory.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace kw;
using namespace kw::gui;
using kw::test::dialogButton;
using kw::test::FakeClock;
using kw::test::MemorySecretStore;
using kw::test::press;
using kw::test::visibleChild;

#define STEP(call)                                                                                           \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed()) {                                                                    \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

class TestGuiFlow : public QObject
{
    Q_OBJECT

private:
    // A window on a fresh workspace in m_dir, with the models under test.
    void openWindow();
    // Helpers use QVERIFY; callers wrap them in STEP so a failure ends the test there.
    void trigger(const char* action);
    void createProject(const QString& name, Project* created = nullptr);
    // Issues through the dialog; `secret` gets what the Show-once dialog showed.
    void issueThroughDialog(const QString& name, bool keep, QString* secret = nullptr);
    void closeShowOnce(QString* secret);
    int rowOf(const QString& name, KeyState state);
    QStringList auditActions();

    QTemporaryDir m_dir;
    FakeClock m_clock;
    MemorySecretStore m_store;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();
    void createIssueRotateRevokeAndAudit();
    void keychainCopyIsKeptAndRevealed();
    void keychainFailureCommitsNothing();
    void failedCommitRemovesTheKeychainEntry();
    void filterAsYouType();
    void layoutIsRememberedAndSecretsAreNot();
    void keyboardOnly();
    void bulkRevokeOfTheSelection();
    void editGoesIntoTheAuditTrail();
    void projectPolicyIsEdited();
    void remindersOnStartAndEveryTick();
};

void TestGuiFlow::init()
{
    QVERIFY(m_dir.isValid());
    m_store.entries.clear();
    m_store.failWrites = m_store.failReads = SecretJob::Error::NoError;
    m_store.afterWrite = nullptr;
    m_store.writes = m_store.reads = m_store.removes = 0;
    STEP(openWindow());
}

void TestGuiFlow::cleanup()
{
    m_window.reset();
}

void TestGuiFlow::openWindow()
{
    static int n = 0;
    Result<std::unique_ptr<Session>> session =
        Session::open(m_dir.filePath(QStringLiteral("ws%1.keyward").arg(++n)),
                      Workspace::OpenMode::OpenOrCreate, m_clock.clock());
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    m_window = std::make_unique<MainWindow>(m_store);
    m_window->setClipboardClearDelay(std::chrono::milliseconds(100));
    m_window->setSession(std::move(session.value()));
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    KeysTab* keys = m_window->keysTab();
    new QAbstractItemModelTester(keys->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    new QAbstractItemModelTester(keys->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    new QAbstractItemModelTester(m_window->auditTab()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
    new QAbstractItemModelTester(m_window->projectModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
}

void TestGuiFlow::trigger(const char* action)
{
    auto* a = m_window->findChild<QAction*>(QLatin1String(action));
    QVERIFY2(a, action);
    QVERIFY2(a->isEnabled(), action);
    a->trigger();
}

void TestGuiFlow::createProject(const QString& name, Project* created)
{
    STEP(trigger("actionNewProject"));
    ProjectDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProjectDialog>(m_window.get())));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), name);
    QCOMPARE_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("prefix"))->text(), name.section(u'-', 0, 0));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("scopes")),
                     QStringLiteral("chat:read, chat:write"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("models")), QStringLiteral("gpt-4o-mini"));
    STEP(press(dialogButton(dialog, QDialogButtonBox::Ok)));
    const int row = m_window->projectModel()->rowOf(m_window->currentProjectId());
    QVERIFY(row >= 0);
    QCOMPARE_EQ(m_window->projectModel()->project(row).name, name);
    if (created) {
        *created = m_window->projectModel()->project(row);
    }
}

void TestGuiFlow::issueThroughDialog(const QString& name, bool keep, QString* secret)
{
    STEP(trigger("actionIssue"));
    IssueKeyDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<IssueKeyDialog>(m_window.get())));
    QAbstractButton* ok = dialogButton(dialog, QDialogButtonBox::Ok);
    QVERIFY2(!ok->isEnabled(), "OK must wait for a name");
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), name);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("owner")), QStringLiteral("ana"));
    QTest::mouseClick(dialog->findChild<QRadioButton*>(QStringLiteral("envLive")), Qt::LeftButton);
    // The policy's scopes are the checkable choices.
    auto* scopes = dialog->findChildren<QListWidget*>().value(0);
    QVERIFY(scopes);
    QCOMPARE_EQ(scopes->count(), 2);
    scopes->item(0)->setCheckState(Qt::Checked);
    dialog->findChild<QCheckBox*>(QStringLiteral("keep"))->setChecked(keep);
    STEP(press(ok));
    STEP(closeShowOnce(secret));
}

void TestGuiFlow::closeShowOnce(QString* secret)
{
    ShowOnceDialog* shown = nullptr;
    QTRY_VERIFY((shown = visibleChild<ShowOnceDialog>(m_window.get())));
    auto* field = shown->findChild<QLineEdit*>(QStringLiteral("secret"));
    QVERIFY(field->isReadOnly());
    if (secret) {
        *secret = field->text();
    }
    STEP(press(shown->findChild<QPushButton*>(QStringLiteral("copy"))));
    QVERIFY(shown->wasCopied());
    STEP(press(dialogButton(shown, QDialogButtonBox::Close)));
    QTRY_VERIFY(!shown->isVisible());
}

int TestGuiFlow::rowOf(const QString& name, KeyState state)
{
    KeyTableModel* model = m_window->keysTab()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->keyRow(r).name == name && model->keyRow(r).state == state) {
            return r;
        }
    }
    return -1;
}

QStringList TestGuiFlow::auditActions()
{
    AuditTableModel* model = m_window->auditTab()->model();
    QStringList actions;
    for (int r = 0; r < model->rowCount(); ++r) {
        actions.prepend(model->event(r).action); // newest first in the model
    }
    return actions;
}

void TestGuiFlow::createIssueRotateRevokeAndAudit()
{
    Project project;
    STEP(createProject(QStringLiteral("chat-api"), &project));
    QCOMPARE_EQ(project.prefix, QStringLiteral("chat"));
    QCOMPARE_EQ(project.policy.allowedScopes,
                QStringList({QStringLiteral("chat:read"), QStringLiteral("chat:write")}));

    // Issue: the dialog, then the secret shown once.
    QString secret;
    STEP(issueThroughDialog(QStringLiteral("web backend"), false, &secret));
    QVERIFY(parseKey(secret).ok());
    QVERIFY(secret.startsWith(QLatin1String("chat_live_")));
    const int issuedRow = rowOf(QStringLiteral("web backend"), KeyState::Active);
    QVERIFY(issuedRow >= 0);
    const KeyRow issued = m_window->keysTab()->model()->keyRow(issuedRow);
    Inventory& inventory = m_window->session()->inventory();
    Result<KeyRecord> stored = inventory.key(issued.id);
    QVERIFY(stored);
    QCOMPARE_EQ(stored->hash, keyHash(secret));
    QCOMPARE_EQ(stored->scopes, QStringList{QStringLiteral("chat:read")});
    QCOMPARE_EQ(stored->owner, QStringLiteral("ana"));
    QCOMPARE_EQ(m_window->keysTab()->currentKeyId(), issued.id);
    QCOMPARE_EQ(m_store.writes, 0); // no keychain copy was asked for

    // Rotate with a grace period of 3 days.
    STEP(trigger("actionRotate"));
    RotateKeyDialog* rotate = nullptr;
    QTRY_VERIFY((rotate = visibleChild<RotateKeyDialog>(m_window.get())));
    QCOMPARE_EQ(rotate->graceDays(), project.policy.graceDays);
    rotate->findChild<QSpinBox*>(QStringLiteral("grace"))->setValue(3);
    STEP(press(dialogButton(rotate, QDialogButtonBox::Ok)));
    QString successorSecret;
    STEP(closeShowOnce(&successorSecret));
    QVERIFY(parseKey(successorSecret).ok());
    QVERIFY(successorSecret != secret);
    const int graceRow = rowOf(QStringLiteral("web backend"), KeyState::InGrace);
    const int successorRow = rowOf(QStringLiteral("web backend"), KeyState::Active);
    QVERIFY(graceRow >= 0);
    QVERIFY(successorRow >= 0);
    const KeyRow successor = m_window->keysTab()->model()->keyRow(successorRow);
    QCOMPARE_EQ(successor.rotatedFrom, issued.id);
    QCOMPARE_EQ(m_window->keysTab()->model()->keyRow(graceRow).graceUntil, m_clock.now().addDays(3));
    QCOMPARE_EQ(inventory.key(successor.id)->hash, keyHash(successorSecret));

    // Revoke the successor with a reason.
    QVERIFY(m_window->keysTab()->selectKey(successor.id));
    STEP(trigger("actionRevoke"));
    RevokeKeysDialog* revoke = nullptr;
    QTRY_VERIFY((revoke = visibleChild<RevokeKeysDialog>(m_window.get())));
    QVERIFY(!revoke->isAcceptable()); // a reason is required
    revoke->setReason(RevokeReason::Compromised);
    QTest::keyClicks(revoke->findChild<QLineEdit*>(QStringLiteral("note")),
                     QStringLiteral("pasted in a ticket"));
    STEP(press(dialogButton(revoke, QDialogButtonBox::Ok)));
    QTRY_COMPARE_EQ(
        m_window->keysTab()->model()->keyRow(m_window->keysTab()->model()->rowOf(successor.id)).state,
        KeyState::Revoked);
    QVERIFY(m_window->messageBanner()->text().contains(QLatin1String("Revoked")));
    Result<KeyRecord> revoked = inventory.key(successor.id);
    QCOMPARE_EQ(revoked->revokeReason, std::optional<RevokeReason>(RevokeReason::Compromised));
    QCOMPARE_EQ(revoked->revokeNote, QStringLiteral("pasted in a ticket"));
    // The sidebar counts follow: 1 in grace, 1 revoked.
    const StateCounts counts = m_window->projectModel()->counts(project.id);
    QCOMPARE_EQ(counts.of(KeyState::InGrace), 1);
    QCOMPARE_EQ(counts.of(KeyState::Revoked), 1);

    // The audit tab shows the events in order, and the chain verifies.
    m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(m_window->auditTab());
    QTRY_COMPARE_EQ(auditActions(),
                    QStringList({QStringLiteral("project.create"), QStringLiteral("key.issue"),
                                 QStringLiteral("key.issue"), QStringLiteral("key.rotate"),
                                 QStringLiteral("key.revoke")}));
    m_window->auditTab()->setKeyFilter(successor.hint);
    QCOMPARE_EQ(auditActions(), QStringList({QStringLiteral("key.issue"), QStringLiteral("key.revoke")}));
    m_window->auditTab()->verify();
    QCOMPARE_EQ(m_window->auditTab()->banner()->kind(), MessageBanner::Kind::Success);
    QVERIFY(m_window->auditTab()->banner()->text().contains(QLatin1String("verified")));
}

void TestGuiFlow::keychainCopyIsKeptAndRevealed()
{
    STEP(createProject(QStringLiteral("embeddings")));
    QString secret;
    STEP(issueThroughDialog(QStringLiteral("indexer"), true, &secret));
    const QString id = m_window->keysTab()->currentKeyId();
    QCOMPARE_EQ(m_store.entries.value(keychainEntryFor(id)), secret.toUtf8());
    auto* pane = m_window->keysTab()->findChild<KeyDetailPane*>();
    QVERIFY(!pane->toPlainText().contains(QStringLiteral("Revealed")));

    STEP(trigger("actionReveal"));
    QDialog* confirm = nullptr;
    QTRY_VERIFY((confirm = visibleChild<QDialog>(m_window.get())));
    STEP(press(dialogButton(confirm, QDialogButtonBox::Ok)));
    ShowOnceDialog* shown = nullptr;
    QTRY_VERIFY((shown = visibleChild<ShowOnceDialog>(m_window.get())));
    QCOMPARE_EQ(shown->findChild<QLineEdit*>(QStringLiteral("secret"))->text(), secret);
    // The key's audit trail in the pane shows the reveal at once, without a reload.
    QVERIFY2(pane->toPlainText().contains(QStringLiteral("Revealed")), qPrintable(pane->toPlainText()));
    // A revealed copy can be revealed again, so closing without copying asks nothing.
    STEP(press(dialogButton(shown, QDialogButtonBox::Close)));
    QTRY_VERIFY(!shown->isVisible());
    AuditFilter filter;
    filter.keyId = id;
    filter.action = QStringLiteral("key.reveal");
    QCOMPARE_EQ(AuditLog(m_window->session()->workspace()).list(filter)->size(), 1);
}

void TestGuiFlow::keychainFailureCommitsNothing()
{
    Project project;
    STEP(createProject(QStringLiteral("chat-api"), &project));
    m_store.failWrites = SecretJob::Error::AccessDenied;
    STEP(trigger("actionIssue"));
    IssueKeyDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<IssueKeyDialog>(m_window.get())));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("web backend"));
    dialog->findChild<QCheckBox*>(QStringLiteral("keep"))->setChecked(true);
    STEP(press(dialogButton(dialog, QDialogButtonBox::Ok)));
    QTRY_COMPARE_EQ(m_window->messageBanner()->kind(), MessageBanner::Kind::Error);
    QTRY_VERIFY(m_window->messageBanner()->text().contains(QLatin1String("Nothing was issued")));
    QVERIFY(m_window->messageBanner()->text().contains(QLatin1String("locked or refused")));
    QCOMPARE_EQ(m_store.writes, 1);
    QVERIFY(!visibleChild<ShowOnceDialog>(m_window.get()));
    KeyFilter all;
    all.projectId = project.id;
    QCOMPARE_EQ(m_window->session()->inventory().keys(all)->size(), 0);
    QCOMPARE_EQ(m_window->keysTab()->model()->rowCount(), 0);
    AuditFilter issues;
    issues.action = QStringLiteral("key.issue");
    QCOMPARE_EQ(AuditLog(m_window->session()->workspace()).list(issues)->size(), 0);
}

void TestGuiFlow::failedCommitRemovesTheKeychainEntry()
{
    STEP(createProject(QStringLiteral("chat-api")));
    STEP(issueThroughDialog(QStringLiteral("web backend"), true));
    const QString id = m_window->keysTab()->currentKeyId();
    // Another administrator revokes the key while the keychain stores its successor.
    const QString path = m_window->session()->path();
    m_store.afterWrite = [&](const QString&) {
        Result<std::unique_ptr<Workspace>> other = Workspace::open(path);
        QVERIFY(other);
        Inventory colleague(**other, QStringLiteral("bob"), m_clock.clock());
        QVERIFY(colleague.revoke(id, RevokeReason::Compromised, {}));
    };
    STEP(trigger("actionRotate"));
    RotateKeyDialog* rotate = nullptr;
    QTRY_VERIFY((rotate = visibleChild<RotateKeyDialog>(m_window.get())));
    STEP(press(dialogButton(rotate, QDialogButtonBox::Ok)));
    QTRY_VERIFY(m_window->messageBanner()->text().contains(QLatin1String("not rotated")));
    QTRY_COMPARE_EQ(m_store.removes, 1);
    QCOMPARE_EQ(m_store.entries.size(), 1); // the first key's copy only; the successor's is gone
    QVERIFY(m_store.entries.contains(keychainEntryFor(id)));
    QVERIFY(!visibleChild<ShowOnceDialog>(m_window.get()));
}

void TestGuiFlow::filterAsYouType()
{
    STEP(createProject(QStringLiteral("chat-api")));
    STEP(issueThroughDialog(QStringLiteral("web backend"), false));
    STEP(issueThroughDialog(QStringLiteral("ios app"), false));
    STEP(issueThroughDialog(QStringLiteral("android app"), false));
    KeyFilterProxy* proxy = m_window->keysTab()->proxy();
    QCOMPARE_EQ(proxy->rowCount(), 3);
    STEP(trigger("actionFind"));
    auto* search = m_window->keysTab()->findChild<QLineEdit*>(QStringLiteral("search"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("APP"));
    QCOMPARE_EQ(proxy->rowCount(), 2);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE_EQ(proxy->rowCount(), 2);
    search->clear();
    QCOMPARE_EQ(proxy->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("oid a"));
    QCOMPARE_EQ(proxy->rowCount(), 1);
    QCOMPARE_EQ(proxy->index(0, KeyTableModel::Name).data().toString(), QStringLiteral("android app"));
    search->clear();
    // By key id and by hint, too.
    const KeyRow& web =
        m_window->keysTab()->model()->keyRow(rowOf(QStringLiteral("web backend"), KeyState::Active));
    search->setText(web.id.mid(4, 8));
    QCOMPARE_EQ(proxy->rowCount(), 1);
    search->setText(web.hint);
    QCOMPARE_EQ(proxy->rowCount(), 1);
    search->clear();
    m_window->keysTab()->setStateFilter(KeyState::Revoked);
    QCOMPARE_EQ(proxy->rowCount(), 0);
    m_window->keysTab()->setStateFilter(std::nullopt);
    QCOMPARE_EQ(proxy->rowCount(), 3);
}

void TestGuiFlow::layoutIsRememberedAndSecretsAreNot()
{
    STEP(createProject(QStringLiteral("chat-api")));
    QString secret;
    STEP(issueThroughDialog(QStringLiteral("web backend"), false, &secret));
    QVERIFY(!secret.isEmpty());
    QTableView* table = m_window->keysTab()->table();
    table->horizontalHeader()->resizeSection(KeyTableModel::Owner, 211);
    m_window->resize(1111, 700);
    m_window->close();
    m_window.reset();

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("window"));
    QVERIFY(!content.contains(secret.toUtf8()));
    // Nor any long enough piece of it, in case of an encoding.
    QVERIFY(!content.contains(secret.mid(10, 12).toUtf8()));

    openWindow();
    QCOMPARE_EQ(m_window->keysTab()->table()->horizontalHeader()->sectionSize(KeyTableModel::Owner), 211);
}

void TestGuiFlow::keyboardOnly()
{
    const std::pair<const char*, QKeySequence> shortcuts[] = {
        {"actionIssue", QKeySequence(Qt::CTRL | Qt::Key_N)},
        {"actionRotate", QKeySequence(Qt::CTRL | Qt::Key_R)},
        {"actionRevoke", QKeySequence(Qt::Key_Delete)},
        {"actionFind", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {"actionEdit", QKeySequence(Qt::CTRL | Qt::Key_E)},
        {"actionRefresh", QKeySequence(Qt::Key_F5)},
    };
    for (const auto& [name, sequence] : shortcuts) {
        QCOMPARE_EQ(m_window->findChild<QAction*>(QLatin1String(name))->shortcut(), sequence);
    }
    STEP(createProject(QStringLiteral("chat-api")));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto focus = [] {
        return QApplication::focusWidget();
    };

    // Ctrl+N, type, Enter: issued; Alt+C copies, Escape closes.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_N));
    IssueKeyDialog* issue = nullptr;
    QTRY_VERIFY((issue = visibleChild<IssueKeyDialog>(m_window.get())));
    QTRY_VERIFY(focus() == issue->findChild<QLineEdit*>(QStringLiteral("name")));
    QTest::keyClicks(focus(), QStringLiteral("web backend"));
    QTest::keyClick(focus(), Qt::Key_Return);
    ShowOnceDialog* shown = nullptr;
    QTRY_VERIFY((shown = visibleChild<ShowOnceDialog>(m_window.get())));
    QTRY_VERIFY(shown->isActiveWindow());
    QTest::keyClick(focus(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(shown->wasCopied());
    QTest::keyClick(focus(), Qt::Key_Escape);
    QTRY_VERIFY(!shown->isVisible());

    // With the key selected in the table: Ctrl+E edits, Ctrl+R rotates, Del revokes. (The offscreen
    // platform has no window manager to give activation back when a dialog closes.)
    const auto reactivate = [this] {
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    };
    QVERIFY(reactivate());
    m_window->keysTab()->table()->setFocus();
    const std::pair<QKeySequence, const char*> opens[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_E), "kw::gui::EditKeyDialog"},
        {QKeySequence(Qt::CTRL | Qt::Key_R), "kw::gui::RotateKeyDialog"},
        {QKeySequence(Qt::Key_Delete), "kw::gui::RevokeKeysDialog"},
    };
    for (const auto& [sequence, dialogClass] : opens) {
        QTest::keySequence(m_window.get(), sequence);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<QDialog>(m_window.get())));
        QCOMPARE_EQ(QLatin1String(dialog->metaObject()->className()), QLatin1String(dialogClass));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(reactivate());
        m_window->keysTab()->table()->setFocus();
    }

    // Ctrl+F goes to the filter field.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QTRY_COMPARE_EQ(focus(), m_window->keysTab()->findChild<QLineEdit*>(QStringLiteral("search")));
}

void TestGuiFlow::bulkRevokeOfTheSelection()
{
    Project project;
    STEP(createProject(QStringLiteral("chat-api"), &project));
    STEP(issueThroughDialog(QStringLiteral("web backend"), false));
    STEP(issueThroughDialog(QStringLiteral("ios app"), false));
    STEP(issueThroughDialog(QStringLiteral("android app"), false));
    QTableView* table = m_window->keysTab()->table();
    table->selectAll();
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    QCOMPARE_EQ(m_window->keysTab()->selectedKeyIds().size(), 2);
    STEP(trigger("actionRevoke"));
    RevokeKeysDialog* revoke = nullptr;
    QTRY_VERIFY((revoke = visibleChild<RevokeKeysDialog>(m_window.get())));
    revoke->setReason(RevokeReason::OwnerLeft);
    QVERIFY(!revoke->isAcceptable()); // two keys: the project name must be typed
    QTest::keyClicks(revoke->findChild<QLineEdit*>(QStringLiteral("confirm")), project.name);
    STEP(press(dialogButton(revoke, QDialogButtonBox::Ok)));
    QTRY_VERIFY(m_window->messageBanner()->text().contains(QLatin1String("Revoked 2 keys")));
    QCOMPARE_EQ(m_window->projectModel()->counts(project.id).of(KeyState::Revoked), 2);
    AuditFilter revokes;
    revokes.action = QStringLiteral("key.revoke");
    Result<QList<AuditEvent>> events = AuditLog(m_window->session()->workspace()).list(revokes);
    QCOMPARE_EQ(events->size(), 2);
    QVERIFY(events->first().details.value(QLatin1String("bulk")).toBool());
    QCOMPARE_EQ(events->first().details.value(QLatin1String("reason")).toString(),
                QStringLiteral("owner-left"));
}

void TestGuiFlow::editGoesIntoTheAuditTrail()
{
    STEP(createProject(QStringLiteral("chat-api")));
    STEP(issueThroughDialog(QStringLiteral("web backend"), false));
    const QString id = m_window->keysTab()->currentKeyId();
    STEP(trigger("actionEdit"));
    EditKeyDialog* edit = nullptr;
    QTRY_VERIFY((edit = visibleChild<EditKeyDialog>(m_window.get())));
    QVERIFY(!edit->isAcceptable());
    auto* owner = edit->findChild<QLineEdit*>(QStringLiteral("owner"));
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("hiro"));
    QVERIFY(edit->findChild<KeySettingsForm*>()->setExpiryDays(30));
    STEP(press(dialogButton(edit, QDialogButtonBox::Save)));
    QTRY_VERIFY(m_window->messageBanner()->text().contains(QLatin1String("Saved")));
    const KeyTableModel* model = m_window->keysTab()->model();
    QCOMPARE_EQ(model->keyRow(model->rowOf(id)).owner, QStringLiteral("hiro"));
    QCOMPARE_EQ(model->keyRow(model->rowOf(id)).expiresAt, m_clock.now().addDays(30));
    AuditFilter edits;
    edits.keyId = id;
    edits.action = QStringLiteral("key.edit");
    Result<QList<AuditEvent>> events = AuditLog(m_window->session()->workspace()).list(edits);
    QCOMPARE_EQ(events->size(), 1);
    const QJsonObject changes = events->first().details.value(QLatin1String("changes")).toObject();
    QCOMPARE_EQ(changes.keys(), QStringList({QStringLiteral("expires_at"), QStringLiteral("owner")}));
    QCOMPARE_EQ(changes.value(QLatin1String("owner")).toObject().value(QLatin1String("to")).toString(),
                QStringLiteral("hiro"));
}

void TestGuiFlow::projectPolicyIsEdited()
{
    Project project;
    STEP(createProject(QStringLiteral("chat-api"), &project));
    STEP(trigger("actionEditProject"));
    ProjectDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ProjectDialog>(m_window.get())));
    dialog->findChild<QSpinBox*>(QStringLiteral("grace"))->setValue(2);
    dialog->findChild<QLineEdit*>(QStringLiteral("models"))->setText(QStringLiteral("gpt-4o-mini, gpt-4o"));
    STEP(press(dialogButton(dialog, QDialogButtonBox::Ok)));
    QTRY_VERIFY(m_window->messageBanner()->text().contains(QLatin1String("Saved the policy")));
    Result<Project> saved = m_window->session()->inventory().project(project.id);
    QCOMPARE_EQ(saved->policy.graceDays, 2);
    QCOMPARE_EQ(saved->policy.allowedModels,
                QStringList({QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
    QCOMPARE_EQ(m_window->currentProjectId(), project.id);
}

void TestGuiFlow::remindersOnStartAndEveryTick()
{
    Project project;
    STEP(createProject(QStringLiteral("chat-api"), &project));
    Inventory& inventory = m_window->session()->inventory(); // replaced below: not used after
    IssueRequest soon;
    soon.projectId = project.id;
    soon.name = QStringLiteral("ios app");
    soon.expiresAt = m_clock.now().addDays(5); // inside the 14-day window
    QVERIFY(inventory.commitIssue(inventory.prepareIssue(soon).value()));
    IssueRequest later = soon;
    later.name = QStringLiteral("web backend");
    later.expiresAt = m_clock.now().addDays(20);
    QVERIFY(inventory.commitIssue(inventory.prepareIssue(later).value()));

    // On start: reopening the workspace tells about the one key.
    const QString path = m_window->session()->path();
    m_window->setSession(Session::open(path, Workspace::OpenMode::OpenExisting, m_clock.clock()).value());
    QVERIFY(m_window->reminderBanner()->isVisible());
    QVERIFY(
        m_window->reminderBanner()->text().contains(QLatin1String("1 key expires soon: ios app (chat-api)")));

    // On the tick: a week later the second key is due, the first has expired, and the table's
    // states have moved on without a reload.
    m_window->setReminderInterval(std::chrono::milliseconds(20));
    m_clock.advanceDays(7);
    QTRY_VERIFY(
        m_window->reminderBanner()->text().contains(QLatin1String("1 key expires soon: web backend")));
    QTRY_VERIFY(rowOf(QStringLiteral("ios app"), KeyState::Expired) >= 0);
    QVERIFY(rowOf(QStringLiteral("web backend"), KeyState::Expiring) >= 0);

    // "Show" filters the table to what the banner speaks of.
    auto* show = m_window->reminderBanner()->findChild<QPushButton*>();
    QVERIFY(show);
    show->click();
    QCOMPARE_EQ(m_window->keysTab()->proxy()->rowCount(), 1);
    QCOMPARE_EQ(m_window->keysTab()->currentKeyId().isEmpty(), false);
}

KEYWARD_GUI_TEST_MAIN(TestGuiFlow)
#include "tst_gui_flow.moc"
