// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "store/SqliteStatement.h"

#include <QByteArrayView>
#include <QString>
#include <QVariantList>

namespace kw {

class Workspace;

// A forward-only read straight on SQLite's C API, for scans of 100,000 rows and more: QSqlQuery
// turns every cell into a QVariant (and UTF-16 through SQLite), which costs more than the read.
// Same connection, same transaction, as the workspace's QSqlDatabase.
class Cursor final
{
    Q_DISABLE_COPY_MOVE(Cursor)

public:
    Cursor(Workspace& ws, const QString& sql, const QVariantList& binds = {});
    ~Cursor();

    // The preparation's outcome; a failed cursor never yields a row.
    Result<void> status() const;
    // Advances; false at the end or on an error (then status() says which).
    bool next();

    QString text(int column) const;
    // The cell's UTF-8 without a copy; valid until the next call to next().
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    bool isEmptyText(int column) const;
    // True when the cell's UTF-8 is exactly this ASCII text, without making a QString.
    bool textEquals(int column, const char* ascii) const;

private:
    SqliteStatement m_stmt;
    QString m_error;
};

} // namespace kw
