// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Workspace.h"

#include "core/AppInfo.h"
#include "core/Tr.h"
#include "store/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <optional>

namespace kw {

namespace {

QString nextConnectionName()
{
    // Qt's connection names are process-wide, and keyward-remote.so has its own copy of this code
    // (and of the counter): the counter's address keeps the two copies' names apart.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("keyward-workspace-%1-%2")
        .arg(quintptr(&counter), 0, 16)
        .arg(counter.fetchAndAddRelaxed(1));
}

// What SQLite's "database is locked" or "attempt to write a readonly database" means for the
// person at the keyboard, and what to do; nullopt for any other error.
std::optional<Error> accessProblem(const QString& path, const QSqlError& error)
{
    const QString where = QDir::toNativeSeparators(path);
    const int code = error.nativeErrorCode().toInt() & 0xff; // the primary code of an extended one
    constexpr int Busy = 5, Locked = 6, ReadOnly = 8, CantOpen = 14;
    if (code == Busy || code == Locked) {
        return makeError(ErrorCode::External,
                         tr("The workspace %1 is in use by another program (the Keyward console or "
                            "another keyward command is writing to it). Wait for it to finish, or close "
                            "it, then try again; nothing was changed.")
                             .arg(where));
    }
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const bool readOnly = (file.exists() && !file.isWritable()) || !folder.isWritable();
    if (code == ReadOnly || (code == CantOpen && readOnly)) {
        return makeError(ErrorCode::Storage,
                         tr("The workspace %1 is read-only: Keyward needs to write the file and, for its "
                            "journal, its folder. Make both writable for your user, or copy the file to a "
                            "writable folder and use --workspace; nothing was changed.")
                             .arg(where));
    }
    return std::nullopt;
}

// Refuses what is certainly not SQLite before the driver gets a chance to write to it.
Result<void> checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Storage,
            tr("Cannot read the workspace %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() == 0) {
        return {};
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic) {
        return makeError(ErrorCode::Storage,
                         tr("%1 is not a Keyward workspace: it is not an SQLite database. "
                            "The file was left untouched.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace

Workspace::Workspace(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection))
{}

Workspace::~Workspace()
{
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Workspace::defaultPath()
{
    return defaultWorkspacePath();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists) {
        if (!info.isFile()) {
            return makeError(ErrorCode::Storage, tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
        }
        if (mode == OpenMode::OpenExisting && info.size() == 0) {
            // SQLite would take an empty file for a new database and make it one: a read would
            // then report a brand-new, empty workspace as intact.
            return makeError(ErrorCode::NotFound,
                             tr("%1 is empty (0 bytes): it is not a workspace, and this command does not "
                                "create one. Check --workspace; `keyward project create` starts a new one.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        if (Result<void> r = checkHeader(path); !r) {
            return r.error();
        }
    } else if (mode == OpenMode::OpenExisting) {
        return makeError(ErrorCode::NotFound,
                         tr("No workspace at %1: the file does not exist, and this command does not create "
                            "one. Check --workspace; `keyward project create` starts a new one.")
                             .arg(QDir::toNativeSeparators(path)));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(
            ErrorCode::Storage,
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), nextConnectionName()));
    ws->m_db.setDatabaseName(ws->m_path);
    ws->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!ws->m_db.open()) {
        if (std::optional<Error> plain = accessProblem(ws->m_path, ws->m_db.lastError())) {
            return *plain;
        }
        return makeError(ErrorCode::Storage,
                         tr("Cannot open the workspace %1: %2")
                             .arg(QDir::toNativeSeparators(path), ws->m_db.lastError().text()));
    }
    if (Result<void> r = ws->configure(!exists); !r) {
        return r.error();
    }
    return ws;
}

Result<void> Workspace::configure(bool isNew)
{
    const QString where = QDir::toNativeSeparators(m_path);
    // Read-only probes first: a damaged or foreign file must not be modified.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                   " (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_master)")) ||
        !probe.next()) {
        if (std::optional<Error> plain = accessProblem(m_path, probe.lastError())) {
            return *plain;
        }
        return makeError(ErrorCode::Storage,
                         tr("%1 is damaged or not a workspace (%2). The file was left untouched.")
                             .arg(where, probe.lastError().databaseText()));
    }
    const int appId = probe.value(0).toInt();
    const int version = probe.value(1).toInt();
    const int objects = probe.value(2).toInt();
    probe.finish();
    const bool empty = appId == 0 && version == 0 && objects == 0;
    if (!empty && appId != WorkspaceApplicationId) {
        return makeError(
            ErrorCode::Storage,
            tr("%1 is an SQLite database but not a Keyward workspace. The file was left untouched.")
                .arg(where));
    }
    if (version > latestSchemaVersion()) {
        return makeError(
            ErrorCode::Storage,
            tr("%1 was written by a newer Keyward (workspace schema %2; this version reads up to %3). "
               "Update Keyward to open it; the file was left untouched.")
                .arg(where, QString::number(version), QString::number(latestSchemaVersion())));
    }
    Q_UNUSED(isNew)
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"),
                              QStringLiteral("PRAGMA foreign_keys=ON"),
                              QStringLiteral("PRAGMA synchronous=NORMAL")};
    for (const QString& pragma : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma)) {
            if (std::optional<Error> plain = accessProblem(m_path, q.lastError())) {
                return *plain;
            }
            return makeError(ErrorCode::Storage,
                             tr("Cannot configure the workspace %1: %2").arg(where, q.lastError().text()));
        }
    }
    return migrate(version);
}

Result<void> Workspace::migrate(int from)
{
    for (const Migration& m : migrations()) {
        if (m.version <= from) {
            continue;
        }
        Result<void> r = transaction([&]() -> Result<void> {
            for (const QString& sql : m.statements) {
                if (Result<QSqlQuery> q = exec(sql); !q) {
                    return q.error();
                }
            }
            if (m.after) {
                if (Result<void> done = m.after(*this); !done) {
                    return done;
                }
            }
            if (Result<QSqlQuery> q = exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)); !q) {
                return q.error();
            }
            if (Result<QSqlQuery> q =
                    exec(QStringLiteral("PRAGMA application_id=%1").arg(WorkspaceApplicationId));
                !q) {
                return q.error();
            }
            return {};
        });
        if (!r) {
            if (r.error().code == ErrorCode::External) {
                return r.error(); // in use by another program: nothing about the upgrade itself
            }
            return makeError(
                ErrorCode::Storage,
                tr("Cannot upgrade the workspace to schema %1: %2").arg(m.version).arg(r.error().message));
        }
    }
    return {};
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

Result<void> Workspace::transaction(const std::function<Result<void>()>& body)
{
    if (m_inTransaction) {
        return body(); // nested: the outer transaction commits or rolls back
    }
    if (Result<QSqlQuery> begin = exec(QStringLiteral("BEGIN IMMEDIATE")); !begin) {
        return begin.error();
    }
    m_inTransaction = true;
    Result<void> result = body();
    m_inTransaction = false;
    if (result) {
        if (Result<QSqlQuery> commit = exec(QStringLiteral("COMMIT")); commit) {
            return {};
        } else {
            result = commit.error();
        }
    }
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    return result;
}

namespace {

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        // Qt binds a null QString as SQL NULL, and every text column of the schema is NOT NULL:
        // a field never set (QString()) is stored as ''. SQL NULL is asked for with QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull()) {
            q.bindValue(int(i), QStringLiteral(""));
        } else {
            q.bindValue(int(i), v);
        }
    }
}

Error execError(const QString& path, const QSqlQuery& q)
{
    if (std::optional<Error> plain = accessProblem(path, q.lastError())) {
        return *plain;
    }
    const QString text = q.lastError().text();
    const bool unique = text.contains(QLatin1String("UNIQUE constraint failed"));
    return makeError(unique ? ErrorCode::Conflict : ErrorCode::Storage, tr("Workspace error: %1").arg(text));
}

} // namespace

Result<QSqlQuery> Workspace::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return makeError(ErrorCode::Storage, tr("Workspace error: %1").arg(q.lastError().text()));
    }
    bindAll(q, binds);
    if (!q.exec()) {
        return execError(m_path, q);
    }
    return q;
}

Result<void> Workspace::write(const QString& sql, const QVariantList& binds)
{
    std::unique_ptr<QSqlQuery>& q = m_prepared[sql];
    if (!q) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql)) {
            return makeError(ErrorCode::Storage, tr("Workspace error: %1").arg(prepared->lastError().text()));
        }
        q = std::move(prepared);
    }
    bindAll(*q, binds);
    const bool ok = q->exec();
    q->finish();
    if (!ok) {
        return execError(m_path, *q);
    }
    return {};
}

QString Workspace::setting(const QString& name, const QString& fallback)
{
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT value FROM settings WHERE name = ?"), {name});
    if (q && q->next()) {
        return q->value(0).toString();
    }
    return fallback;
}

Result<void> Workspace::setSetting(const QString& name, const QString& value)
{
    Result<QSqlQuery> q = exec(QStringLiteral("INSERT INTO settings(name, value) VALUES(?, ?)"
                                              " ON CONFLICT(name) DO UPDATE SET value = excluded.value"),
                               {name, value});
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace kw
