// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiMain.h"

#include "core/AppInfo.h"
#include "gui/FirstRunDialog.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/SingleInstance.h"
#include "gui/common/Icons.h"
#include "secrets/KeychainSecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

namespace kw::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::gui", text);
}

// Asks until there is a workspace or the administrator closes the welcome dialog (nullptr).
std::unique_ptr<Session> firstRun()
{
    const QString defaultPath = Workspace::defaultPath();
    for (;;) {
        FirstRunDialog welcome(defaultPath);
        if (welcome.exec() != QDialog::Accepted) {
            return nullptr;
        }
        Result<std::unique_ptr<Session>> session = makeError(ErrorCode::Invalid, QString());
        switch (welcome.choice()) {
        case FirstRunDialog::Choice::CreateDefault:
            session = Session::open(defaultPath, Workspace::OpenMode::OpenOrCreate);
            break;
        case FirstRunDialog::Choice::OpenFile: {
            const QString path =
                QFileDialog::getOpenFileName(nullptr, tr("Open workspace"), QString(),
                                             tr("Keyward workspaces (*.keyward);;All files (*)"));
            if (path.isEmpty()) {
                continue;
            }
            session = Session::open(path, Workspace::OpenMode::OpenExisting);
            break;
        }
        case FirstRunDialog::Choice::OpenDemo:
            session = Session::openDemo();
            break;
        case FirstRunDialog::Choice::None:
            return nullptr;
        }
        if (session) {
            return std::move(session.value());
        }
        QMessageBox::critical(nullptr, tr("Keyward"), session.error().message);
    }
}

// The session the command line asks for, else the default workspace; none at all on a first run.
Result<std::unique_ptr<Session>> initialSession(bool demo, const QString& workspace)
{
    if (demo) {
        return Session::openDemo();
    }
    if (!workspace.isEmpty()) {
        return Session::open(workspace, Workspace::OpenMode::OpenOrCreate);
    }
    if (QFileInfo::exists(Workspace::defaultPath())) {
        return Session::open(Workspace::defaultPath(), Workspace::OpenMode::OpenExisting);
    }
    return std::unique_ptr<Session>();
}

// The console's windows, one per workspace; a launch handed over by another process (a
// double-clicked workspace, the launcher) opens its workspace in a window of its own.
class Console final
{
    Q_DISABLE_COPY_MOVE(Console)

public:
    explicit Console(SecretStore& secrets)
        : m_secrets(secrets)
    {}
    // Closes what is still open, so every workspace is closed cleanly (no write-ahead log left).
    ~Console() { qDeleteAll(windows()); }

    MainWindow* open(std::unique_ptr<Session> session)
    {
        auto* window = new MainWindow(m_secrets);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setSession(std::move(session));
        window->show();
        m_windows.append(window);
        return window;
    }

    bool isEmpty() const { return windows().isEmpty(); }

    QString handle(const LaunchRequest& request)
    {
        switch (request.kind) {
        case LaunchRequest::Kind::Open:
            return openFile(request.path);
        case LaunchRequest::Kind::NewWorkspace:
            if (MainWindow* window = latest()) {
                raise(window);
                // The same as File > New workspace there; after the answer, as it asks for a file.
                if (auto* action = window->findChild<QAction*>(QStringLiteral("actionNewWorkspace"))) {
                    QTimer::singleShot(0, action, &QAction::trigger);
                }
            }
            return {};
        case LaunchRequest::Kind::Show:
            if (MainWindow* window = latest()) {
                raise(window);
            }
            return {};
        }
        return {};
    }

private:
    QList<MainWindow*> windows() const
    {
        QList<MainWindow*> open;
        for (const QPointer<MainWindow>& w : m_windows) {
            if (w) {
                open.append(w);
            }
        }
        return open;
    }

    MainWindow* latest() const
    {
        const QList<MainWindow*> open = windows();
        return open.isEmpty() ? nullptr : open.constLast();
    }

    static void raise(MainWindow* window)
    {
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
        window->raise();
        window->activateWindow();
    }

    // The window already showing the file, else a new one.
    QString openFile(const QString& path)
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        for (MainWindow* window : windows()) {
            if (window->session() && !canonical.isEmpty() &&
                QFileInfo(window->session()->path()).canonicalFilePath() == canonical) {
                raise(window);
                return {};
            }
        }
        Result<std::unique_ptr<Session>> session = Session::open(path, Workspace::OpenMode::OpenOrCreate);
        if (!session) {
            auto* box = new QMessageBox(QMessageBox::Critical, tr("Keyward"), session.error().message);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return session.error().message;
        }
        raise(open(std::move(session.value())));
        return {};
    }

    SecretStore& m_secrets;
    QList<QPointer<MainWindow>> m_windows;
};

LaunchRequest launchRequest(const QCommandLineParser& parser, const QCommandLineOption& workspace,
                            const QCommandLineOption& newWorkspace)
{
    LaunchRequest request;
    QString path = parser.value(workspace);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty()) {
        path = parser.positionalArguments().constFirst();
    }
    if (!path.isEmpty()) {
        request.kind = LaunchRequest::Kind::Open;
        request.path = QFileInfo(path).absoluteFilePath();
    } else if (parser.isSet(newWorkspace)) {
        request.kind = LaunchRequest::Kind::NewWorkspace;
    }
    return request;
}

} // namespace

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    startApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    QGuiApplication::setDesktopFileName(QLatin1String(AppId));
    initResources();
    QApplication::setWindowIcon(
        QIcon::fromTheme(QLatin1String(AppId), icon(Icon::App, QApplication::palette())));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Console for API key administrators."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("Open this workspace file."),
                                             tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open a fresh demo workspace in a temporary folder."));
    const QCommandLineOption newWorkspaceOption(QStringLiteral("new-workspace"),
                                                tr("Create a new workspace file, asking where."));
    parser.addOptions({workspaceOption, demoOption, newWorkspaceOption});
    parser.addPositionalArgument(QStringLiteral("file"), tr("A workspace file to open."), tr("[FILE]"));
    parser.process(app);

    KeychainSecretStore secrets;

    // A demo runs on its own (its workspace is a fresh temporary one); everything else goes to the
    // console already running, if there is one.
    const LaunchRequest request = launchRequest(parser, workspaceOption, newWorkspaceOption);
    const bool demo = parser.isSet(demoOption);
    if (!demo) {
        if (const std::optional<int> handed = handToRunningConsole(request)) {
            return *handed;
        }
    }
    Console console(secrets);
    InstanceServer server([&console](const LaunchRequest& r) { return console.handle(r); });
    server.listen();

    Result<std::unique_ptr<Session>> session = initialSession(demo, request.path);
    if (!session) {
        // A workspace named on the command line that cannot open is an error to report, not a
        // reason to open something else.
        QMessageBox::critical(nullptr, tr("Keyward"), session.error().message);
        if (!request.path.isEmpty() || demo) {
            return 1;
        }
        session = std::unique_ptr<Session>();
    }
    if (!*session) {
        session = firstRun();
        // Closing the welcome dialog quits, unless a launch meanwhile opened a window.
        if (!*session && console.isEmpty()) {
            return 0;
        }
    }
    if (*session) {
        console.open(std::move(session.value()));
    }
    if (request.kind == LaunchRequest::Kind::NewWorkspace) {
        console.handle(request);
    }
    return QApplication::exec();
}

} // namespace kw::gui
