// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace kw {

class Workspace;

// One prepared statement straight on SQLite's C API, on the workspace's own connection (same
// transaction as its QSqlDatabase). For the hot paths — a chunk of thousands of usage upserts, a
// scan of a million audit events — where QSqlQuery's QVariant per cell costs more than SQLite.
// Cells are read as views of SQLite's own UTF-8, valid until the next step or reset.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    // The workspace's connection handle, or null when its driver is not SQLite.
    static sqlite3* connection(Workspace& ws);

    // persistent: the statement is kept and run many times (SQLite plans its memory for that).
    SqliteStatement(sqlite3* db, QByteArrayView sql, bool persistent = true);
    ~SqliteStatement();

    // The preparation's error; empty when the statement is ready.
    const QString& error() const { return m_error; }
    bool isValid() const { return m_stmt != nullptr; }

    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bindUtf8(int index, QByteArrayView utf8);
    SqliteStatement& bindNull(int index);

    // Runs a statement that returns no rows, then resets it for the next binds.
    Result<void> run();
    // Advances a query: true on a row; false at the end or on an error (then stepError() says).
    bool step();
    const QString& stepError() const { return m_stepError; }

    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    qint64 lastInsertId() const;
    // SQLite's latest message for this connection.
    QString lastError() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    QString m_stepError;
};

} // namespace kw
