// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteStatement.h"

#include "core/Tr.h"
#include "store/Workspace.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace kw {

sqlite3* SqliteStatement::connection(Workspace& ws)
{
    const QVariant handle = ws.db().driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.data())
               : nullptr;
}

SqliteStatement::SqliteStatement(sqlite3* db, QByteArrayView sql, bool persistent)
    : m_db(db)
{
    if (!db) {
        m_error = tr("The workspace has no SQLite connection.");
        return;
    }
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), persistent ? SQLITE_PREPARE_PERSISTENT : 0,
                           &m_stmt, nullptr) != SQLITE_OK) {
        m_error = lastError();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value)
{
    return bindUtf8(index, value.toUtf8());
}

SqliteStatement& SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // A null pointer would bind SQL NULL: empty text stays empty text.
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<void> SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        return makeError(ErrorCode::Storage, tr("Workspace error: %1").arg(lastError()));
    }
    return {};
}

bool SqliteStatement::step()
{
    if (!m_stmt || !m_stepError.isEmpty()) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_stepError = lastError();
    }
    return false;
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    // Text first, then its length: the order SQLite documents for a pointer that stays valid.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatement::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

} // namespace kw
