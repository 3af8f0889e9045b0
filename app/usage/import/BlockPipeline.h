// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "usage/import/ChunkParser.h"

#include <QByteArray>
#include <QString>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <vector>

class QThreadPool;

namespace kw {

class ContentSource;
struct ContentBlock;

// A parsed block: its counts and its last bytes (for usage_files.tail_hash); its buffer is free.
struct ParsedBlock
{
    ChunkResult chunk;
    QByteArray tail;
    qint64 end = 0; // content offset after the block
    qsizetype size = 0;
};

// A content source's blocks, read and parsed ahead of the commits on a thread pool and handed out
// in file order. A parsing task reads the next block itself when it has parsed one: when the
// committing thread handed them out, the parsing threads ran dry whenever it was committing (a
// commit takes as long as parsing a block or two). A gzip source is read by the caller's thread
// only, which inflates while the pool parses.
class BlockPipeline final
{
public:
    struct Setup
    {
        const ParseSetup& first; // for the block at offset 0
        const ParseSetup& rest;  // for the others (a CSV header is fed to every block but the first)
        std::size_t ahead = 1;   // blocks read and not parsed yet (each holds a buffer)
        qsizetype tailBytes = 0; // kept of each block's end
    };

    // `source`, `pool` and the setups must outlive the pipeline.
    BlockPipeline(ContentSource& source, QThreadPool& pool, Setup setup);
    ~BlockPipeline(); // waits for the blocks started
    Q_DISABLE_COPY_MOVE(BlockPipeline)

    // The next block in file order; nullopt after the last one, after a read error of the source
    // (sourceError()) and after stop().
    std::optional<Result<ParsedBlock>> next();
    // No more blocks are read; those started finish, unclaimed.
    void stop();
    // A committed block's rows, whose memory a later block's rows reuse (parseChunk()).
    void recycle(std::vector<ChunkResult::MinuteRow>&& rows);
    QString sourceError() const;
    qint64 diskPosition() const; // the source's, read safely while tasks read blocks

private:
    void feed(); // with m_mutex held
    void start(ContentBlock block);
    Result<ParsedBlock> parse(const ContentBlock& block, const ParseSetup& setup);

    mutable std::mutex m_mutex;
    ContentSource& m_source; // read with m_mutex held
    QThreadPool& m_pool;
    const Setup m_setup;
    std::deque<std::future<Result<ParsedBlock>>> m_results;
    std::size_t m_unparsed = 0;
    bool m_done = false;
    std::vector<std::vector<ChunkResult::MinuteRow>> m_spareRows;
    QString m_sourceError;
};

} // namespace kw
