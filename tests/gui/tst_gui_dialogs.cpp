// SPDX-License-Identifier: GPL-3.0-or-later
// Each dialog on its own: what it refuses (OK disabled, the reason next to the field), what it
// returns, the Show-once dialog's clipboard and close rules, and keyboard use.
#include "GuiTestSupport.h"
#include "core/KeyFormat.h"
#include "gui/common/ListPicker.h"
#include "gui/keys/EditKeyDialog.h"
#include "gui/keys/IssueKeyDialog.h"
#include "gui/keys/KeySettingsForm.h"
#include "gui/keys/RevokeKeysDialog.h"
#include "gui/keys/RotateKeyDialog.h"
#include "gui/keys/ShowOnceDialog.h"
#include "gui/projects/ProjectDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>

using namespace kw;
using namespace kw::gui;
using kw::test::dialogButton;

namespace {

const QDateTime Now(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc());

Project chatProject(int maxLifetimeDays = 90)
{
    Project p;
    p.id = QStringLiteral("prj_test");
    p.name = QStringLiteral("chat-api");
    p.prefix = QStringLiteral("chat");
    p.policy.allowedScopes = {QStringLiteral("chat:read"), QStringLiteral("chat:write")};
    p.policy.maxLifetimeDays = maxLifetimeDays;
    p.policy.defaultTier = RateTier{60, 1000, 0};
    p.policy.graceDays = 5;
    return p;
}

KeyRecord someKey()
{
    KeyRecord k;
    k.id = QStringLiteral("key_0123456789abcdef");
    k.projectId = QStringLiteral("prj_test");
    k.name = QStringLiteral("web backend");
    k.owner = QStringLiteral("ana");
    k.env = Env::Live;
    k.hint = QStringLiteral("chat_live_9fQ2ab");
    k.scopes = {QStringLiteral("chat:read")};
    k.tier = RateTier{60, 1000, 0};
    k.createdAt = Now.addDays(-10);
    k.expiresAt = Now.addDays(50);
    return k;
}

bool okEnabled(const QDialog& d, QDialogButtonBox::StandardButton b = QDialogButtonBox::Ok)
{
    return dialogButton(&d, b)->isEnabled();
}

QLineEdit* field(const QWidget& w, const char* name)
{
    return w.findChild<QLineEdit*>(QLatin1String(name));
}

QString errorText(const QWidget& w, const char* name)
{
    auto* label = w.findChild<QLabel*>(QLatin1String(name));
    return label && !label->isHidden() ? label->text() : QString();
}

// Clicks the button with this text in the next application-modal message box, from inside its
// event loop; returns at once.
void answerNextMessageBox(const QString& buttonText)
{
    QTimer::singleShot(0, [buttonText] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        const QList<QAbstractButton*> buttons = box->buttons();
        for (QAbstractButton* b : buttons) {
            if (b->text().remove(u'&') == buttonText) {
                b->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(buttonText)));
    });
}

} // namespace

class TestGuiDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueRefusesInvalidInput();
    void issueOffersOnlyWhatThePolicyAllows();
    void issueTakesFreeEntriesWhenThePolicyAllowsAny();
    void issueRequestFollowsTheForm();
    void revokeNeedsAReasonAndANoteForOther();
    void bulkRevokeNeedsTheProjectName();
    void enterInTheConfirmationFieldNeverCancelsUnseen();
    void projectDialogRefusesBadNamesAndPrefixes();
    void editSavesOnlyWhatChanged();
    void rotateStartsFromThePolicyGrace();
    void showOnceClearsTheClipboard();
    void showOnceLeavesAClipboardThatChanged();
    void showOnceKeepsTheWarningWholeAndSaysWhenCleared();
    void showOnceAsksBeforeClosingUncopied();
    void dialogsAreUsableFromTheKeyboard();
};

void TestGuiDialogs::issueRefusesInvalidInput()
{
    IssueKeyDialog d(chatProject(), Now);
    QVERIFY(!okEnabled(d));
    QVERIFY(errorText(d, "nameError").isEmpty()); // not shouted at before typing anything
    QTest::keyClicks(field(d, "name"), QStringLiteral("web backend"));
    QVERIFY(okEnabled(d));
    field(d, "name")->clear();
    QVERIFY(!okEnabled(d));
    QVERIFY(errorText(d, "nameError").contains(QLatin1String("needs a name")));
    field(d, "name")->setText(QString(201, u'n'));
    QVERIFY(!okEnabled(d));
    QVERIFY(errorText(d, "nameError").contains(QLatin1String("200")));
    field(d, "name")->setText(QStringLiteral("web backend"));
    field(d, "owner")->setText(QString(201, u'o'));
    QVERIFY(!okEnabled(d));
    QVERIFY(errorText(d, "ownerError").contains(QLatin1String("200")));
    field(d, "owner")->clear();
    QVERIFY(okEnabled(d));
}

void TestGuiDialogs::issueOffersOnlyWhatThePolicyAllows()
{
    IssueKeyDialog d(chatProject(30), Now);
    auto* scopes = d.findChild<ListPicker*>(QStringLiteral("scopes"));
    QVERIFY(!scopes->isFreeEntry());
    QVERIFY(scopes->entryField()->isHidden());
    auto* expiry = d.findChild<QComboBox*>(QStringLiteral("expiryChoice"));
    QStringList offered;
    for (int i = 0; i < expiry->count(); ++i) {
        offered.append(expiry->itemText(i));
    }
    // 30 days at most: nothing longer, and no "Never".
    QVERIFY(!offered.contains(QStringLiteral("Never")));
    QVERIFY(!offered.contains(QStringLiteral("In 90 days")));
    QVERIFY(offered.contains(QStringLiteral("In 30 days (the policy's maximum)")));
    auto* form = d.findChild<KeySettingsForm*>();
    form->setExpiryDate(Now.date().addDays(400)); // the date field clamps to the cap
    QVERIFY(form->expiresAt() <= Now.addDays(30));
    QTest::keyClicks(field(d, "name"), QStringLiteral("web backend"));
    QVERIFY(okEnabled(d));

    IssueKeyDialog unlimited(chatProject(0), Now);
    QVERIFY(unlimited.findChild<KeySettingsForm*>()->setExpiryDays(0)); // "Never" is there
    QVERIFY(!unlimited.request().expiresAt.isValid());
}

void TestGuiDialogs::issueTakesFreeEntriesWhenThePolicyAllowsAny()
{
    Project p = chatProject();
    p.policy.allowedScopes.clear();
    IssueKeyDialog d(p, Now);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto* scopes = d.findChild<ListPicker*>(QStringLiteral("scopes"));
    QVERIFY(scopes->isFreeEntry());
    QTest::keyClicks(field(d, "name"), QStringLiteral("web backend"));
    QTest::keyClicks(scopes->entryField(), QStringLiteral("Search:Query, search:admin"));
    // Enter adds the entries; it does not accept the dialog.
    QTest::keyClick(scopes->entryField(), Qt::Key_Return);
    QVERIFY(d.isVisible());
    QCOMPARE_EQ(d.result(), 0);
    QCOMPARE_EQ(scopes->checked(),
                QStringList({QStringLiteral("search:admin"), QStringLiteral("search:query")}));
    // Typed but not added still counts.
    QTest::keyClicks(scopes->entryField(), QStringLiteral("search:debug"));
    QCOMPARE_EQ(d.request().scopes.size(), 3);
}

void TestGuiDialogs::issueRequestFollowsTheForm()
{
    IssueKeyDialog d(chatProject(), Now);
    QTest::keyClicks(field(d, "name"), QStringLiteral("  web backend "));
    QTest::keyClicks(field(d, "owner"), QStringLiteral("ana"));
    d.findChild<QRadioButton*>(QStringLiteral("envLive"))->setChecked(true);
    d.findChild<QListWidget*>()->item(1)->setCheckState(Qt::Checked);
    d.findChild<QCheckBox*>(QStringLiteral("keep"))->setChecked(true);
    auto* form = d.findChild<KeySettingsForm*>();
    QVERIFY(form->setExpiryDays(30));
    const IssueRequest r = d.request();
    QCOMPARE_EQ(r.projectId, QStringLiteral("prj_test"));
    QCOMPARE_EQ(r.name, QStringLiteral("web backend"));
    QCOMPARE_EQ(r.owner, QStringLiteral("ana"));
    QCOMPARE_EQ(r.env, Env::Live);
    QCOMPARE_EQ(r.scopes, QStringList{QStringLiteral("chat:write")});
    QVERIFY(r.keepInKeychain);
    QVERIFY(!r.tier.has_value()); // the project default
    QCOMPARE_EQ(r.expiresAt, Now.addDays(30));
    d.findChild<QComboBox*>(QStringLiteral("tierMode"))->setCurrentIndex(1);
    QCOMPARE_EQ(d.request().tier, std::optional<RateTier>(RateTier{60, 1000, 0}));
}

void TestGuiDialogs::revokeNeedsAReasonAndANoteForOther()
{
    RevokeKeysDialog d({QStringLiteral("web backend — chat_live_9fQ2ab (active)")},
                       QStringLiteral("chat-api"));
    QVERIFY(!d.isAcceptable());
    QVERIFY(field(d, "confirm")->isHidden()); // one key: no name to type
    d.setReason(RevokeReason::Unused);
    QVERIFY(d.isAcceptable());
    d.setReason(RevokeReason::Other);
    QVERIFY(!d.isAcceptable());
    QVERIFY(errorText(d, "noteError").contains(QLatin1String("required")));
    QTest::keyClicks(field(d, "note"), QStringLiteral("decommissioned"));
    QVERIFY(d.isAcceptable());
    QCOMPARE_EQ(d.reason(), std::optional<RevokeReason>(RevokeReason::Other));
    QCOMPARE_EQ(d.note(), QStringLiteral("decommissioned"));
}

void TestGuiDialogs::bulkRevokeNeedsTheProjectName()
{
    RevokeKeysDialog d({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                       QStringLiteral("chat-api"));
    d.setReason(RevokeReason::Compromised);
    QVERIFY(!field(d, "confirm")->isHidden());
    QVERIFY(!d.isAcceptable());
    QTest::keyClicks(field(d, "confirm"), QStringLiteral("chat-ap"));
    QVERIFY(!d.isAcceptable());
    QTest::keyClicks(field(d, "confirm"), QStringLiteral("i"));
    QVERIFY(d.isAcceptable());
    QCOMPARE_EQ(dialogButton(&d, QDialogButtonBox::Ok)->text(), QStringLiteral("&Revoke 3 keys"));
}

void TestGuiDialogs::enterInTheConfirmationFieldNeverCancelsUnseen()
{
    RevokeKeysDialog d({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("chat-api"));
    d.setReason(RevokeReason::Compromised);
    d.show();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QLineEdit* confirm = field(d, "confirm");
    confirm->setFocus();
    QTest::keyClicks(confirm, QStringLiteral("chat"));
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(d.isVisible()); // not cancelled
    QCOMPARE_EQ(d.result(), 0);
    QVERIFY(d.findChild<QLabel*>(QStringLiteral("noteError"))->text().contains(u"project name"));
    QTest::keyClicks(confirm, QStringLiteral("-api"));
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE_EQ(d.result(), int(QDialog::Accepted));
}

void TestGuiDialogs::projectDialogRefusesBadNamesAndPrefixes()
{
    ProjectDialog d(std::nullopt);
    QVERIFY(!d.isAcceptable());
    QTest::keyClicks(field(d, "name"), QStringLiteral("Chat API"));
    QVERIFY(!d.isAcceptable());
    QVERIFY(!errorText(d, "nameError").isEmpty());
    field(d, "name")->setText(QStringLiteral("chat-api"));
    QCOMPARE_EQ(field(d, "prefix")->text(), QStringLiteral("chat")); // suggested
    QVERIFY(d.isAcceptable());
    field(d, "prefix")->setText(QStringLiteral("9chat"));
    QVERIFY(!d.isAcceptable());
    QVERIFY(!errorText(d, "prefixError").isEmpty());
    field(d, "prefix")->setText(QStringLiteral("chat"));
    QTest::keyClicks(field(d, "scopes"), QStringLiteral("Chat:Read  chat:write,chat:read"));
    d.findChild<QSpinBox*>(QStringLiteral("maxLifetime"))->setValue(30);
    const ProjectDraft draft = d.draft();
    QCOMPARE_EQ(draft.policy.allowedScopes,
                QStringList({QStringLiteral("chat:read"), QStringLiteral("chat:write")}));
    QCOMPARE_EQ(draft.policy.maxLifetimeDays, 30);
    QVERIFY(draft.policy.allowedModels.isEmpty());

    ProjectDialog editing(chatProject());
    QVERIFY(field(editing, "name")->isReadOnly());
    QVERIFY(field(editing, "prefix")->isReadOnly());
    QCOMPARE_EQ(editing.draft().policy, chatProject().policy);
}

void TestGuiDialogs::editSavesOnlyWhatChanged()
{
    EditKeyDialog d(chatProject(), someKey(), Now);
    QVERIFY(!okEnabled(d, QDialogButtonBox::Save)); // nothing changed yet
    field(d, "owner")->setText(QStringLiteral("hiro"));
    QVERIFY(okEnabled(d, QDialogButtonBox::Save));
    KeyEdit e = d.edit();
    QCOMPARE_EQ(e.owner, std::optional<QString>(QStringLiteral("hiro")));
    QVERIFY(!e.name && !e.scopes && !e.models && !e.tier && !e.expiresAt && !e.notes);
    d.findChild<KeySettingsForm*>()->setExpiryDays(7);
    e = d.edit();
    QCOMPARE_EQ(e.expiresAt, std::optional<QDateTime>(Now.addDays(7)));
    field(d, "name")->clear();
    QVERIFY(!okEnabled(d, QDialogButtonBox::Save));
}

void TestGuiDialogs::rotateStartsFromThePolicyGrace()
{
    RotateKeyDialog d(someKey(), chatProject().policy, Now);
    QCOMPARE_EQ(d.graceDays(), 5);
    d.setGraceDays(0);
    QCOMPARE_EQ(d.graceSeconds(), 0);
    d.setGraceDays(2);
    QCOMPARE_EQ(d.graceSeconds(), 2 * 86400);
}

void TestGuiDialogs::showOnceClearsTheClipboard()
{
    const QString secret = generateKey(QStringLiteral("chat"), Env::Live).secret;
    auto* d =
        new ShowOnceDialog(someKey(), QStringLiteral("chat-api"), secret, ShowOnceDialog::Purpose::Issued);
    d->setClipboardClearDelay(std::chrono::milliseconds(150));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    QCOMPARE_EQ(field(*d, "secret")->text(), secret);
    QVERIFY(field(*d, "secret")->isReadOnly());
    QVERIFY(kw::test::isMonospaced(field(*d, "secret")->font()));
    d->copyToClipboard();
    QCOMPARE_EQ(QGuiApplication::clipboard()->text(), secret);
    d->accept(); // copied: closes without asking
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestGuiDialogs::showOnceKeepsTheWarningWholeAndSaysWhenCleared()
{
    const QString secret = generateKey(QStringLiteral("chat"), Env::Live).secret;
    ShowOnceDialog d(someKey(), QStringLiteral("chat-api"), secret, ShowOnceDialog::Purpose::Issued);
    d.setClipboardClearDelay(std::chrono::milliseconds(150));
    d.show();
    d.resize(d.minimumSizeHint()); // as small as it may be
    QTest::qWait(20);
    d.copyToClipboard();
    auto* warning = d.findChild<QLabel*>(QStringLiteral("warning"));
    auto* copied = d.findChild<QLabel*>(QStringLiteral("copied"));
    QVERIFY(warning && copied);
    QTest::qWait(20);
    QVERIFY2(
        warning->height() >= warning->heightForWidth(warning->width()),
        qPrintable(
            QStringLiteral("%1 < %2").arg(warning->height()).arg(warning->heightForWidth(warning->width()))));
    QVERIFY(copied->text().contains(u"will be cleared"));
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QTRY_VERIFY2(!copied->text().contains(u"will be cleared"), qPrintable(copied->text()));
    QVERIFY(copied->text().contains(u"has been cleared"));
    QVERIFY(copied->height() >= copied->heightForWidth(copied->width()));
}

void TestGuiDialogs::showOnceLeavesAClipboardThatChanged()
{
    const QString secret = generateKey(QStringLiteral("chat"), Env::Test).secret;
    ShowOnceDialog d(someKey(), QStringLiteral("chat-api"), secret, ShowOnceDialog::Purpose::Issued);
    d.setClipboardClearDelay(std::chrono::milliseconds(100));
    d.copyToClipboard();
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTest::qWait(300);
    QCOMPARE_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
}

void TestGuiDialogs::showOnceAsksBeforeClosingUncopied()
{
    const QString secret = generateKey(QStringLiteral("chat"), Env::Test).secret;
    ShowOnceDialog d(someKey(), QStringLiteral("chat-api"), secret, ShowOnceDialog::Purpose::Issued);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    answerNextMessageBox(QStringLiteral("Go back"));
    d.reject();
    QVERIFY(d.isVisible());
    QCOMPARE_EQ(field(d, "secret")->text(), secret);
    answerNextMessageBox(QStringLiteral("Close anyway"));
    d.reject();
    QVERIFY(!d.isVisible());
    QVERIFY(field(d, "secret")->text().isEmpty()); // the widget lets go of it
}

void TestGuiDialogs::dialogsAreUsableFromTheKeyboard()
{
    IssueKeyDialog d(chatProject(), Now);
    d.show();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QCOMPARE_EQ(QApplication::focusWidget(), field(d, "name"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("web backend"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE_EQ(QApplication::focusWidget(), field(d, "owner"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ana"));
    // Enter presses the default button, Issue.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE_EQ(d.result(), int(QDialog::Accepted));

    RevokeKeysDialog revoke({QStringLiteral("web backend")}, QStringLiteral("chat-api"));
    revoke.show();
    QVERIFY(QTest::qWaitForWindowActive(&revoke));
    auto* reason = revoke.findChild<QComboBox*>(QStringLiteral("reason"));
    QCOMPARE_EQ(QApplication::focusWidget(), reason);
    QTest::keyClick(reason, Qt::Key_Down);
    QVERIFY(revoke.isAcceptable());
    // Alt+R revokes (a mnemonic click is animated, so it lands a moment later).
    QTest::keyClick(reason, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE_EQ(revoke.result(), int(QDialog::Accepted));

    // Enter does not: Cancel is the default button.
    RevokeKeysDialog careful({QStringLiteral("web backend")}, QStringLiteral("chat-api"));
    careful.setReason(RevokeReason::Unused);
    careful.show();
    QVERIFY(QTest::qWaitForWindowActive(&careful));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE_EQ(careful.result(), int(QDialog::Rejected));
    QVERIFY(!careful.isVisible());
}

KEYWARD_GUI_TEST_MAIN(TestGuiDialogs)
#include "tst_gui_dialogs.moc"
