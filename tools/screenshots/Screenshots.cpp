// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window on a demo workspace (light and dark), its tabs and every dialog into a
// folder as PNG files, for docs/screenshots. Documentation tooling: it links the console's library
// but is not part of the shipped binary. Usage: keyward-screenshots DIR (tools/screenshots.sh sets
// up a private home and a display).

#include "core/AppInfo.h"
#include "core/KeyFormat.h"
#include "gui/FirstRunDialog.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/common/Icons.h"
#include "gui/keys/EditKeyDialog.h"
#include "gui/keys/ImportKeysDialog.h"
#include "gui/keys/IssueKeyDialog.h"
#include "gui/keys/KeyTableModel.h"
#include "gui/keys/KeysTab.h"
#include "gui/keys/RevealKeyDialog.h"
#include "gui/keys/RevokeKeysDialog.h"
#include "gui/keys/RotateKeyDialog.h"
#include "gui/keys/ShowOnceDialog.h"
#include "gui/projects/ProjectDialog.h"
#include "gui/projects/ProjectListModel.h"
#include "gui/registry/RegistryProfileDialog.h"
#include "gui/registry/RegistryTab.h"
#include "gui/usage/ImportSummaryDialog.h"
#include "gui/usage/UsageTab.h"
#include "registry/Binding.h"
#include "registry/SyncState.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Inventory.h"
#include "usage/import/DemoLog.h"
#include "usage/import/ImportJob.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <functional>

namespace kw::gui {

namespace {

void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

class Shooter
{
public:
    explicit Shooter(QString dir)
        : m_dir(std::move(dir))
    {}

    bool save(QWidget* widget, const QString& name)
    {
        settle();
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        const bool ok = widget->grab().save(path);
        QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << QDir::toNativeSeparators(path) << '\n';
        m_ok = m_ok && ok;
        return ok;
    }

    // Shows a dialog without running it, captures it, closes it.
    void dialog(QDialog* d, const QString& name)
    {
        d->show();
        d->adjustSize();
        save(d, name);
        d->hide();
        d->deleteLater();
    }

    bool ok() const { return m_ok; }

private:
    QString m_dir;
    bool m_ok = true;
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x8a));
    return p;
}

std::optional<KeyRecord> findKey(Inventory& inventory, const QString& projectId, const QString& name,
                                 const std::function<bool(const KeyRecord&)>& wanted)
{
    KeyFilter filter;
    filter.projectId = projectId;
    Result<QList<KeyRecord>> keys = inventory.keys(filter);
    if (keys) {
        for (const KeyRecord& k : *keys) {
            if (k.name == name && wanted(k)) {
                return k;
            }
        }
    }
    return std::nullopt;
}

bool isLive(const KeyRecord& k)
{
    return k.status == KeyStatus::Active && k.rotatedTo.isEmpty();
}

// An AWS API Gateway export with made-up keys, as the preview shows it (keys masked).
void shootImport(Shooter& shot, MainWindow& window, Inventory& inventory, const Project& chat)
{
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("aws-api-keys.csv")));
    if (!csv.open(QIODevice::WriteOnly)) {
        return;
    }
    csv.write(
        "Name,Key,Description,Enabled,UsagePlanIds\r\n"
        "mobile-ios,Xq7pL2mN9vB4cR8tY1wZ6kJ3hF5dS0aE2gU7iO4p,iOS app,true,plan-free\r\n"
        "partner-acme,Mn3bV8cX1zL6kJ9hG4fD7sA2qW5eR0tY8uI3oP6a,ACME integration,true,\"plan-pro,plan-eu\"\r\n"
        "legacy-batch,Ty6uI1oP4aS9dF2gH7jK0lZ3xC8vB5nM1qW6eR9t,retired,false,\r\n");
    csv.close();
    auto* import = new ImportKeysDialog(inventory, chat, &window);
    import->setFile(csv.fileName());
    shot.dialog(import, QStringLiteral("import-keys-dialog"));

    // The same dialog while an import of 100,000 keys runs (then cancelled: rolled back), and after
    // the small file's import.
    QFile big(dir.filePath(QStringLiteral("gateway-keys.csv")));
    if (!big.open(QIODevice::WriteOnly)) {
        return;
    }
    big.write("Name,Key,Description,Enabled,UsagePlanIds\n");
    for (int i = 0; i < 100000; ++i) {
        // Made-up foreign keys (another gateway's), 43 characters each.
        const QByteArray key = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        big.write("client-" + QByteArray::number(i) + ',' + key + ",migrated,true,plan-basic\n");
    }
    big.close();
    auto* running = new ImportKeysDialog(inventory, chat, &window);
    running->show();
    running->adjustSize();
    running->setFile(big.fileName());
    const auto waitFor = [](const std::function<bool()>& done) {
        for (int i = 0; i < 3000 && !done(); ++i) {
            settle(10);
        }
    };
    running->findChild<QPushButton*>(QStringLiteral("import"))->click();
    waitFor([running] {
        return !running->isRunning() || running->findChild<QLabel*>(QStringLiteral("stage"))
                                            ->text()
                                            .startsWith(QStringLiteral("Writing"));
    });
    shot.save(running, QStringLiteral("import-keys-running"));
    running->findChild<QPushButton*>(QStringLiteral("cancel"))->click();
    waitFor([running] { return !running->isRunning(); });
    running->setFile(csv.fileName());
    running->findChild<QPushButton*>(QStringLiteral("import"))->click();
    waitFor([running] { return !running->isRunning(); });
    shot.save(running, QStringLiteral("import-keys-done"));
    running->hide();
    running->deleteLater();
}

void shootDialogs(Shooter& shot, MainWindow& window, Inventory& inventory, const Project& chat)
{
    const QDateTime now = inventory.now();
    auto* issue = new IssueKeyDialog(chat, now, &window);
    issue->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("billing worker"));
    issue->findChild<QLineEdit*>(QStringLiteral("owner"))->setText(QStringLiteral("team-payments"));
    issue->findChild<QRadioButton*>(QStringLiteral("envLive"))->setChecked(true);
    issue->findChild<QCheckBox*>(QStringLiteral("keep"))->setChecked(true);
    const QList<QListWidget*> lists = issue->findChildren<QListWidget*>();
    for (QListWidget* list : lists) {
        if (list->count() > 0) {
            list->item(0)->setCheckState(Qt::Checked);
        }
    }
    shot.dialog(issue, QStringLiteral("issue-dialog"));

    const std::optional<KeyRecord> web = findKey(inventory, chat.id, QStringLiteral("android app"), isLive);
    if (web) {
        const GeneratedKey example = generateKey(chat.prefix, Env::Live);
        KeyRecord shown = *web;
        shown.hint = example.hint;
        shot.dialog(
            new ShowOnceDialog(shown, chat.name, example.secret, ShowOnceDialog::Purpose::Issued, &window),
            QStringLiteral("show-once-dialog"));
        shot.dialog(new RotateKeyDialog(*web, chat.policy, now, &window), QStringLiteral("rotate-dialog"));
        shot.dialog(new EditKeyDialog(chat, *web, now, &window), QStringLiteral("edit-dialog"));
    }
    const std::optional<KeyRecord> ios = findKey(inventory, chat.id, QStringLiteral("ios app"), isLive);
    if (ios) {
        shot.dialog(new RevealKeyDialog(*ios, inventory.actor(), &window), QStringLiteral("reveal-dialog"));
    }
    auto* revoke = new RevokeKeysDialog({QStringLiteral("load testing — chat_test_Qm3x9A (expired)"),
                                         QStringLiteral("staging smoke tests — chat_test_7dLpW2 (active)"),
                                         QStringLiteral("internal playground — chat_test_Zr0bKe (expiring)")},
                                        chat.name, &window);
    revoke->setReason(RevokeReason::Other);
    revoke->findChild<QLineEdit*>(QStringLiteral("note"))
        ->setText(QStringLiteral("test keys leaked in CI logs"));
    revoke->findChild<QLineEdit*>(QStringLiteral("confirm"))->setText(chat.name);
    shot.dialog(revoke, QStringLiteral("revoke-dialog"));
    shot.dialog(new ProjectDialog(chat, &window), QStringLiteral("project-dialog"));
    shot.dialog(new FirstRunDialog(Workspace::defaultPath(), &window), QStringLiteral("first-run-dialog"));
    shootImport(shot, window, inventory, chat);
}

// Two profiles (one allowed to use http:// on loopback, shown in red), chat-api bound, one sync
// recorded and one conflict, so the tab shows every part.
void shootRegistry(Shooter& shot, MainWindow& window, Workspace& ws, Inventory& inventory,
                   const Project& chat)
{
    RegistryProfile prod;
    prod.name = QStringLiteral("prod-etcd");
    prod.endpoints = {QStringLiteral("https://etcd1.corp.example:2379"),
                      QStringLiteral("https://etcd2.corp.example:2379")};
    prod.caFile = QStringLiteral("/etc/keyward/etcd-ca.pem");
    prod.user = QStringLiteral("keyward");
    prod.createdAt = prod.updatedAt = inventory.now();
    RegistryProfile dev = prod;
    dev.name = QStringLiteral("local-dev");
    dev.endpoints = {QStringLiteral("http://127.0.0.1:2379")};
    dev.caFile.clear();
    dev.allowHttpLoopback = true;
    (void)ProfileRepo(ws).insert(prod);
    (void)ProfileRepo(ws).insert(dev);
    (void)bindProject(inventory, chat.id, prod.name);
    SyncState state(ws);
    (void)state.recordAttempt(prod.name, inventory.now().addSecs(-90), {});
    KeyFilter filter;
    filter.projectId = chat.id;
    const QList<KeyRecord> keys = inventory.keys(filter).value();
    if (!keys.isEmpty()) {
        SyncConflict c;
        c.profile = prod.name;
        c.projectId = chat.id;
        c.keyId = keys.constFirst().id;
        c.at = inventory.now().addSecs(-95);
        c.fields = {
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("local"), QStringLiteral("active")},
                                                   {QStringLiteral("remote"), QStringLiteral("revoked")},
                                                   {QStringLiteral("kept"), QStringLiteral("revoked")}}}};
        c.origin = QStringLiteral("local");
        (void)state.addConflict(c);
    }
    window.refresh();
    auto* dialog = new RegistryProfileDialog(dev, true, &window);
    shot.dialog(dialog, QStringLiteral("registry-profile-dialog"));
}

// Imports two days of the embeddings gateway's log, as File → Import would, and shows the summary.
void shootImportSummary(Shooter& shot, MainWindow& window, Session& session)
{
    Result<Project> embeddings = session.inventory().project(QStringLiteral("embeddings"));
    QTemporaryDir dir;
    if (!embeddings || !dir.isValid()) {
        return;
    }
    const QString log = dir.filePath(QStringLiteral("embeddings-access.log"));
    if (!writeDemoLog(session.workspace(), embeddings->id, session.inventory().now(), 2, log)) {
        return;
    }
    ImportOptions options;
    options.projectId = embeddings->id;
    options.files = {log};
    options.actor = session.inventory().actor();
    Result<QList<FileSummary>> imported = ImportJob::runSync(session.path(), options);
    if (imported) {
        shot.dialog(new ImportSummaryDialog(*imported, QString(), false, &window),
                    QStringLiteral("import-summary"));
    }
}

int renderScreenshots(const QString& dir, SecretStore& secrets)
{
    if (!QDir().mkpath(dir)) {
        QTextStream(stderr) << "cannot create " << dir << '\n';
        return 1;
    }
    Result<std::unique_ptr<Session>> session = Session::openDemo();
    if (!session) {
        QTextStream(stderr) << session.error().message << '\n';
        return 1;
    }
    Session* s = session->get();
    Inventory& inventory = s->inventory();
    Shooter shot(dir);
    MainWindow window(secrets);
    window.setSession(std::move(session.value()));
    window.resize(1360, 820);
    window.show();
    window.activateWindow();

    const QList<Project>& projects = window.projectModel()->projects();
    const auto found = std::find_if(projects.begin(), projects.end(),
                                    [](const Project& p) { return p.name == QLatin1String("chat-api"); });
    if (found == projects.end()) {
        return 1;
    }
    // A copy: window.refresh() rebuilds the model's list and would leave a reference dangling.
    const Project chat = *found;
    window.selectProject(chat.id);
    // The rotated predecessor, in its grace period: the detail pane shows the rotation chain.
    const std::optional<KeyRecord> web = findKey(inventory, chat.id, QStringLiteral("web backend"),
                                                 [](const KeyRecord& k) { return !k.rotatedTo.isEmpty(); });
    if (web) {
        window.keysTab()->selectKey(web->id);
    }
    window.keysTab()->table()->setFocus();
    shot.save(&window, QStringLiteral("main-window"));

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(window.auditTab());
    window.auditTab()->verify();
    shot.save(&window, QStringLiteral("audit-tab"));
    tabs->setCurrentWidget(window.usageTab());
    window.usageTab()->setRange(UsageTab::Range::Week);
    shot.save(&window, QStringLiteral("usage-tab"));
    shootRegistry(shot, window, s->workspace(), inventory, chat);
    tabs->setCurrentWidget(window.findChild<RegistryTab*>(QStringLiteral("registryTab")));
    shot.save(&window, QStringLiteral("registry-tab"));
    shootImportSummary(shot, window, *s);
    tabs->setCurrentWidget(window.keysTab());

    shootDialogs(shot, window, inventory, chat);

    // The same window in a dark palette: the state badges and icons must read on both.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    shot.save(&window, QStringLiteral("main-window-dark"));
    tabs->setCurrentWidget(window.usageTab());
    shot.save(&window, QStringLiteral("usage-tab-dark"));
    window.close();
    return shot.ok() ? 0 : 1;
}

} // namespace

} // namespace kw::gui

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    kw::applyApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    kw::gui::initResources();
    QApplication::setWindowIcon(kw::gui::icon(kw::gui::Icon::App, QApplication::palette()));
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: keyward-screenshots DIR\n";
        return 2;
    }
    kw::KeychainSecretStore secrets;
    return kw::gui::renderScreenshots(args.at(1), secrets);
}
