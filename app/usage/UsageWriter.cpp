// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/UsageWriter.h"

#include "core/Tr.h"
#include "store/SqliteStatement.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <sqlite3.h>

namespace kw {

namespace {

QString samplesJson(const QStringList& samples)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(samples)).toJson(QJsonDocument::Compact));
}

} // namespace

UsageWriter::UsageWriter(Workspace& ws)
    : m_ws(ws)
{
    sqlite3* db = SqliteStatement::connection(ws);
    if (!db) {
        m_status = makeError(ErrorCode::Storage, tr("The workspace has no SQLite connection."));
        return;
    }
    m_insertFile = std::make_unique<Statement>(
        db,
        "INSERT INTO usage_files (project_id, path, format, head_length, head_hash, tail_hash, offset, lines,"
        " imported, anonymous, rejected, first_at, last_at, imported_at, imported_by)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    m_updateFile = std::make_unique<Statement>(
        db,
        "UPDATE usage_files SET project_id = ?1, path = ?2, format = ?3, head_length = ?4, head_hash = ?5,"
        " tail_hash = ?6, offset = ?7, lines = ?8, imported = ?9, anonymous = ?10, rejected = ?11,"
        " first_at = ?12, last_at = ?13, imported_at = ?14, imported_by = ?15 WHERE id = ?16");
    m_minute = std::make_unique<Statement>(
        db,
        "INSERT INTO usage_minutes (project_id, key_id, minute, outcome, count) VALUES (?1, ?2, ?3, ?4, ?5)"
        " ON CONFLICT (project_id, minute, key_id, outcome) DO UPDATE SET count = count + excluded.count");
    m_rejection = std::make_unique<Statement>(
        db, "INSERT INTO usage_rejections (file_id, reason, count, samples) VALUES (?1, ?2, ?3, ?4)"
            " ON CONFLICT (file_id, reason) DO UPDATE SET count = count + excluded.count, samples = "
            "excluded.samples");
    m_finding = std::make_unique<Statement>(
        db, "INSERT INTO usage_findings (project_id, file_id, kind, line, at, key_id, count)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            " ON CONFLICT (file_id, kind, key_id) DO UPDATE SET count = count + excluded.count");
    m_lastUsed = std::make_unique<Statement>(
        db, "UPDATE keys SET last_used_at = ?1 WHERE id = ?2 AND project_id = ?3 AND last_used_at < ?1");
    for (const auto* s : {&m_insertFile, &m_updateFile, &m_minute, &m_rejection, &m_finding, &m_lastUsed}) {
        if (!(*s)->error().isEmpty()) {
            m_status = makeError(ErrorCode::Storage, (*s)->error());
            return;
        }
    }
}

UsageWriter::~UsageWriter() = default;

Result<void> UsageWriter::status() const
{
    return m_status;
}

Result<void> UsageWriter::begin(UsageFileRow row, const QString& sampleName)
{
    m_row = std::move(row);
    m_sampleName = sampleName;
    m_samplesByReason.clear();
    m_samples.clear();
    if (m_row.id == 0) {
        return {};
    }
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral("SELECT reason, samples FROM usage_rejections WHERE file_id = ?"), {m_row.id});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        for (int r = 0; r < RejectReasonCount; ++r) {
            if (rejectReasonName(static_cast<RejectReason>(r)) == q->value(0).toString()) {
                const QJsonArray stored = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array();
                for (const QJsonValue& v : stored) {
                    m_samplesByReason[r].append(v.toString());
                }
            }
        }
    }
    return {};
}

Result<void> UsageWriter::commit(const ChunkResult& chunk, qint64 endOffset, const QString& tailHash)
{
    return m_ws.transaction([&]() -> Result<void> {
        if (m_row.id == 0) { // a new file's row first: the chunk's rejections and findings refer to it
            if (Result<void> r = writeRow(); !r) {
                return r;
            }
        }
        m_row.offset = endOffset;
        m_row.tailHash = tailHash;
        if (Result<void> r = writeChunk(chunk); !r) {
            return r;
        }
        m_row.lines += chunk.lines;
        m_row.imported += chunk.imported;
        m_row.anonymous += chunk.anonymous;
        m_row.rejected += chunk.rejected;
        if (chunk.firstAt != 0) {
            m_row.firstAt = m_row.firstAt == 0 ? chunk.firstAt : qMin(m_row.firstAt, chunk.firstAt);
        }
        m_row.lastAt = qMax(m_row.lastAt, chunk.lastAt);
        return writeRow(); // the row's counts now include this chunk, in the same transaction
    });
}

Result<void> UsageWriter::writeRow()
{
    Statement& s = m_row.id == 0 ? *m_insertFile : *m_updateFile;
    s.bind(1, m_row.projectId).bind(2, m_row.path).bind(3, m_row.format).bind(4, m_row.headLength);
    s.bind(5, m_row.headHash).bind(6, m_row.tailHash).bind(7, m_row.offset).bind(8, m_row.lines);
    s.bind(9, m_row.imported).bind(10, m_row.anonymous).bind(11, m_row.rejected).bind(12, m_row.firstAt);
    s.bind(13, m_row.lastAt).bind(14, m_row.importedAt).bind(15, m_row.importedBy);
    if (m_row.id != 0) {
        s.bind(16, m_row.id);
    }
    if (Result<void> r = s.run(); !r) {
        return r;
    }
    if (m_row.id == 0) {
        m_row.id = s.lastInsertId();
    }
    return {};
}

Result<void> UsageWriter::writeChunk(const ChunkResult& chunk)
{
    const QString& project = m_row.projectId;
    for (const ChunkResult::MinuteRow& row : chunk.minutes) {
        m_minute->bind(1, project).bind(2, chunk.keyIds.at(row.keySlot)).bind(3, row.minute);
        if (Result<void> r = m_minute->bind(4, qint64(row.outcome)).bind(5, row.count).run(); !r) {
            return r;
        }
    }
    // Sample lines become absolute: this chunk starts after the lines already counted.
    for (const auto& [line, reason] : chunk.rejectSamples) {
        QStringList& list = m_samplesByReason[static_cast<int>(reason)];
        const QString sample =
            m_sampleName % u':' % QString::number(m_row.lines + line) % u": " % rejectReasonMessage(reason);
        if (list.size() < RejectTally::MaxSamples) {
            list.append(sample);
        }
        if (m_samples.size() < RejectTally::MaxSamples) {
            m_samples.append(sample);
        }
    }
    for (int r = 0; r < RejectReasonCount; ++r) {
        const qint64 count = chunk.rejectedBy[static_cast<std::size_t>(r)];
        if (count == 0) {
            continue;
        }
        m_rejection->bind(1, m_row.id).bind(2, rejectReasonName(static_cast<RejectReason>(r)).toString());
        if (Result<void> res =
                m_rejection->bind(3, count).bind(4, samplesJson(m_samplesByReason.value(r))).run();
            !res) {
            return res;
        }
    }
    for (const auto& [where, cell] : chunk.findings) {
        m_finding->bind(1, project).bind(2, m_row.id).bind(3, findingName(where.first).toString());
        m_finding->bind(4, m_row.lines + cell.firstLine)
            .bind(5, cell.at)
            .bind(6, chunk.keyIds.at(where.second));
        if (Result<void> r = m_finding->bind(7, cell.count).run(); !r) {
            return r;
        }
    }
    for (qsizetype slot = 1; slot < chunk.keyIds.size(); ++slot) {
        const qint64 at = chunk.lastValidAt[static_cast<std::size_t>(slot)];
        if (at == 0) {
            continue;
        }
        if (Result<void> r = m_lastUsed->bind(1, at).bind(2, chunk.keyIds.at(slot)).bind(3, project).run();
            !r) {
            return r;
        }
    }
    return {};
}

} // namespace kw
