// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workspace: realistic projects, keys in every state and both environments, and an audit
// trail made by the real lifecycle, so it verifies and reads in time order.
#include "GuiTestSupport.h"
#include "gui/Session.h"
#include "store/AuditLog.h"
#include "store/Demo.h"
#include "store/Inventory.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace kw;
using namespace kw::gui;

class TestGuiDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoHasEveryStateAndAVerifiedTrail();
    void demoGoesIntoAnEmptyWorkspaceOnly();
    void demoSessionRemovesItsFolder();
};

void TestGuiDemo::demoHasEveryStateAndAVerifiedTrail()
{
    Result<std::unique_ptr<Session>> session = Session::openDemo();
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    Inventory& inventory = (*session)->inventory();
    Result<QList<Project>> projects = inventory.projects();
    QVERIFY(projects);
    QVERIFY(projects->size() >= 3);
    QSet<QString> prefixes;
    for (const Project& p : *projects) {
        prefixes.insert(p.prefix);
    }
    QCOMPARE_EQ(prefixes.size(), projects->size());

    Result<QList<KeyRecord>> keys = inventory.keys({});
    QVERIFY(keys);
    QVERIFY2(keys->size() >= 24 && keys->size() <= 60, "a few dozen keys");
    QSet<KeyState> states;
    QSet<Env> envs;
    int kept = 0;
    int used = 0;
    for (const KeyRecord& k : *keys) {
        states.insert(inventory.stateOf(k));
        envs.insert(k.env);
        kept += k.keptInKeychain ? 1 : 0;
        used += k.lastUsedAt.isValid() ? 1 : 0;
        QVERIFY(k.createdAt < inventory.now());
    }
    QCOMPARE_EQ(states, QSet<KeyState>({KeyState::Active, KeyState::Expiring, KeyState::InGrace,
                                        KeyState::Expired, KeyState::Revoked}));
    QCOMPARE_EQ(envs.size(), 2);
    QVERIFY(kept > 0);
    QVERIFY(used > 0);

    AuditLog audit((*session)->workspace());
    Result<AuditVerification> verified = audit.verify();
    QVERIFY(verified);
    QVERIFY2(verified->ok, qPrintable(verified->problem));
    Result<QList<AuditEvent>> events = audit.list({});
    QCOMPARE_EQ(verified->checked, events->size());
    QSet<QString> actions;
    QSet<QString> actors;
    for (qsizetype i = 0; i < events->size(); ++i) {
        actions.insert(events->at(i).action);
        actors.insert(events->at(i).actor);
        if (i > 0) {
            QVERIFY2(events->at(i - 1).at <= events->at(i).at, "the trail reads in time order");
        }
    }
    QCOMPARE_EQ(actions, QSet<QString>({QStringLiteral("project.create"), QStringLiteral("key.issue"),
                                        QStringLiteral("key.rotate"), QStringLiteral("key.revoke"),
                                        QStringLiteral("key.edit")}));
    QVERIFY(actors.size() > 1);
}

void TestGuiDemo::demoGoesIntoAnEmptyWorkspaceOnly()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(dir.filePath(QStringLiteral("w.keyward")));
    QVERIFY(ws);
    Result<DemoSummary> first = populateDemo(**ws, QDateTime::currentDateTimeUtc());
    QVERIFY(first);
    QCOMPARE_EQ(first->projects, 4);
    Result<DemoSummary> again = populateDemo(**ws, QDateTime::currentDateTimeUtc());
    QVERIFY(!again);
    QCOMPARE_EQ(again.error().code, ErrorCode::Conflict);
}

void TestGuiDemo::demoSessionRemovesItsFolder()
{
    QString folder;
    {
        Result<std::unique_ptr<Session>> session = Session::openDemo();
        QVERIFY(session);
        QVERIFY((*session)->isDemo());
        folder = QFileInfo((*session)->path()).absolutePath();
        QVERIFY(QDir(folder).exists());
    }
    QVERIFY(!QDir(folder).exists());
}

KEYWARD_GUI_TEST_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
