// SPDX-License-Identifier: GPL-3.0-or-later
// The Registry tab on real widgets (offscreen), a real Secret Service for the password and the
// fixture's etcd over TLS: bind with the UI, Sync now, and the status the administrator sees.
#include "RegistryTestSupport.h"
#include "gui/registry/RegistryProfileDialog.h"
#include "gui/registry/RegistryTab.h"
#include "registry/Binding.h"
#include "registry/Records.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace kw;
using namespace kw::test;

class TstRegistryGui : public QObject
{
    Q_OBJECT

    Etcd m_etcd;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("KEYWARD_SECRET_SERVICE") != QLatin1String("1")) {
            QSKIP("needs the private Secret Service of tests/fixtures/with-secret-service.sh");
        }
        if (!sharedEtcd(m_etcd)) {
            QSKIP("no etcd fixture (run through ctest: KEYWARD_ETCD_FIXTURE)");
        }
    }

    void bindAndSyncFromTheTab()
    {
        Console a;
        QVERIFY(a.open().isEmpty());
        const RegistryProfile profile = m_etcd.profile();
        QVERIFY(a.addProfile(profile).isEmpty());
        KeychainSecretStore keychain;
        QVERIFY(writeSecret(keychain, profile.passwordEntry(), m_etcd.password.toUtf8()));
        Result<Project> p = a.project(QStringLiteral("chat"), QStringLiteral("chat"));
        QVERIFY(p);
        QVERIFY(a.issue(p->id, QStringLiteral("one")));

        gui::RegistryTab tab;
        tab.resize(1000, 600);
        tab.show();
        tab.setAutoSyncInterval(std::chrono::hours(1));
        tab.setSession(&a.inv(), &keychain);
        tab.setProject(*p);
        auto* list = tab.findChild<QListWidget*>(QStringLiteral("profiles"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(profile.name));

        auto* combo = tab.findChild<QComboBox*>(QStringLiteral("profileCombo"));
        QCOMPARE(combo->currentText(), profile.name);
        QSignalSpy changed(&tab, &gui::RegistryTab::workspaceChanged);
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("bindButton")), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(a.inv().project(QStringLiteral("chat"))->registryProfile, profile.name);
        QVERIFY(tab.findChild<QLabel*>(QStringLiteral("bindingLabel"))->text().contains(profile.name));
        QCOMPARE(tab.findChild<QLabel*>(QStringLiteral("pendingLabel"))->text(),
                 QStringLiteral("2 change(s)"));

        QSignalSpy finished(&tab, &gui::RegistryTab::syncFinished);
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("syncButton")), Qt::LeftButton);
        QVERIFY(tab.isSyncing() || finished.count() == 1 || finished.wait(30000));
        if (finished.isEmpty()) {
            QVERIFY(finished.wait(30000));
        }
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("pushed 2")));
        QVERIFY(
            tab.findChild<QLabel*>(QStringLiteral("stateLabel"))->text().contains(QStringLiteral("online")));
        QCOMPARE(tab.findChild<QLabel*>(QStringLiteral("pendingLabel"))->text(),
                 QStringLiteral("0 change(s)"));
    }

    void aWrongPasswordShowsOfflineAndBacksOff()
    {
        Console a;
        QVERIFY(a.open().isEmpty());
        const RegistryProfile profile = m_etcd.profile(QStringLiteral("other"));
        QVERIFY(a.addProfile(profile).isEmpty());
        KeychainSecretStore keychain;
        QVERIFY(writeSecret(keychain, profile.passwordEntry(), "wrong-gui-password"));
        Result<Project> p = a.project(QStringLiteral("chat"), QStringLiteral("chat"));
        QVERIFY(p);
        QVERIFY(bindProject(a.inv(), QStringLiteral("chat"), profile.name));

        gui::RegistryTab tab;
        tab.setAutoSyncInterval(std::chrono::seconds(60));
        tab.setSession(&a.inv(), &keychain);
        tab.setProject(a.inv().project(QStringLiteral("chat")).value());
        QSignalSpy finished(&tab, &gui::RegistryTab::syncFinished);
        tab.syncNow();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString error = tab.findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
        QVERIFY2(error.contains(QStringLiteral("wrong user name or password")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("wrong-gui-password")));
        QVERIFY(
            tab.findChild<QLabel*>(QStringLiteral("stateLabel"))->text().contains(QStringLiteral("offline")));
        QCOMPARE(tab.nextAutoSync(), std::chrono::milliseconds(std::chrono::seconds(120))); // doubled
    }

    void aRevocationByAnotherConsoleAppearsLiveWithoutTheInterval()
    {
        Console a;
        Console b;
        QVERIFY(a.open().isEmpty());
        QVERIFY(b.open(QStringLiteral("bob")).isEmpty());
        const RegistryProfile profile = m_etcd.profile(QStringLiteral("live"));
        QVERIFY(a.addProfile(profile).isEmpty());
        QVERIFY(b.addProfile(profile).isEmpty());
        KeychainSecretStore keychain;
        QVERIFY(writeSecret(keychain, profile.passwordEntry(), m_etcd.password.toUtf8()));
        Result<Project> p = a.project(QStringLiteral("chat"), QStringLiteral("chat"));
        QVERIFY(p);
        Result<Issued> issued = a.issue(p->id, QStringLiteral("one"));
        QVERIFY(issued);
        QVERIFY(bindProject(a.inv(), QStringLiteral("chat"), profile.name));

        gui::RegistryTab tab;
        tab.show();
        tab.setAutoSyncInterval(std::chrono::hours(1)); // the interval cannot be what syncs below
        auto* live = tab.findChild<QLabel*>(QStringLiteral("liveLabel"));
        tab.setSession(&a.inv(), &keychain);
        tab.setProject(a.inv().project(QStringLiteral("chat")).value());
        QTRY_VERIFY_WITH_TIMEOUT(tab.isLive(), 15000);
        QVERIFY2(live->text().contains(QStringLiteral("live")), qPrintable(live->text()));
        // Going live pulls and pushes once: B can then see the key.
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("outbox")), 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isSyncing(), 15000);

        Result<SyncReport> pulled = b.sync(profile, m_etcd.password.toUtf8());
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QVERIFY(b.inv().revoke(issued->key.id, RevokeReason::Compromised, QString()));
        Result<SyncReport> pushed = b.sync(profile, m_etcd.password.toUtf8());
        QVERIFY2(pushed && pushed->pushed == 1, qPrintable(pushed ? QString() : pushed.error().message));

        QTRY_COMPARE_WITH_TIMEOUT(a.inv().key(issued->key.id)->status, KeyStatus::Revoked, 5000);
        QCOMPARE(tab.nextAutoSync(), std::chrono::milliseconds(std::chrono::hours(1)));

        // Unbinding closes the watch: the tab says it polls.
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("unbindButton")), Qt::LeftButton);
        QVERIFY(!tab.isLive());
        QVERIFY2(!live->text().contains(QStringLiteral("live")), qPrintable(live->text()));
    }

    void aRevocationIsPushedAtOnceAndItsConfirmationShown()
    {
        Console a;
        QVERIFY(a.open().isEmpty());
        const RegistryProfile profile = m_etcd.profile(QStringLiteral("urgent"));
        QVERIFY(a.addProfile(profile).isEmpty());
        KeychainSecretStore keychain;
        QVERIFY(writeSecret(keychain, profile.passwordEntry(), m_etcd.password.toUtf8()));
        Result<Project> p = a.project(QStringLiteral("chat"), QStringLiteral("chat"));
        QVERIFY(p);
        Result<Issued> issued = a.issue(p->id, QStringLiteral("one"));
        QVERIFY(issued);
        QVERIFY(bindProject(a.inv(), QStringLiteral("chat"), profile.name));
        QVERIFY(a.sync(profile, m_etcd.password.toUtf8()));

        gui::RegistryTab tab;
        tab.setAutoSyncInterval(std::chrono::hours(1));
        tab.setSession(&a.inv(), &keychain);
        // No project shown: no live watch, so only the local change can start a sync.
        KeyEdit edit;
        edit.name = QStringLiteral("renamed");
        QVERIFY(a.inv().edit(issued->key.id, edit));
        tab.noteLocalChange();
        QVERIFY(!tab.isSyncing()); // an edit waits for the debounce

        QSignalSpy confirmed(&tab, &gui::RegistryTab::revocationsConfirmed);
        QSignalSpy finished(&tab, &gui::RegistryTab::syncFinished);
        QVERIFY(a.inv().revoke(issued->key.id, RevokeReason::Compromised, QString()));
        tab.noteLocalChange(true);
        QVERIFY(tab.isSyncing()); // a revocation does not
        QVERIFY(confirmed.wait(30000));
        const auto keys = confirmed.at(0).at(0).value<QHash<QString, QDateTime>>();
        QCOMPARE(keys.keys(), QStringList{issued->key.id});
        QVERIFY(keys.value(issued->key.id).isValid());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("1 revocation(s) confirmed by the registry at ")),
                 qPrintable(message));
        QCOMPARE(a.count(QStringLiteral("outbox")), 0);

        EtcdClient client(profile, m_etcd.password.toUtf8());
        QVERIFY(client.configure());
        Result<std::optional<EtcdKv>> record = client.get(layout::keyKey(profile.ns, p->id, issued->key.id));
        QVERIFY(record && *record);
        QCOMPARE(keyFromRegistry((*record)->value)->status, KeyStatus::Revoked);
    }

    void theProfileDialogShowsHttpInRedAndRefusesItElsewhere()
    {
        RegistryProfile p = m_etcd.profile();
        p.endpoints = {QStringLiteral("http://10.1.2.3:2379")};
        p.allowHttpLoopback = true;
        gui::RegistryProfileDialog dialog(p, true);
        dialog.show();
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("httpWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->styleSheet().contains(QStringLiteral("#b00020")));
        QSignalSpy tested(&dialog, &gui::RegistryProfileDialog::testFinished);
        dialog.runTest();
        QVERIFY(tested.count() == 1 || tested.wait(10000));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("not a loopback address")),
                 qPrintable(dialog.testResult()));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused
    }
};

QTEST_MAIN(TstRegistryGui)
#include "tst_registry_gui.moc"
