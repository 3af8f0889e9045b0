// SPDX-License-Identifier: GPL-3.0-or-later
// Reports in the console: Project → Import Keys… from the menu on a real workspace (offscreen):
// the masked preview, Check (a dry run that writes nothing), Import as a background job (keys in
// the Keys tab, key.import events in the Audit tab), a malformed file (file:line, nothing
// imported), Cancel (rolled back), and the secrets nowhere on disk or in the settings.
#include "GuiTestSupport.h"
#include "MemorySecretStore.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/audit/AuditTableModel.h"
#include "gui/common/ReportActions.h"
#include "gui/keys/ImportKeysDialog.h"
#include "gui/keys/KeyTableModel.h"
#include "gui/keys/KeysTab.h"
#include "store/AuditLog.h"
#include "store/Inventory.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace kw;
using namespace kw::gui;
using kw::test::MemorySecretStore;
using kw::test::press;
using kw::test::visibleChild;

namespace {

// 40 base62 characters: a foreign key (AWS API Gateway's shape), distinct per n.
QByteArray foreignKey(int n)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray key;
    quint32 x = 2654435761u * quint32(n + 1);
    for (int i = 0; i < 40; ++i) {
        x = x * 1664525u + 1013904223u;
        key.append(alphabet[(x >> 16) % 62]);
    }
    return key;
}

} // namespace

class TestGuiKeyImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewCheckImport();
    void malformedFileImportsNothing();
    void cancelRollsBack();

private:
    ImportKeysDialog* openFromMenu();
    QString writeFile(const QString& name, const QByteArray& data);
    // Presses a button of the dialog and waits for its job to finish.
    bool runJob(ImportKeysDialog* dialog, const char* button);
    // Keys and audit events in the workspace, read on a connection of the test's own.
    std::pair<int, int> counts();

    QTemporaryDir m_dir;
    QString m_workspace;
    MemorySecretStore m_store;
    std::unique_ptr<MainWindow> m_window;
    Project m_chat;
};

void TestGuiKeyImport::init()
{
    static int n = 0;
    m_workspace = m_dir.filePath(QStringLiteral("ws%1.keyward").arg(++n));
    Result<std::unique_ptr<Session>> session = Session::open(m_workspace, Workspace::OpenMode::OpenOrCreate);
    QVERIFY(session);
    ProjectDraft draft;
    draft.name = QStringLiteral("chat-api");
    draft.prefix = QStringLiteral("chat");
    Result<Project> chat = (*session)->inventory().createProject(draft);
    QVERIFY(chat);
    m_chat = *chat;
    draft.name = QStringLiteral("embeddings");
    draft.prefix = QStringLiteral("emb");
    QVERIFY((*session)->inventory().createProject(draft));
    m_window = std::make_unique<MainWindow>(m_store);
    m_window->setSession(std::move(session.value()));
    QVERIFY(m_window->selectProject(m_chat.id));
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiKeyImport::cleanup()
{
    m_window.reset();
}

ImportKeysDialog* TestGuiKeyImport::openFromMenu()
{
    QAction* action = m_window->reports()->importAction();
    if (!action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    return visibleChild<ImportKeysDialog>(m_window.get());
}

QString TestGuiKeyImport::writeFile(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        return {};
    }
    return path;
}

bool TestGuiKeyImport::runJob(ImportKeysDialog* dialog, const char* button)
{
    QSignalSpy done(dialog, &ImportKeysDialog::jobFinished);
    auto* b = dialog->findChild<QPushButton*>(QLatin1String(button));
    if (!b || !b->isEnabled()) {
        return false;
    }
    QTest::mouseClick(b, Qt::LeftButton);
    return done.wait(60000);
}

std::pair<int, int> TestGuiKeyImport::counts()
{
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting);
    if (!ws) {
        return {-1, -1};
    }
    Inventory inv(**ws, QStringLiteral("test"));
    return {int(inv.keys({}).value().size()), int(AuditLog(**ws).list({}).value().size())};
}

void TestGuiKeyImport::previewCheckImport()
{
    const QList<QByteArray> secrets{foreignKey(1), foreignKey(2), foreignKey(3)};
    const QString path =
        writeFile(QStringLiteral("aws-keys.csv"), "Name,Key,Description,Enabled,UsagePlanIds\r\n"
                                                  "mobile-ios," +
                                                      secrets[0] +
                                                      ",iOS app,true,plan-free\r\n"
                                                      "partner-acme," +
                                                      secrets[1] +
                                                      ",ACME integration,true,\"plan-pro,plan-eu\"\r\n"
                                                      "legacy-batch," +
                                                      secrets[2] + ",retired,false,\r\n");
    QVERIFY(!path.isEmpty());
    ImportKeysDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    dialog->setFile(path);

    // The preview: three rows, names as written, every key cell masked.
    auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("preview"));
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("partner-acme"));
    for (int r = 0; r < preview->rowCount(); ++r) {
        QVERIFY2(preview->item(r, 1)->text().startsWith(QStringLiteral("••••••")),
                 qPrintable(preview->item(r, 1)->text()));
        for (int c = 0; c < preview->columnCount(); ++c) {
            for (const QByteArray& s : secrets) {
                QVERIFY(!preview->item(r, c)->text().contains(QLatin1String(s)));
            }
        }
    }
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("mapping"))
                ->text()
                .contains(QStringLiteral("3 line(s) to import")));

    // Check: the counts, nothing written.
    const std::pair<int, int> before = counts();
    QCOMPARE(before.first, 0);
    QVERIFY(runJob(dialog, "check"));
    auto* result = dialog->findChild<QPlainTextEdit*>(QStringLiteral("result"));
    QVERIFY2(result->toPlainText().contains(QStringLiteral("Check passed: 3 key(s) would be added.")),
             qPrintable(result->toPlainText()));
    QVERIFY(result->toPlainText().contains(
        QStringLiteral("0 added, 0 skipped (already there), 0 refused, of 3 line(s).")));
    QCOMPARE(counts(), before);
    QCOMPARE(m_window->keysTab()->model()->rowCount(), 0);
    QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("running"))->isVisible());

    // Import: the keys reach the Keys tab, the events the Audit tab.
    QVERIFY(runJob(dialog, "import"));
    QVERIFY2(result->toPlainText().startsWith(QStringLiteral("Imported 3 key(s).")),
             qPrintable(result->toPlainText()));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("import"))->isEnabled());
    KeyTableModel* keys = m_window->keysTab()->model();
    QTRY_COMPARE(keys->rowCount(), 3);
    QStringList names;
    for (int r = 0; r < keys->rowCount(); ++r) {
        names.append(keys->keyRow(r).name);
        QVERIFY2(keys->keyRow(r).hint.startsWith(QStringLiteral("chat_live_#")),
                 qPrintable(keys->keyRow(r).hint));
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("legacy-batch"), QStringLiteral("mobile-ios"),
                                 QStringLiteral("partner-acme")}));
    m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(m_window->auditTab());
    AuditTableModel* audit = m_window->auditTab()->model();
    QStringList actions;
    for (int r = 0; r < audit->rowCount(); ++r) {
        actions.append(audit->event(r).action);
    }
    QCOMPARE(actions.count(QStringLiteral("key.import")), 3);
    QCOMPARE(actions.count(QStringLiteral("key.revoke")), 1); // legacy-batch was disabled
    QCOMPARE(counts(), std::make_pair(3, before.second + 4));

    dialog->reject();
    QTRY_VERIFY(!visibleChild<ImportKeysDialog>(m_window.get()));

    // The secrets are nowhere: not in the workspace, its WAL and shared memory, nor the settings.
    m_window->close(); // saves the settings
    m_window.reset();
    QSettings settings;
    settings.sync();
    QStringList files{m_workspace, m_workspace + QStringLiteral("-wal"), m_workspace + QStringLiteral("-shm"),
                      settings.fileName()};
    QStringList read;
    for (const QString& f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        read.append(f);
        const QByteArray data = file.readAll();
        for (const QByteArray& s : secrets) {
            QVERIFY2(!data.contains(s), qPrintable(f));
            QVERIFY2(!data.contains(s.left(12)), qPrintable(f)); // not even a prefix of one
        }
    }
    QVERIFY2(read.contains(m_workspace) && read.contains(settings.fileName()), qPrintable(read.join(u' ')));
}

void TestGuiKeyImport::malformedFileImportsNothing()
{
    const std::pair<int, int> before = counts();
    ImportKeysDialog* dialog = openFromMenu();
    QVERIFY(dialog);

    // A quote left open on line 3: the preview names file and line, Check and Import stay off.
    dialog->setFile(writeFile(QStringLiteral("broken.csv"), "Name,Key,Description,Enabled,UsagePlanIds\n"
                                                            "a," +
                                                                foreignKey(7) +
                                                                ",x,true,\n"
                                                                "b,\"" +
                                                                foreignKey(8) + ",x,true,\n"));
    const QString mapping = dialog->findChild<QLabel*>(QStringLiteral("mapping"))->text();
    QVERIFY2(mapping.contains(QStringLiteral("broken.csv:3")), qPrintable(mapping));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("import"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("check"))->isEnabled());

    // Well-formed CSV but line 4 refused (another project's key, a bad Enabled): nothing imported.
    dialog->setFile(writeFile(QStringLiteral("refused.csv"), "Name,Key,Description,Enabled,UsagePlanIds\n"
                                                             "a," +
                                                                 foreignKey(9) +
                                                                 ",x,true,\n"
                                                                 "b," +
                                                                 foreignKey(10) +
                                                                 ",x,true,\n"
                                                                 "c," +
                                                                 foreignKey(11) + ",x,maybe,\n"));
    QVERIFY(runJob(dialog, "import"));
    const QString text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("result"))->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Nothing imported: 1 line(s) refused.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("refused.csv:4: refused: Enabled is 'maybe'")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String(foreignKey(11))));
    QCOMPARE(counts(), before);
    QCOMPARE(m_window->keysTab()->model()->rowCount(), 0);
    dialog->reject();
}

void TestGuiKeyImport::cancelRollsBack()
{
    // Enough keys that writing them (an insert and a chained audit event each) takes a while.
    constexpr int Keys = 20000;
    QByteArray csv = "Name,Key,Description,Enabled,UsagePlanIds\n";
    for (int i = 0; i < Keys; ++i) {
        csv += "k" + QByteArray::number(i) + ',' + foreignKey(100 + i) + ",bulk,true,\n";
    }
    const std::pair<int, int> before = counts();
    ImportKeysDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    dialog->setFile(writeFile(QStringLiteral("many.csv"), csv));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("mapping"))
                ->text()
                .contains(QStringLiteral("Check counts")));
    auto* stage = dialog->findChild<QLabel*>(QStringLiteral("stage"));
    auto* bar = dialog->findChild<QProgressBar*>(QStringLiteral("progress"));
    QSignalSpy done(dialog, &ImportKeysDialog::jobFinished);
    press(dialog->findChild<QPushButton*>(QStringLiteral("import")));
    QVERIFY(dialog->isRunning());
    QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("running"))->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("file"))->isEnabled());
    // Cancel once keys are being written, inside the transaction.
    QTRY_VERIFY_WITH_TIMEOUT(stage->text().startsWith(QStringLiteral("Writing key")), 60000);
    QVERIFY(bar->value() >= 200);
    press(dialog->findChild<QPushButton*>(QStringLiteral("cancel")));
    QVERIFY(done.wait(60000));
    const QString text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("result"))->toPlainText();
    QCOMPARE(text, QStringLiteral("Import cancelled; nothing was imported."));
    QCOMPARE(counts(), before);
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("import"))->isEnabled()); // it can be tried again
    dialog->reject();
    QTRY_VERIFY(!visibleChild<ImportKeysDialog>(m_window.get()));
}

KEYWARD_GUI_TEST_MAIN(TestGuiKeyImport)
#include "tst_gui_keyimport.moc"
