// SPDX-License-Identifier: GPL-3.0-or-later
// Secret hygiene of the CLI against a real Secret Service (run by with-secret-service.sh).
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using kw::test::CliResult;
using kw::test::CliRunner;
using kw::test::filesContaining;
using kw::test::snapshot;

class TestCliSecrets : public QObject
{
    Q_OBJECT

private:
    static QStringList issueArgs(const QString& name)
    {
        return {QStringLiteral("key"),      QStringLiteral("issue"),  QStringLiteral("--project"),
                QStringLiteral("chat-api"), QStringLiteral("--name"), name};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("KEYWARD_SECRET_SERVICE") != QLatin1String("1")) {
            QSKIP("needs the private Secret Service of tests/fixtures/with-secret-service.sh");
        }
    }

    void secretsAppearOnlyOnStdoutAndInTheKeychain()
    {
        CliRunner cli;
        QCOMPARE(cli.ws({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat-api"),
                         QStringLiteral("--prefix"), QStringLiteral("chat")})
                     .code,
                 0);
        QList<QByteArray> secrets;
        QByteArray allStderr;
        QStringList keptIds;
        for (int i = 0; i < 6; ++i) {
            QStringList args = issueArgs(QStringLiteral("key-%1").arg(i));
            const bool keep = i % 2 == 0;
            if (keep) {
                args << QStringLiteral("--keep");
            }
            const CliResult r = cli.ws(args);
            QVERIFY2(r.code == 0, r.err.constData());
            secrets.append(r.out.trimmed());
            allStderr += r.err;
            if (keep) {
                keptIds.append(QString::fromUtf8(r.err).section(QLatin1Char(' '), 1, 1));
            }
        }
        // Rotation of a kept key keeps its successor too.
        const CliResult rotated = cli.ws({QStringLiteral("key"), QStringLiteral("rotate"), keptIds.at(0)});
        QCOMPARE(rotated.code, 0);
        secrets.append(rotated.out.trimmed());
        allStderr += rotated.err;

        // Reveal gives back exactly the kept secret, and is audited.
        CliResult r = cli.ws({QStringLiteral("key"), QStringLiteral("reveal"), keptIds.at(1)});
        QCOMPARE(r.code, 2); // needs --yes
        r = cli.ws({QStringLiteral("key"), QStringLiteral("reveal"), keptIds.at(1), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), secrets.at(2));
        allStderr += r.err;
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                    QStringLiteral("--action"), QStringLiteral("key.reveal")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);

        // A key issued without --keep cannot be revealed.
        r = cli.ws({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("list"),
                    QStringLiteral("--text"), QStringLiteral("key-1")});
        const QString unkept =
            QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QStringLiteral("id")).toString();
        r = cli.ws({QStringLiteral("key"), QStringLiteral("reveal"), unkept, QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("without a copy"));

        // Zero hits for any secret (or its body) in the workspace, -wal, -shm, settings and stderr.
        for (const QByteArray& secret : std::as_const(secrets)) {
            QVERIFY(secret.size() > 40);
            const QByteArray body = secret.mid(secret.lastIndexOf('_') + 1, 30);
            QCOMPARE(filesContaining(cli.dir(), secret), QStringList());
            QCOMPARE(filesContaining(cli.dir(), body), QStringList());
            QVERIFY(!allStderr.contains(secret));
            QVERIFY(!allStderr.contains(body));
        }
        QVERIFY(QFile::exists(cli.workspace()));
    }

    void unreachableKeychainIssuesNothing()
    {
        CliRunner cli;
        QCOMPARE(cli.ws({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("chat-api"),
                         QStringLiteral("--prefix"), QStringLiteral("chat")})
                     .code,
                 0);
        const QByteArray before = snapshot(cli.workspace());
        cli.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                 QStringLiteral("unix:path=/nonexistent/keyward-test-bus"));
        const CliResult r = cli.ws(issueArgs(QStringLiteral("x")) << QStringLiteral("--keep"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        QVERIFY(r.err.contains("No key was issued"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(snapshot(cli.workspace()), before);
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
