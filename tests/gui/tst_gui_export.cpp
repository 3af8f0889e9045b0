// SPDX-License-Identifier: GPL-3.0-or-later
// Reports in the console: the Audit tab's Export… with a project filter and the Keys tab's
// Export… with a state filter, through the real buttons, job and closing message (offscreen);
// the written files are read back and checked against the workspace.
#include "GuiTestSupport.h"
#include "MemorySecretStore.h"
#include "StoreTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/common/ReportActions.h"
#include "gui/common/ReportExporter.h"
#include "gui/keys/KeysTab.h"
#include "store/AuditLog.h"
#include "store/Inventory.h"
#include "store/KeyRepo.h"

#include <QAbstractItemView>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace kw;
using namespace kw::gui;
using kw::test::MemorySecretStore;
using kw::test::press;

class TestGuiExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void auditExportWithProjectFilter();
    void keysExportWithStateFilter();
    void cancelLeavesNoFile();

private:
    // Clicks the Export… button of a tab and waits for the job; returns the file's lines.
    QList<QByteArray> exportThrough(QWidget* tab, const QString& fileName);

    QTemporaryDir m_dir;
    QString m_workspace;
    MemorySecretStore m_store;
    std::unique_ptr<MainWindow> m_window;
    Project m_chat;
    Project m_emb;
};

void TestGuiExport::init()
{
    static int n = 0;
    m_workspace = m_dir.filePath(QStringLiteral("ws%1.keyward").arg(++n));
    Result<std::unique_ptr<Session>> session = Session::open(m_workspace, Workspace::OpenMode::OpenOrCreate);
    QVERIFY(session);
    Inventory& inv = (*session)->inventory();
    ProjectDraft draft;
    draft.name = QStringLiteral("chat-api");
    draft.prefix = QStringLiteral("chat");
    Result<Project> chat = inv.createProject(draft);
    QVERIFY(chat);
    m_chat = *chat;
    draft.name = QStringLiteral("embeddings");
    draft.prefix = QStringLiteral("emb");
    Result<Project> emb = inv.createProject(draft);
    QVERIFY(emb);
    m_emb = *emb;
    for (const Project& p : {m_chat, m_emb, m_emb}) {
        IssueRequest r;
        r.projectId = p.id;
        r.name = QStringLiteral("=svc ") + p.name;
        Result<PreparedIssue> prepared = inv.prepareIssue(r);
        QVERIFY(prepared);
        QVERIFY(inv.commitIssue(*prepared));
    }
    KeyFilter embKeys;
    embKeys.projectId = m_emb.id;
    QVERIFY(inv.revoke(inv.keys(embKeys).value().constFirst().id, RevokeReason::Unused, {}));
    m_window = std::make_unique<MainWindow>(m_store);
    m_window->setSession(std::move(session.value()));
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiExport::cleanup()
{
    m_window.reset();
}

QList<QByteArray> TestGuiExport::exportThrough(QWidget* tab, const QString& fileName)
{
    const QString path = m_dir.filePath(fileName);
    ReportExporter* exporter = m_window->reports()->exporter();
    exporter->setFileChooser([&](const QString& suggested) {
        return suggested.endsWith(QStringLiteral(".csv")) ? path : QString();
    });
    QSignalSpy done(exporter, &ReportExporter::finished);
    auto* button = tab->findChild<QPushButton*>(QStringLiteral("exportButton"));
    press(button);
    if (!done.wait(20000)) {
        return {};
    }
    if (!done.at(0).at(0).toBool()) {
        qWarning() << exporter->message()->informativeText();
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray data = f.readAll();
    if (!data.startsWith("\xEF\xBB\xBF") || !data.endsWith("\r\n")) {
        return {};
    }
    QList<QByteArray> lines = data.mid(3).chopped(2).split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    return lines;
}

void TestGuiExport::auditExportWithProjectFilter()
{
    m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(m_window->auditTab());
    m_window->auditTab()->setProjectFilter(m_emb.id);
    const QList<QByteArray> lines = exportThrough(m_window->auditTab(), QStringLiteral("audit.csv"));
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.at(0).startsWith("seq,event_id,time,actor,action,project,key_id,key_hint,details"));
    QList<AuditEvent> expected;
    {
        Result<std::unique_ptr<Workspace>> ws =
            Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting);
        QVERIFY(ws);
        AuditFilter f;
        f.projectId = m_emb.id;
        expected = AuditLog(**ws).list(f).value();
    }
    QCOMPARE(lines.size() - 1, expected.size()); // project.create, two key.issue, key.revoke
    QCOMPARE(expected.size(), 4);
    for (int i = 0; i < expected.size(); ++i) {
        const QByteArray& line = lines.at(i + 1);
        const QByteArray start =
            QByteArray::number(expected.at(i).seq) + ',' + expected.at(i).id.toLatin1() + ',';
        QVERIFY2(line.startsWith(start), line.constData());
        QVERIFY(line.contains(",embeddings,"));
        const QByteArray end = expected.at(i).hash.toLatin1() + ',' + expected.at(i).prevHash.toLatin1();
        QVERIFY(line.endsWith(end));
    }
    QMessageBox* message = m_window->reports()->exporter()->message();
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->informativeText().contains(QStringLiteral("chain verified")),
             qPrintable(message->informativeText()));
    bool hasOpenFolder = false;
    for (QAbstractButton* b : message->buttons()) {
        hasOpenFolder |= b->text() == QStringLiteral("Open Containing Folder");
    }
    QVERIFY(hasOpenFolder);
    if (const QString dir = qEnvironmentVariable("KEYWARD_TEST_GRAB_DIR"); !dir.isEmpty()) {
        QTest::qWait(200); // let the message lay itself out before the picture
        message->grab().save(dir + QStringLiteral("/export-message.png"));
    }
    // The digest names the file and matches its bytes.
    QFile digest(m_dir.filePath(QStringLiteral("audit.csv.sha256")));
    QVERIFY(digest.open(QIODevice::ReadOnly));
    QFile csv(m_dir.filePath(QStringLiteral("audit.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(digest.readAll(),
             QCryptographicHash::hash(csv.readAll(), QCryptographicHash::Sha256).toHex() + "  audit.csv\n");
    message->close();
}

void TestGuiExport::keysExportWithStateFilter()
{
    // Select the embeddings project in the sidebar, then show revoked keys only.
    auto* projects = m_window->findChild<QAbstractItemView*>(QStringLiteral("projects"));
    QVERIFY(projects);
    for (int row = 0; row < projects->model()->rowCount(); ++row) {
        const QModelIndex i = projects->model()->index(row, 0);
        if (i.data().toString().contains(QStringLiteral("embeddings"))) {
            projects->setCurrentIndex(i);
        }
    }
    m_window->keysTab()->setStateFilter(KeyState::Revoked);
    const QList<QByteArray> lines = exportThrough(m_window->keysTab(), QStringLiteral("keys.csv"));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("key_id,project,name,owner,env,hint,state,status"));
    QVERIFY2(lines.at(1).contains(",embeddings,\"'=svc embeddings\","), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(",revoked,revoked,"));
    m_window->reports()->exporter()->message()->close();
}

void TestGuiExport::cancelLeavesNoFile()
{
    // Enough keys that the export is still running when the dialog shows: the rows go straight in,
    // in one transaction (setting them up through Inventory would take minutes).
    constexpr int Keys = 150000;
    {
        Result<std::unique_ptr<Workspace>> ws =
            Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting);
        QVERIFY(ws);
        KeyRepo repo(**ws);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY((*ws)->transaction([&]() -> Result<void> {
            for (int i = 0; i < Keys; ++i) {
                const GeneratedKey g = generateKey(m_chat.prefix, Env::Live);
                KeyRecord k;
                k.id = newKeyId();
                k.projectId = m_chat.id;
                k.name = QStringLiteral("bulk %1").arg(i);
                k.env = Env::Live;
                k.hint = g.hint;
                k.hash = g.hash;
                k.createdAt = k.updatedAt = now;
                k.createdBy = k.updatedBy = QStringLiteral("test");
                if (Result<void> r = repo.insert(k); !r) {
                    return r;
                }
            }
            return {};
        }));
    }
    QVERIFY(m_window->selectProject(m_chat.id));
    m_window->refresh();
    const QString path = m_dir.filePath(QStringLiteral("big-keys.csv"));
    ReportExporter* exporter = m_window->reports()->exporter();
    exporter->setFileChooser([&](const QString&) { return path; });
    // The dialog at once: a release build exports these keys in less than its usual 0.4 s.
    exporter->setProgressDelay(0);
    QSignalSpy done(exporter, &ReportExporter::finished);
    press(m_window->keysTab()->findChild<QPushButton*>(QStringLiteral("exportButton")));
    QVERIFY(exporter->isRunning());

    // The user sees the progress dialog and clicks its Cancel.
    QProgressDialog* progress = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((progress = kw::test::visibleChild<QProgressDialog>(m_window.get())), 20000);
    QVERIFY(done.isEmpty()); // still running
    press(progress->findChild<QPushButton*>());
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(0).at(0).toBool(), false);

    QMessageBox* message = exporter->message();
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("The export was cancelled; no file was written."));
    QCOMPARE(message->icon(), QMessageBox::Information);
    // Neither the file nor QSaveFile's temporary file beside it.
    QVERIFY(!QFile::exists(path));
    const QStringList left =
        QDir(m_dir.path()).entryList({QStringLiteral("big-keys*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    message->close();
}

KEYWARD_GUI_TEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
