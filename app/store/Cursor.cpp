// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Cursor.h"

#include "core/Tr.h"
#include "store/Workspace.h"

#include <QSqlDriver>
#include <cstring>
#include <sqlite3.h>

namespace kw {

Cursor::Cursor(Workspace& ws, const QString& sql, const QVariantList& binds)
{
    const QVariant handle = ws.db().driver()->handle();
    sqlite3* db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3* const*>(handle.data())
                      : nullptr;
    if (!db) {
        m_error = tr("The workspace has no SQLite connection.");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        int rc = SQLITE_OK;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, i + 1);
        } else {
            rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            return;
        }
    }
}

Cursor::~Cursor()
{
    sqlite3_finalize(m_stmt);
}

Result<void> Cursor::status() const
{
    if (!m_error.isEmpty()) {
        return makeError(ErrorCode::Storage, tr("Workspace error: %1").arg(m_error));
    }
    return {};
}

bool Cursor::next()
{
    if (!m_stmt || !m_error.isEmpty()) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    }
    return false;
}

QString Cursor::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Cursor::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Cursor::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Cursor::isEmptyText(int column) const
{
    return sqlite3_column_bytes(m_stmt, column) == 0;
}

bool Cursor::textEquals(int column, const char* ascii) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const std::size_t n = std::strlen(ascii);
    return data && std::size_t(sqlite3_column_bytes(m_stmt, column)) == n && std::memcmp(data, ascii, n) == 0;
}

} // namespace kw
