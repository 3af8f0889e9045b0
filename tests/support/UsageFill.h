// SPDX-License-Identifier: GPL-3.0-or-later
// Writes usage rows straight into a real workspace with SQL, for tests of the read side that must
// not depend on the import engine's choices (what the import writes is tested with the import).
#pragma once

#include "core/Time.h"
#include "store/Workspace.h"
#include "usage/Outcome.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>

namespace kw::test {

class UsageFill
{
public:
    UsageFill(Workspace& ws, QString projectId)
        : m_ws(ws)
        , m_project(std::move(projectId))
    {}

    // Adds n requests of this outcome for the key ('' = unknown) in the given minute (the
    // usage_minutes view's insert trigger adds to an existing count).
    bool add(const QString& keyId, qint64 minute, Outcome outcome, qint64 n)
    {
        return m_ws
            .exec(QStringLiteral("INSERT INTO usage_minutes (project_id, key_id, minute, outcome, count)"
                                 " VALUES (?, ?, ?, ?, ?)"),
                  {m_project, keyId, minute, int(outcome), n})
            .ok();
    }

    // One imported file whose records span [first, last]; returns its id, 0 on failure.
    qint64 file(const QString& path, const QDateTime& first, const QDateTime& last, qint64 lines = 10)
    {
        auto r = m_ws.exec(
            QStringLiteral("INSERT INTO usage_files (project_id, path, format, head_length,"
                           " head_hash, tail_hash, offset, lines, imported, first_at, last_at,"
                           " imported_at, imported_by) VALUES (?, ?, 'combined', 0, ?, '', ?,"
                           " ?, ?, ?, ?, ?, 'test')"),
            {m_project, path, path, lines * 100, lines, lines, toMs(first), toMs(last), toMs(last)});
        return r ? r->lastInsertId().toLongLong() : 0;
    }

    bool finding(qint64 fileId, const QString& kind, qint64 line, const QDateTime& at, const QString& keyId,
                 qint64 count = 1)
    {
        return m_ws
            .exec(QStringLiteral(
                      "INSERT INTO usage_findings (project_id, file_id, kind, line, at, key_id, count)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {m_project, fileId, kind, line, toMs(at), keyId, count})
            .ok();
    }

private:
    Workspace& m_ws;
    QString m_project;
};

} // namespace kw::test
