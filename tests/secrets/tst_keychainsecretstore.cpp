// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against a real Secret Service: the private gnome-keyring that
// tests/fixtures/with-secret-service.sh starts for this process. The tests that need it skip
// without it; the ones about a missing keychain run anywhere.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <cstring>
#include <utility>

using kw::KeychainSecretStore;
using kw::ReadSecretJob;
using kw::runSync;
using kw::SecretJob;
using kw::WriteSecretJob;

namespace {

// The child mode of this executable: one remove, write and read with whatever keychain its
// environment gives it; the secret comes on stdin so it is on no command line.
constexpr const char* ChildArg = "--child-keychain-round";

QByteArray randomBase62(int n)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        out.append(alphabet[QRandomGenerator::global()->bounded(62)]);
    }
    return out;
}

// Shaped like a Keyward key, so a leak would look like one.
QByteArray newSecret()
{
    return "kwtest_live_" + randomBase62(36);
}

QString newName()
{
    return QStringLiteral("key/key_") + QString::fromLatin1(randomBase62(16));
}

QString errorName(SecretJob::Error error)
{
    return QString::fromLatin1(QMetaEnum::fromType<SecretJob::Error>().valueToKey(static_cast<int>(error)));
}

struct Outcome
{
    SecretJob::Error error = SecretJob::Error::Other;
    QString message;
    QByteArray secret;
};

Outcome finish(SecretJob* job)
{
    job->setAutoDelete(false);
    Outcome out;
    out.error = runSync(job);
    out.message = job->errorString();
    if (auto* read = qobject_cast<ReadSecretJob*>(job)) {
        out.secret = read->secret();
    }
    delete job;
    return out;
}

QStringList filesContaining(const QString& dir, const QList<QByteArray>& needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray content = f.readAll();
        for (const QByteArray& needle : needles) {
            if (content.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

// The secret and the forms a backend or a fallback would store it in.
QList<QByteArray> leakForms(const QByteArray& secret)
{
    return {secret, secret.toBase64(), secret.toHex()};
}

// Checked inline in each test: QSKIP in a helper would only leave the helper, and the test would
// go on to use whatever keychain this process sees, such as the developer's own.
bool underFixture()
{
    return qEnvironmentVariable("KEYWARD_SECRET_SERVICE") == QLatin1String("1");
}

constexpr const char* NeedsFixture =
    "needs the private Secret Service of tests/fixtures/with-secret-service.sh";

// The directories the fixture made for this test; every file the Secret Service wrote is in one.
QStringList fixtureDirs()
{
    QStringList dirs;
    for (const char* var :
         {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        dirs.append(qEnvironmentVariable(var));
    }
    return dirs;
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
};

ToolResult secretTool(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"), args);
    ToolResult r;
    if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
    }
    r.out = p.readAll();
    return r;
}

// secret-tool (libsecret's own client) sees what QtKeychain stored: the schema is org.qt.keychain
// with attributes user = entry name, server = service, type = base64 for binary data.
ToolResult lookupInSecretService(const QString& service, const QString& name)
{
    return secretTool({QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"),
                       name, QStringLiteral("type"), QStringLiteral("base64")});
}

int childKeychainRound(const QString& name)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return 3;
    }
    const QByteArray secret = in.readAll();
    KeychainSecretStore store;
    // Remove first: a write that went to a file fallback would be undone by a later remove, and the
    // parent's search of the files would then find nothing.
    const Outcome removed = finish(store.remove(name));
    const Outcome written = finish(store.write(name, secret));
    const Outcome read = finish(store.read(name));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 3;
    }
    const std::pair<const char*, Outcome> rows[] = {{"remove", removed}, {"write", written}, {"read", read}};
    for (const auto& [op, outcome] : rows) {
        out.write(QByteArray(op) + '\t' + errorName(outcome.error).toUtf8() + '\t' +
                  outcome.message.toUtf8() + '\n');
    }
    out.write("read-secret\t" + read.secret.toBase64() + '\n');
    return 0;
}

// Never finishes by itself: a keychain that does not answer.
class SilentJob final : public ReadSecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilentJob)

public:
    SilentJob()
        : ReadSecretJob(QStringLiteral("key/silent"), nullptr)
    {}
    ~SilentJob() override = default;

    bool wasStarted = false;
    void answerLate()
    {
        setSecret("late");
        finish(Error::NoError);
    }

protected:
    void doStart() override { wasStarted = true; }
};

// Answers from the event loop, as a backend does.
class PromptJob final : public ReadSecretJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptJob)

public:
    PromptJob()
        : ReadSecretJob(QStringLiteral("key/prompt"), nullptr)
    {}
    ~PromptJob() override = default;

protected:
    void doStart() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                setSecret("answer");
                finish(Error::NoError);
            },
            Qt::QueuedConnection);
    }
};

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadOverwriteDelete()
    {
        if (!underFixture()) {
            QSKIP(NeedsFixture);
        }
        KeychainSecretStore store;
        const QString name = newName();
        const QByteArray first = newSecret();
        const QByteArray second = newSecret();
        QVERIFY(first != second);

        // The CLI's way: an auto-deleting job, read right after runSync(), gone later.
        WriteSecretJob* write = store.write(name, first);
        QPointer<SecretJob> guard(write);
        QCOMPARE(runSync(write), SecretJob::Error::NoError);
        QVERIFY(guard);
        QCOMPARE(write->error(), SecretJob::Error::NoError);
        QCOMPARE(write->errorString(), QString());
        QCOMPARE(write->name(), name);
        QTRY_VERIFY(guard.isNull());

        Outcome r = finish(store.read(name));
        QCOMPARE(r.error, SecretJob::Error::NoError);
        QCOMPARE(r.secret, first);

        QCOMPARE(finish(store.write(name, second)).error, SecretJob::Error::NoError);
        r = finish(store.read(name));
        QCOMPARE(r.error, SecretJob::Error::NoError);
        QCOMPARE(r.secret, second);

        QCOMPARE(finish(store.remove(name)).error, SecretJob::Error::NoError);
        r = finish(store.read(name));
        QCOMPARE(r.error, SecretJob::Error::NotFound);
        QCOMPARE(r.secret, QByteArray());
        QVERIFY2(r.message.contains(name), qPrintable(r.message));
        QVERIFY(!r.message.toUtf8().contains(second));

        // Removing again leaves it as wanted: gone.
        QCOMPARE(finish(store.remove(name)).error, SecretJob::Error::NoError);
    }

    void entryLivesInTheSecretServiceNotInAFile()
    {
        if (!underFixture()) {
            QSKIP(NeedsFixture);
        }
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
            QVERIFY2(!qEnvironmentVariableIsSet("CI"),
                     "secret-tool (libsecret-tools) is missing; CI must check the keyring");
            QSKIP("secret-tool (package libsecret-tools) is missing");
        }
        KeychainSecretStore store;
        const QString name = newName();
        const QByteArray secret = newSecret();
        QCOMPARE(finish(store.write(name, secret)).error, SecretJob::Error::NoError);

        const ToolResult found = lookupInSecretService(store.service(), name);
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.out, secret.toBase64());
        const ToolResult listed =
            secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                        store.service(), QStringLiteral("user"), name});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QByteArray("attribute.user = " + name.toUtf8())),
                 listed.out.constData());

        // gnome-keyring keeps its keyrings in the fixture's XDG_DATA_HOME, encrypted: no file of the
        // fixture holds the secret in any form, so it is neither a plaintext fallback nor a leak.
        QVERIFY(!QDir(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings"))
                     .entryList({QStringLiteral("*.keyring")}, QDir::Files)
                     .isEmpty());
        for (const QString& dir : fixtureDirs()) {
            QCOMPARE(filesContaining(dir, leakForms(secret)), QStringList());
        }

        QCOMPARE(finish(store.remove(name)).error, SecretJob::Error::NoError);
        const ToolResult gone = lookupInSecretService(store.service(), name);
        QVERIFY(gone.exitCode != 0);
        QCOMPARE(gone.out, QByteArray());
    }

    void anyBytesRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("nul bytes") << QByteArray("a\0b\0\0c", 6);
        QTest::newRow("all byte values") << [] {
            QByteArray all;
            for (int i = 0; i < 256; ++i) {
                all.append(static_cast<char>(i));
            }
            return all;
        }();
        QTest::newRow("utf-8 text") << QStringLiteral("päss wörd €").toUtf8();
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("64 KiB") << [] {
            QByteArray big(64 * 1024, '\0');
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
            return big;
        }();
    }

    void anyBytesRoundTrip()
    {
        if (!underFixture()) {
            QSKIP(NeedsFixture);
        }
        QFETCH(QByteArray, secret);
        KeychainSecretStore store;
        const QString name = newName();
        QCOMPARE(finish(store.write(name, secret)).error, SecretJob::Error::NoError);
        const Outcome r = finish(store.read(name));
        QCOMPARE(r.error, SecretJob::Error::NoError);
        QCOMPARE(r.secret.size(), secret.size());
        QCOMPARE(r.secret, secret);
        QCOMPARE(finish(store.remove(name)).error, SecretJob::Error::NoError);
    }

    void servicesDoNotSeeEachOther()
    {
        if (!underFixture()) {
            QSKIP(NeedsFixture);
        }
        KeychainSecretStore keyward;
        KeychainSecretStore other(QStringLiteral("Keyward-test-other"));
        const QString name = newName();
        const QByteArray secret = newSecret();
        QCOMPARE(finish(other.write(name, secret)).error, SecretJob::Error::NoError);
        QCOMPARE(finish(keyward.read(name)).error, SecretJob::Error::NotFound);
        // Removing under the wrong service must not touch it.
        QCOMPARE(finish(keyward.remove(name)).error, SecretJob::Error::NoError);
        const Outcome r = finish(other.read(name));
        QCOMPARE(r.error, SecretJob::Error::NoError);
        QCOMPARE(r.secret, secret);
        QCOMPARE(finish(other.remove(name)).error, SecretJob::Error::NoError);
    }

    void asyncJobFinishesOnceThenDeletesItself()
    {
        if (!underFixture()) {
            QSKIP(NeedsFixture);
        }
        KeychainSecretStore store;
        const QString name = newName();
        WriteSecretJob* job = store.write(name, newSecret());
        QPointer<SecretJob> guard(job);
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(!job->isStarted());
        job->start();
        job->start();
        QVERIFY(job->isStarted());
        // Never from inside start(): a caller connecting right after start() still hears it.
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000);
        QCOMPARE(spy.at(0).at(0).value<kw::Job*>(), static_cast<kw::Job*>(job));
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(spy.count(), 1);

        const Outcome r = finish(store.remove(name));
        QCOMPARE(r.error, SecretJob::Error::NoError);
    }

    void nameIsRequired()
    {
        KeychainSecretStore store;
        ReadSecretJob* job = store.read(QString());
        job->setAutoDelete(false);
        QSignalSpy spy(job, &SecretJob::finished);
        job->start();
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(job->error(), SecretJob::Error::Other);
        QVERIFY2(job->errorString().contains(QStringLiteral("needs a name")), qPrintable(job->errorString()));
        delete job;
    }

    void runSyncGivesUpOnASilentKeychain()
    {
        auto* job = new SilentJob;
        QPointer<SecretJob> guard(job);
        QSignalSpy spy(job, &SecretJob::finished);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runSync(job, std::chrono::milliseconds(300)), SecretJob::Error::NoBackend);
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(job->wasStarted);
        QCOMPARE(spy.count(), 1);
        // Still alive for the caller, though it auto-deletes.
        QVERIFY(guard);
        QCOMPARE(job->error(), SecretJob::Error::NoBackend);
        QVERIFY2(job->errorString().contains(QStringLiteral("did not answer")),
                 qPrintable(job->errorString()));
        QVERIFY(job->errorString().contains(QStringLiteral("never stores secrets in plaintext")));

        // An answer after giving up changes nothing the caller was told.
        job->answerLate();
        QCOMPARE(job->error(), SecretJob::Error::NoBackend);
        QCOMPARE(job->secret(), QByteArray());
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(guard.isNull());
    }

    void runSyncKeepsAnAutoDeletingJobForTheCaller()
    {
        auto* job = new PromptJob;
        QPointer<ReadSecretJob> guard(job);
        QVERIFY(job->autoDelete());
        QCOMPARE(runSync(job), SecretJob::Error::NoError);
        QVERIFY(guard);
        QCOMPARE(guard->secret(), QByteArray("answer"));
        QVERIFY(guard->autoDelete());
        QTRY_VERIFY(guard.isNull());
    }

    void noKeychainMeansNoBackendAndNoFile_data()
    {
        QTest::addColumn<QStringList>("environment"); // "NAME=value", or "-NAME" to remove it
        QTest::addColumn<bool>("busWithoutSecretService");
        QTest::newRow("bus address of nothing")
            << QStringList{QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/keyward-test-bus")}
            << false;
        QTest::newRow("no bus address, no display")
            << QStringList{QStringLiteral("-DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("-DISPLAY"),
                           QStringLiteral("-WAYLAND_DISPLAY")}
            << false;
        // QtKeychain's KWallet path is the one with a plaintext fallback (QSettings): it must not be used.
        QTest::newRow("KDE desktop, no bus")
            << QStringList{QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/keyward-test-bus"),
                           QStringLiteral("XDG_CURRENT_DESKTOP=KDE"), QStringLiteral("KDE_SESSION_VERSION=5")}
            << false;
        QTest::newRow("KDE 4 desktop, no bus")
            << QStringList{QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/keyward-test-bus"),
                           QStringLiteral("XDG_CURRENT_DESKTOP=KDE"), QStringLiteral("KDE_SESSION_VERSION=4")}
            << false;
        QTest::newRow("bus without a Secret Service") << QStringList{} << true;
    }

    void noKeychainMeansNoBackendAndNoFile()
    {
        QFETCH(QStringList, environment);
        QFETCH(bool, busWithoutSecretService);

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
        QVERIFY(QFile::setPermissions(home.filePath(QStringLiteral("run")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
        env.remove(QStringLiteral("KDE_SESSION_VERSION"));
        for (const QString& change : std::as_const(environment)) {
            if (change.startsWith(u'-')) {
                env.remove(change.mid(1));
            } else {
                env.insert(change.section(u'=', 0, 0), change.section(u'=', 1));
            }
        }

        QString program = QCoreApplication::applicationFilePath();
        const QString name = newName();
        QStringList args{QString::fromLatin1(ChildArg), name};
        if (busWithoutSecretService) {
            const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
            if (runSession.isEmpty()) {
                QSKIP("dbus-run-session (package dbus-daemon) is missing");
            }
            // A session bus with no service directories: nothing provides or can start a keychain.
            QFile config(home.filePath(QStringLiteral("bus.conf")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:dir=" +
                home.filePath(QStringLiteral("run")).toUtf8() +
                "</listen><auth>EXTERNAL</auth>"
                "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
            config.close();
            args = QStringList{QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--"),
                               program} +
                   args;
            program = runSession;
        }

        const QByteArray secret = newSecret();
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(program, args);
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        child.write(secret);
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(120000));
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, err.constData());

        // First what matters most: the secret was written nowhere, in no form.
        QCOMPARE(filesContaining(home.path(), leakForms(secret)), QStringList());
        if (underFixture()) {
            for (const QString& dir : fixtureDirs()) {
                QCOMPARE(filesContaining(dir, leakForms(secret)), QStringList());
            }
        }
        for (const QByteArray& form : leakForms(secret)) {
            QVERIFY(!out.contains(form));
            QVERIFY(!err.contains(form));
        }

        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 5); // remove, write, read, read-secret, and the empty tail
        for (int i = 0; i < 3; ++i) {
            const QList<QByteArray> fields = lines.at(i).split('\t');
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(0), QByteArray(i == 0 ? "remove" : i == 1 ? "write" : "read"));
            QVERIFY2(fields.at(1) == "NoBackend", lines.at(i).constData());
            QVERIFY2(fields.at(2).contains("No OS keychain is reachable"), fields.at(2).constData());
            QVERIFY(fields.at(2).contains(
                "Keyward never stores secrets in plaintext, so this operation was not done."));
        }
        QCOMPARE(lines.at(3), QByteArray("read-secret\t"));
    }

    // Last: it leaves this process's keyring locked.
    void lockedKeyringIsAccessDeniedNotNotFound()
    {
        if (!underFixture()) {
            QSKIP(NeedsFixture);
        }
        KeychainSecretStore store;
        const QString kept = newName();
        const QString missing = newName();
        QCOMPARE(finish(store.write(kept, newSecret())).error, SecretJob::Error::NoError);

        // Lock the default collection as a screen lock or a timeout would. The fixture unset
        // DISPLAY, so the unlock prompt that libsecret asks for cannot be shown and fails.
        QProcess dbus;
        const QStringList call{QStringLiteral("--session"), QStringLiteral("--print-reply"),
                               QStringLiteral("--dest=org.freedesktop.secrets"),
                               QStringLiteral("/org/freedesktop/secrets")};
        dbus.start(QStringLiteral("dbus-send"),
                   call + QStringList{QStringLiteral("org.freedesktop.Secret.Service.ReadAlias"),
                                      QStringLiteral("string:default")});
        QVERIFY(dbus.waitForFinished(30000));
        const QByteArray alias = dbus.readAllStandardOutput();
        const qsizetype open = alias.indexOf("object path \"");
        QVERIFY2(open >= 0, alias.constData());
        const QByteArray collection = alias.mid(open + 13, alias.indexOf('"', open + 13) - open - 13);
        QVERIFY2(collection.startsWith("/org/freedesktop/secrets/collection/"), collection.constData());
        dbus.start(QStringLiteral("dbus-send"),
                   call + QStringList{QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                                      QStringLiteral("array:objpath:") + QString::fromUtf8(collection)});
        QVERIFY(dbus.waitForFinished(30000));
        QCOMPARE(dbus.exitCode(), 0);

        const Outcome read = finish(store.read(kept));
        QCOMPARE(read.error, SecretJob::Error::AccessDenied);
        QCOMPARE(read.secret, QByteArray());
        QVERIFY2(read.message.contains(kept) && read.message.contains(QStringLiteral("locked")),
                 qPrintable(read.message));
        // Only an entry that is there is reported locked; a missing one is still missing.
        QCOMPARE(finish(store.read(missing)).error, SecretJob::Error::NotFound);
        QCOMPARE(finish(store.remove(missing)).error, SecretJob::Error::NoError);
        // libsecret removes nothing and says nothing: the entry is still there, so it is no success.
        QCOMPARE(finish(store.remove(kept)).error, SecretJob::Error::AccessDenied);
        const Outcome written = finish(store.write(newName(), newSecret()));
        QCOMPARE(written.error, SecretJob::Error::AccessDenied);
        QVERIFY2(written.message.contains(QStringLiteral("locked")), qPrintable(written.message));
    }

    void leakCheckFindsAPlantedSecret()
    {
        // The no-file assertions above prove something only if the search finds a secret that is there.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray secret = newSecret();
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".config/sub")));
        QCOMPARE(filesContaining(dir.path(), leakForms(secret)), QStringList());
        QFile planted(dir.filePath(QStringLiteral(".config/sub/Keyward.conf")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("[Keyward]\nkey\\data=" + secret.toBase64() + '\n');
        planted.close();
        QCOMPARE(filesContaining(dir.path(), leakForms(secret)), QStringList{planted.fileName()});
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], ChildArg) == 0) {
        return childKeychainRound(QString::fromLocal8Bit(argv[2]));
    }
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
