// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Cursor.h"

#include "core/Tr.h"
#include "store/Workspace.h"

namespace kw {

Cursor::Cursor(Workspace& ws, const QString& sql, const QVariantList& binds)
    : m_stmt(SqliteStatement::connection(ws), sql.toUtf8(), false)
{
    m_error = m_stmt.error();
    if (!m_error.isEmpty()) {
        return;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        if (v.typeId() == QMetaType::QString) {
            m_stmt.bind(i + 1, v.toString());
        } else if (v.isNull()) {
            m_stmt.bindNull(i + 1);
        } else {
            m_stmt.bind(i + 1, v.toLongLong());
        }
    }
}

Cursor::~Cursor() = default;

Result<void> Cursor::status() const
{
    const QString& error = m_error.isEmpty() ? m_stmt.stepError() : m_error;
    if (!error.isEmpty()) {
        return makeError(ErrorCode::Storage, tr("Workspace error: %1").arg(error));
    }
    return {};
}

bool Cursor::next()
{
    return m_error.isEmpty() && m_stmt.step();
}

QString Cursor::text(int column) const
{
    const QByteArrayView v = m_stmt.utf8(column);
    return QString::fromUtf8(v.data(), v.size());
}

QByteArrayView Cursor::utf8(int column) const
{
    return m_stmt.utf8(column);
}

qint64 Cursor::integer(int column) const
{
    return m_stmt.integer(column);
}

bool Cursor::isEmptyText(int column) const
{
    return m_stmt.utf8(column).isEmpty();
}

bool Cursor::textEquals(int column, const char* ascii) const
{
    const QByteArrayView v = m_stmt.utf8(column);
    return v.data() && v == QByteArrayView(ascii);
}

} // namespace kw
