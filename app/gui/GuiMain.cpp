// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiMain.h"

#include "core/AppInfo.h"
#include "gui/FirstRunDialog.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/common/Icons.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

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

} // namespace

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    applyApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    QGuiApplication::setDesktopFileName(QStringLiteral("keyward"));
    initResources();
    QApplication::setWindowIcon(icon(Icon::App, QApplication::palette()));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Console for API key administrators."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("Open this workspace file."),
                                             tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open a fresh demo workspace in a temporary folder."));
    parser.addOptions({workspaceOption, demoOption});
    parser.process(app);

    KeychainSecretStore secrets;

    Result<std::unique_ptr<Session>> session =
        initialSession(parser.isSet(demoOption), parser.value(workspaceOption));
    if (!session) {
        // A workspace named on the command line that cannot open is an error to report, not a
        // reason to open something else.
        QMessageBox::critical(nullptr, tr("Keyward"), session.error().message);
        if (parser.isSet(workspaceOption) || parser.isSet(demoOption)) {
            return 1;
        }
        session = std::unique_ptr<Session>();
    }
    if (!*session) {
        session = firstRun();
        if (!*session) {
            return 0;
        }
    }
    MainWindow window(secrets);
    window.setSession(std::move(session.value()));
    window.show();
    return QApplication::exec();
}

} // namespace kw::gui
