// SPDX-License-Identifier: GPL-3.0-or-later
// The console against a real Secret Service (a private gnome-keyring, see with-secret-service.sh):
// a key kept in the keychain is stored there under key/<id>, revealed through the confirmation
// into the Show-once dialog with an audit event, and its rotation keeps the successor there too.
#include "GuiTestSupport.h"
#include "StoreTestSupport.h"
#include "core/KeyFormat.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/common/MessageBanner.h"
#include "gui/keys/IssueKeyDialog.h"
#include "gui/keys/KeysTab.h"
#include "gui/keys/RevealKeyDialog.h"
#include "gui/keys/RotateKeyDialog.h"
#include "gui/keys/ShowOnceDialog.h"
#include "gui/projects/ProjectListModel.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AuditLog.h"
#include "store/Inventory.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>

using namespace kw;
using namespace kw::gui;
using kw::test::dialogButton;
using kw::test::visibleChild;

class TestGuiKeychain : public QObject
{
    Q_OBJECT

private:
    // Closes the Show-once dialog after copying; returns the key it showed.
    QString takeSecret(MainWindow& window);

private Q_SLOTS:
    void initTestCase();
    void keptKeyIsRevealedAndRotated();
};

void TestGuiKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("KEYWARD_SECRET_SERVICE")) {
        QSKIP("needs the private Secret Service of tests/fixtures/with-secret-service.sh");
    }
}

QString TestGuiKeychain::takeSecret(MainWindow& window)
{
    ShowOnceDialog* shown = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((shown = visibleChild<ShowOnceDialog>(&window)), 20000);
    }();
    if (!shown) {
        return {};
    }
    const QString secret = shown->findChild<QLineEdit*>(QStringLiteral("secret"))->text();
    shown->copyToClipboard();
    shown->accept();
    return secret;
}

void TestGuiKeychain::keptKeyIsRevealedAndRotated()
{
    QTemporaryDir dir;
    kw::test::FakeClock clock(QDateTime::currentDateTimeUtc());
    Result<std::unique_ptr<Session>> session = Session::open(
        dir.filePath(QStringLiteral("ws.keyward")), Workspace::OpenMode::OpenOrCreate, clock.clock());
    QVERIFY(session);
    ProjectDraft draft;
    draft.name = QStringLiteral("chat-api");
    draft.prefix = QStringLiteral("chat");
    QVERIFY((*session)->inventory().createProject(draft));
    KeychainSecretStore keychain;
    MainWindow window(keychain);
    window.setClipboardClearDelay(std::chrono::milliseconds(50));
    window.setSession(std::move(session.value()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.findChild<QAction*>(QStringLiteral("actionIssue"))->trigger();
    IssueKeyDialog* issue = nullptr;
    QTRY_VERIFY((issue = visibleChild<IssueKeyDialog>(&window)));
    QTest::keyClicks(issue->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("web backend"));
    issue->findChild<QCheckBox*>(QStringLiteral("keep"))->setChecked(true);
    issue->accept();
    const QString secret = takeSecret(window);
    QVERIFY2(!secret.isEmpty(), qPrintable(window.messageBanner()->text()));
    const QString id = window.keysTab()->currentKeyId();
    QVERIFY(window.session()->inventory().key(id)->keptInKeychain);

    // The keychain holds the very key, under key/<id>.
    ReadSecretJob* read = keychain.read(keychainEntryFor(id));
    QCOMPARE_EQ(runSync(read), SecretJob::Error::NoError);
    QCOMPARE_EQ(read->secret(), secret.toUtf8());

    // Reveal: confirmation, then the same key, audited.
    window.findChild<QAction*>(QStringLiteral("actionReveal"))->trigger();
    RevealKeyDialog* confirm = nullptr;
    QTRY_VERIFY((confirm = visibleChild<RevealKeyDialog>(&window)));
    confirm->accept();
    QCOMPARE_EQ(takeSecret(window), secret);
    AuditFilter reveals;
    reveals.keyId = id;
    reveals.action = QStringLiteral("key.reveal");
    QCOMPARE_EQ(AuditLog(window.session()->workspace()).list(reveals)->size(), 1);

    // Rotation keeps a copy of the successor as well.
    window.findChild<QAction*>(QStringLiteral("actionRotate"))->trigger();
    RotateKeyDialog* rotate = nullptr;
    QTRY_VERIFY((rotate = visibleChild<RotateKeyDialog>(&window)));
    rotate->accept();
    const QString successor = takeSecret(window);
    QVERIFY(parseKey(successor).ok());
    const QString successorId = window.keysTab()->currentKeyId();
    QVERIFY(successorId != id);
    ReadSecretJob* readSuccessor = keychain.read(keychainEntryFor(successorId));
    QCOMPARE_EQ(runSync(readSuccessor), SecretJob::Error::NoError);
    QCOMPARE_EQ(readSuccessor->secret(), successor.toUtf8());

    // Clean up the private keyring like an administrator would not have to: it dies with the test.
    QCOMPARE_EQ(runSync(keychain.remove(keychainEntryFor(id))), SecretJob::Error::NoError);
    QCOMPARE_EQ(runSync(keychain.remove(keychainEntryFor(successorId))), SecretJob::Error::NoError);
}

KEYWARD_GUI_TEST_MAIN(TestGuiKeychain)
#include "tst_gui_keychain.moc"
