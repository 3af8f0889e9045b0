// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/UsageWriter.h"

#include "core/Tr.h"
#include "store/SqliteStatement.h"
#include "store/Workspace.h"
#include "usage/UsageHours.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <charconv>
#include <iterator>
#include <numeric>
#include <sqlite3.h>
#include <string>

namespace kw {

namespace {

// The usage_hours upsert (schema 6): (slot, hour, valid … forbidden, minutes), the totals summed
// into an existing (slot, hour) and the minutes appended to its own.
QByteArray hoursUpsert()
{
    QString columns;
    QString values;
    QString sums;
    for (int o = 0; o < OutcomeCount; ++o) {
        const QString name = outcomeName(Outcome(o)).toString();
        columns += u", " + name;
        values += u", ?" + QString::number(o + 3);
        sums += name + u" = " + name + u" + excluded." + name + u", ";
    }
    return (u"INSERT INTO usage_hours (id, slot, hour" + columns + u", minutes) VALUES (?10, ?1, ?2" +
            values + u", ?9) ON CONFLICT (id) DO UPDATE SET " + sums +
            u"minutes = CASE minutes WHEN '' THEN excluded.minutes ELSE minutes || ',' || excluded.minutes "
            u"END")
        .toUtf8();
}

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
        " imported, anonymous, rejected, first_at, last_at, imported_at, imported_by, prefix_hashes)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    m_updateFile = std::make_unique<Statement>(
        db,
        "UPDATE usage_files SET project_id = ?1, path = ?2, format = ?3, head_length = ?4, head_hash = ?5,"
        " tail_hash = ?6, offset = ?7, lines = ?8, imported = ?9, anonymous = ?10, rejected = ?11,"
        " first_at = ?12, last_at = ?13, imported_at = ?14, imported_by = ?15, prefix_hashes = ?16"
        " WHERE id = ?17");
    m_hours = std::make_unique<Statement>(db, hoursUpsert());
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
    for (const auto* s : {&m_insertFile, &m_updateFile, &m_hours, &m_rejection, &m_finding, &m_lastUsed}) {
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
    if (m_row.projectId != m_slotsProject) {
        m_slots.clear();
        m_slotsProject = m_row.projectId;
    }
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

Result<void> UsageWriter::commit(std::span<const ChunkResult> chunks, qint64 endOffset,
                                 const QString& tailHash)
{
    // What a rollback must restore: the row's counts and the samples of the lines before.
    const UsageFileRow before = m_row;
    const QHash<int, QStringList> samplesByReasonBefore = m_samplesByReason;
    const QStringList samplesBefore = m_samples;
    Result<void> done = m_ws.transaction([&]() -> Result<void> {
        if (m_row.id == 0) { // a new file's row first: the chunks' rejections and findings refer to it
            if (Result<void> r = writeRow(); !r) {
                return r;
            }
        }
        Totals totals;
        if (!chunks.empty()) {
            if (Result<void> r = writeCounts(chunks); !r) {
                return r;
            }
        }
        for (const ChunkResult& chunk : chunks) {
            if (Result<void> r = writeChunk(chunk, totals); !r) {
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
        }
        if (Result<void> r = writeTotals(totals, chunks.empty() ? QStringList() : chunks.front().keyIds);
            !r) {
            return r;
        }
        m_row.offset = endOffset;
        m_row.tailHash = tailHash;
        return writeRow(); // the row's counts now include these chunks, in the same transaction
    });
    if (!done) {
        m_row = before; // rolled back: the next commit must not count these chunks
        m_samplesByReason = samplesByReasonBefore;
        m_samples = samplesBefore;
        m_slots.clear();
    }
    return done;
}

Result<void> UsageWriter::forget()
{
    if (m_row.id == 0) {
        return {};
    }
    Result<void> done = m_ws.transaction([&]() -> Result<void> {
        for (const QString& sql : {QStringLiteral("DELETE FROM usage_rejections WHERE file_id = ?"),
                                   QStringLiteral("DELETE FROM usage_findings WHERE file_id = ?"),
                                   QStringLiteral("DELETE FROM usage_files WHERE id = ?")}) {
            if (Result<QSqlQuery> q = m_ws.exec(sql, {m_row.id}); !q) {
                return q.error();
            }
        }
        return {};
    });
    if (done) {
        m_row.id = 0;
    }
    return done;
}

Result<void> UsageWriter::writeRow()
{
    Statement& s = m_row.id == 0 ? *m_insertFile : *m_updateFile;
    s.bind(1, m_row.projectId).bind(2, m_row.path).bind(3, m_row.format).bind(4, m_row.headLength);
    s.bind(5, m_row.headHash).bind(6, m_row.tailHash).bind(7, m_row.offset).bind(8, m_row.lines);
    s.bind(9, m_row.imported).bind(10, m_row.anonymous).bind(11, m_row.rejected).bind(12, m_row.firstAt);
    s.bind(13, m_row.lastAt)
        .bind(14, m_row.importedAt)
        .bind(15, m_row.importedBy)
        .bind(16, m_row.prefixHashes);
    if (m_row.id != 0) {
        s.bind(17, m_row.id);
    }
    if (Result<void> r = s.run(); !r) {
        return r;
    }
    if (m_row.id == 0) {
        m_row.id = s.lastInsertId();
    }
    return {};
}

Result<qint64> UsageWriter::slotOf(const QString& keyId)
{
    if (const auto it = m_slots.constFind(keyId); it != m_slots.constEnd()) {
        return *it;
    }
    // Once per key and import: QSqlQuery is fine here.
    Result<QSqlQuery> found =
        m_ws.exec(QStringLiteral("SELECT id FROM usage_slots WHERE project_id = ? AND key_id = ?"),
                  {m_row.projectId, keyId});
    if (!found) {
        return found.error();
    }
    qint64 slot = 0;
    if (found->next()) {
        slot = found->value(0).toLongLong();
    } else {
        Result<QSqlQuery> added =
            m_ws.exec(QStringLiteral("INSERT INTO usage_slots (project_id, key_id) VALUES (?, ?)"),
                      {m_row.projectId, keyId});
        if (!added) {
            return added.error();
        }
        slot = added->lastInsertId().toLongLong();
    }
    m_slots.insert(keyId, slot);
    return slot;
}

// The minutes of all of a transaction's chunks, one usage_hours row per (slot, hour): an hour that
// several blocks share is written once. Within an hour, entries keep the chunks' order; a minute
// split between two blocks is written twice, and readers add its entries up.
Result<void> UsageWriter::writeCounts(std::span<const ChunkResult> chunks)
{
    // The rows become (slot, hour) groups in the table's key order (its rowid: slot, then hour).
    // Rows of a slot come in file order, and a log in time order has their hours in order already,
    // so a counting sort by slot does what a stable sort by (slot, hour) did without comparing;
    // a slot's run is sorted by hour only when its log went back in time.
    const std::size_t keySlots = std::size_t(chunks.front().keyIds.size());
    std::vector<qint64> slots(keySlots, 0);
    std::vector<std::size_t> rowsOf(keySlots, 0);
    for (const ChunkResult& chunk : chunks) {
        for (const ChunkResult::MinuteRow& row : chunk.minutes) {
            qint64& slot = slots[std::size_t(row.keySlot)];
            if (slot == 0) {
                Result<qint64> found = slotOf(chunk.keyIds.at(row.keySlot));
                if (!found) {
                    return found.error();
                }
                slot = *found;
            }
            ++rowsOf[std::size_t(row.keySlot)];
        }
    }
    std::vector<std::size_t> byStoredSlot(keySlots); // key slots in the order of their stored ids
    std::iota(byStoredSlot.begin(), byStoredSlot.end(), std::size_t(0));
    std::sort(byStoredSlot.begin(), byStoredSlot.end(),
              [&slots](std::size_t a, std::size_t b) { return slots[a] < slots[b]; });
    std::vector<std::size_t> next(keySlots, 0); // where each key slot's next row goes
    std::size_t at = 0;
    for (const std::size_t keySlot : byStoredSlot) {
        next[keySlot] = at;
        at += rowsOf[keySlot];
    }
    std::vector<CountEntry>& entries = m_entries;
    entries.resize(at);
    for (const ChunkResult& chunk : chunks) {
        for (const ChunkResult::MinuteRow& row : chunk.minutes) {
            const auto keySlot = std::size_t(row.keySlot);
            entries[next[keySlot]++] = {slots[keySlot], hourOfMinute(row.minute), row};
        }
    }
    const auto byHour = [](const CountEntry& a, const CountEntry& b) {
        return a.hour < b.hour;
    };
    for (std::size_t i = 0; i < entries.size();) {
        std::size_t end = i;
        while (end < entries.size() && entries[end].slot == entries[i].slot) {
            ++end;
        }
        if (!std::is_sorted(entries.begin() + qsizetype(i), entries.begin() + qsizetype(end), byHour)) {
            std::stable_sort(entries.begin() + qsizetype(i), entries.begin() + qsizetype(end), byHour);
        }
        i = end;
    }
    std::string& minutes = m_minutes;
    for (std::size_t i = 0; i < entries.size();) {
        const qint64 slot = entries[i].slot;
        const qint64 hour = entries[i].hour;
        std::array<qint64, OutcomeCount> totals{};
        minutes.clear();
        for (; i < entries.size() && entries[i].slot == slot && entries[i].hour == hour; ++i) {
            // "[m,c0,…,c5]": at most 2 + 7 × 20 digits and separators.
            char text[160];
            char* p = text;
            if (!minutes.empty()) {
                *p++ = ',';
            }
            *p++ = '[';
            p = std::to_chars(p, std::end(text), entries[i].row.minute - hour * 60).ptr;
            for (int o = 0; o < OutcomeCount; ++o) {
                const qint64 n = entries[i].row.counts[std::size_t(o)];
                totals[std::size_t(o)] += n;
                *p++ = ',';
                p = std::to_chars(p, std::end(text), n).ptr;
            }
            *p++ = ']';
            minutes.append(text, std::size_t(p - text));
        }
        m_hours->bind(1, slot).bind(2, hour);
        for (int o = 0; o < OutcomeCount; ++o) {
            m_hours->bind(3 + o, totals[std::size_t(o)]);
        }
        m_hours->bindUtf8(9, QByteArrayView(minutes.data(), qsizetype(minutes.size())));
        m_hours->bind(10, usageHourRowId(slot, hour));
        if (Result<void> r = m_hours->run(); !r) {
            return r;
        }
    }
    return {};
}

Result<void> UsageWriter::writeChunk(const ChunkResult& chunk, Totals& totals)
{
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
    for (const auto& [where, cell] : chunk.findings) {
        m_finding->bind(1, m_row.projectId).bind(2, m_row.id).bind(3, findingName(where.first).toString());
        m_finding->bind(4, m_row.lines + cell.firstLine)
            .bind(5, cell.at)
            .bind(6, chunk.keyIds.at(where.second));
        if (Result<void> r = m_finding->bind(7, cell.count).run(); !r) {
            return r;
        }
    }
    for (int r = 0; r < RejectReasonCount; ++r) {
        totals.rejectedBy[std::size_t(r)] += chunk.rejectedBy[std::size_t(r)];
    }
    totals.lastValidAt.resize(std::max(totals.lastValidAt.size(), chunk.lastValidAt.size()), 0);
    for (std::size_t slot = 0; slot < chunk.lastValidAt.size(); ++slot) {
        totals.lastValidAt[slot] = std::max(totals.lastValidAt[slot], chunk.lastValidAt[slot]);
    }
    return {};
}

Result<void> UsageWriter::writeTotals(const Totals& totals, const QStringList& keyIds)
{
    for (int r = 0; r < RejectReasonCount; ++r) {
        const qint64 count = totals.rejectedBy[static_cast<std::size_t>(r)];
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
    for (qsizetype slot = 1; slot < keyIds.size(); ++slot) {
        const qint64 at = totals.lastValidAt[static_cast<std::size_t>(slot)];
        if (at == 0) {
            continue;
        }
        if (Result<void> r = m_lastUsed->bind(1, at).bind(2, keyIds.at(slot)).bind(3, m_row.projectId).run();
            !r) {
            return r;
        }
    }
    return {};
}

} // namespace kw
