// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kw::test {

CliRunner::CliRunner()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    const QString root = m_dir.path();
    m_env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    m_env.insert(QStringLiteral("KEYWARD_ACTOR"), QStringLiteral("tester"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

QString CliRunner::settingsFile() const
{
    return m_dir.path() + QStringLiteral("/config/keyward/keyward.conf");
}

CliResult CliRunner::run(const QStringList& args, const QByteArray& stdinData,
                         const QStringList& launcher) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    if (launcher.isEmpty()) {
        p.start(QStringLiteral(KEYWARD_BINARY), args);
    } else {
        p.start(launcher.constFirst(), launcher.mid(1) + QStringList{QStringLiteral(KEYWARD_BINARY)} + args);
    }
    p.waitForStarted();
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
    }
    p.closeWriteChannel();
    p.waitForFinished(60000);
    CliResult r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

CliResult CliRunner::ws(QStringList args, const QByteArray& stdinData) const
{
    args.prepend(workspace());
    args.prepend(QStringLiteral("--workspace"));
    return run(args, stdinData);
}

QByteArray snapshot(const QString& workspacePath)
{
    const QString name = QStringLiteral("snapshot-") + workspacePath;
    QByteArray out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workspacePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery tables(
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), db);
            QStringList names;
            while (tables.next()) {
                names.append(tables.value(0).toString());
            }
            for (const QString& table : names) {
                QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table), db);
                out += table.toUtf8() + '\n';
                while (rows.next()) {
                    for (int i = 0; i < rows.record().count(); ++i) {
                        out += rows.value(i).toString().toUtf8() + '|';
                    }
                    out += '\n';
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            hits.append(path);
        }
    }
    return hits;
}

} // namespace kw::test
