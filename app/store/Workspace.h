// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace kw {

// One SQLite workspace file (docs/workspace.md). One instance per thread: QSqlDatabase connections
// must not cross threads, so a background job opens its own.
class Workspace final
{
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    enum class OpenMode
    {
        OpenOrCreate,
        OpenExisting
    };

    static Result<std::unique_ptr<Workspace>> open(const QString& path,
                                                   OpenMode mode = OpenMode::OpenOrCreate);
    static QString defaultPath();
    ~Workspace();

    QString path() const { return m_path; }
    QSqlDatabase& db() { return m_db; }
    int schemaVersion() const;

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; any error rolls everything back.
    Result<void> transaction(const std::function<Result<void>()>& body);
    bool inTransaction() const { return m_inTransaction; }

    // Prepares and runs one statement with positional bindings; a UNIQUE violation is a Conflict.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {});
    // Like exec for a statement that returns no rows (INSERT, UPDATE), prepared once per
    // connection and reused: bulk writes (a registry pull) spend most of their time preparing.
    Result<void> write(const QString& sql, const QVariantList& binds);

    QString setting(const QString& name, const QString& fallback = {});
    Result<void> setSetting(const QString& name, const QString& value);

private:
    Workspace(QString path, QString connection);
    Result<void> configure(bool isNew);
    Result<void> migrate(int from);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace kw
