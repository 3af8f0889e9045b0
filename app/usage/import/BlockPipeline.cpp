// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/BlockPipeline.h"

#include "usage/import/ContentSource.h"

#include <QThreadPool>
#include <memory>

namespace kw {

namespace {

// Parsed results wait in memory at most this deep: a stalled commit stops the reading, not the
// other way round.
constexpr std::size_t MaxQueued = 16;

} // namespace

BlockPipeline::BlockPipeline(ContentSource& source, QThreadPool& pool, Setup setup)
    : m_source(source)
    , m_pool(pool)
    , m_setup(setup)
{}

BlockPipeline::~BlockPipeline()
{
    stop();
    // Every task ever started is in m_results: tasks start with the lock held, and not after stop().
    for (auto& result : m_results) {
        result.wait();
    }
}

std::optional<Result<ParsedBlock>> BlockPipeline::next()
{
    std::future<Result<ParsedBlock>> result;
    {
        const std::lock_guard lock(m_mutex);
        feed();
        if (m_results.empty()) {
            return std::nullopt;
        }
        result = std::move(m_results.front());
        m_results.pop_front();
    }
    return result.get();
}

void BlockPipeline::stop()
{
    const std::lock_guard lock(m_mutex);
    m_done = true;
}

void BlockPipeline::recycle(std::vector<ChunkResult::MinuteRow>&& rows)
{
    const std::lock_guard lock(m_mutex);
    // As many as can be in use at once: the parsed blocks queued, and those read ahead.
    if (m_spareRows.size() < MaxQueued + m_setup.ahead) {
        m_spareRows.push_back(std::move(rows));
    }
}

QString BlockPipeline::sourceError() const
{
    const std::lock_guard lock(m_mutex);
    return m_sourceError;
}

qint64 BlockPipeline::diskPosition() const
{
    const std::lock_guard lock(m_mutex);
    return m_source.diskPosition();
}

void BlockPipeline::feed()
{
    while (!m_done && m_unparsed < m_setup.ahead && m_results.size() < MaxQueued) {
        Result<ContentBlock> block = m_source.next();
        if (!block) {
            m_sourceError = block.error().message;
            m_done = true;
        } else if (block->size == 0) {
            m_done = true;
        } else {
            start(std::move(*block));
        }
    }
}

void BlockPipeline::start(ContentBlock block)
{
    const ParseSetup& setup = block.offset == 0 ? m_setup.first : m_setup.rest;
    auto task = std::make_shared<std::packaged_task<Result<ParsedBlock>()>>(
        [this, block = std::move(block), &setup]() mutable -> Result<ParsedBlock> {
            Result<ParsedBlock> parsed = parse(block, setup);
            block.keepAlive.reset(); // the buffer goes back to the source for the next block
            const std::lock_guard lock(m_mutex);
            --m_unparsed;
            // Before the result is ready: once it is, the pipeline may be gone.
            if (!m_source.compressed()) {
                feed();
            }
            return parsed;
        });
    ++m_unparsed;
    m_results.push_back(task->get_future());
    m_pool.start([task] { (*task)(); });
}

Result<ParsedBlock> BlockPipeline::parse(const ContentBlock& block, const ParseSetup& setup)
{
    if (block.fill) {
        if (Result<void> r = block.fill(); !r) {
            return r.error();
        }
    }
    std::vector<ChunkResult::MinuteRow> rows;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_spareRows.empty()) {
            rows = std::move(m_spareRows.back());
            m_spareRows.pop_back();
        }
    }
    ParsedBlock parsed;
    parsed.chunk = parseChunk(block.data, block.size, setup, std::move(rows));
    const qsizetype tail = qMin(block.size, m_setup.tailBytes);
    parsed.tail = QByteArray(block.data + block.size - tail, tail);
    parsed.end = block.end();
    parsed.size = block.contentLength();
    return parsed;
}

} // namespace kw
