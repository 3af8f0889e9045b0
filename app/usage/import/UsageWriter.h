// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "usage/import/ChunkParser.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace kw {

class SqliteStatement;
class Workspace;

// A usage_files row as the import keeps it in memory; written whole with every chunk.
struct UsageFileRow
{
    qint64 id = 0; // 0 until the first chunk is committed
    QString projectId;
    QString path;
    QString format;
    qint64 headLength = 0;
    QString headHash;
    QString prefixHashes; // "1024:hex 4096:hex 16384:hex", those shorter than the head
    QString tailHash;
    qint64 offset = 0;
    qint64 lines = 0;
    qint64 imported = 0;
    qint64 anonymous = 0;
    qint64 rejected = 0;
    qint64 firstAt = 0;
    qint64 lastAt = 0;
    qint64 importedAt = 0;
    QString importedBy;
};

// Writes parsed chunks of one file, in file order, a few chunks a transaction: the counts and the
// file's new offset go together, so the workspace is always as before a commit or after it.
// Statements go straight to SQLite (a chunk is thousands of upserts; QSqlQuery's QVariants would
// cost more).
class UsageWriter final
{
    Q_DISABLE_COPY_MOVE(UsageWriter)

public:
    explicit UsageWriter(Workspace& ws);
    ~UsageWriter();
    Result<void> status() const;

    // Starts a file; samples already stored for a resumed file are kept.
    Result<void> begin(UsageFileRow row, const QString& sampleName);
    // Commits consecutive chunks in one transaction; the last ends at content offset `endOffset`,
    // with `tailHash` the hash of the bytes before it. Sample and finding lines are made absolute
    // here.
    Result<void> commit(std::span<const ChunkResult> chunks, qint64 endOffset, const QString& tailHash);

    // Removes the file's row and its rejections, for a file that counted nothing: it is not
    // remembered, so another --format or --map can import it afresh.
    Result<void> forget();

    const UsageFileRow& row() const { return m_row; }
    const QStringList& samples() const { return m_samples; } // over all reasons, first few

private:
    using Statement = SqliteStatement;
    // What a transaction of several chunks writes: their hour rows together, then their samples and
    // findings chunk by chunk (lines are absolute, so each needs the lines before it), then the
    // rejections per reason and each key's last valid use once, summed and maximised over the chunks.
    struct Totals
    {
        std::array<qint64, RejectReasonCount> rejectedBy{};
        std::vector<qint64> lastValidAt; // per key slot of the chunks (they share one KeyIndex)
    };
    Result<void> writeChunk(const ChunkResult& chunk, Totals& totals);
    Result<void> writeTotals(const Totals& totals, const QStringList& keyIds);
    Result<void> writeCounts(std::span<const ChunkResult> chunks);
    Result<qint64> slotOf(const QString& keyId);
    Result<void> writeRow();

    Workspace& m_ws;
    std::unique_ptr<Statement> m_insertFile;
    std::unique_ptr<Statement> m_updateFile;
    std::unique_ptr<Statement> m_hours;
    std::unique_ptr<Statement> m_rejection;
    std::unique_ptr<Statement> m_finding;
    std::unique_ptr<Statement> m_lastUsed;
    UsageFileRow m_row;
    // usage_slots ids of m_row.projectId's keys ('' = unknown) met so far in this import. Forgotten
    // when a chunk's transaction fails, since the slots it inserted are gone with it.
    QHash<QString, qint64> m_slots;
    QString m_slotsProject;
    QString m_sampleName;
    QHash<int, QStringList> m_samplesByReason;
    QStringList m_samples;
    Result<void> m_status;
    // writeCounts()'s grouping of a transaction's rows by (slot, hour), kept from commit to commit:
    // a sparse log has tens of thousands of rows a transaction, and fresh memory for them each
    // time cost a page fault every 4 KiB (see parseChunk()).
    struct CountEntry
    {
        qint64 slot;
        qint64 hour;
        // A copy: read in slot order through pointers, the chunks' rows were a cache miss each.
        ChunkResult::MinuteRow row;
    };
    std::vector<CountEntry> m_entries;
    std::string m_minutes;
};

} // namespace kw
