// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace kw {

// A run of whole lines of a log's content (decompressed for .gz), valid while `keepAlive` lives.
struct ContentBlock
{
    const char* data = nullptr;
    qsizetype size = 0;
    qint64 offset = 0; // content offset of data[0]
    // A line too long to import (longer than MaxLineBytes) is not held whole: its block keeps the
    // line's first MaxLineBytes + 1 bytes (enough to be rejected as too long) and its last
    // LongLineTail bytes (for the import's tail hash), and `skipped` counts the bytes between.
    qint64 skipped = 0;
    std::shared_ptr<void> keepAlive; // the buffer behind data
    // When set, `data` is not read yet: fill() reads it, on whichever thread parses the block, so
    // the copy from the page cache is spread over the parsing threads instead of the one that
    // commits. Empty: `data` is ready.
    std::function<Result<void>()> fill;

    qint64 contentLength() const { return size + skipped; } // content bytes the block stands for
    qint64 end() const { return offset + contentLength(); }
};

// Reads a log's content in blocks that end at a line boundary, so blocks parse independently.
// A plain file is read block by block into a few reused buffers; a gzip file (recognised by its
// magic bytes, not its name) is inflated as it is read, member by member.
// Not thread-safe: one thread produces blocks; others may parse them.
class ContentSource
{
public:
    static constexpr qsizetype DefaultBlockBytes = 8 << 20;
    // What a block keeps of the end of a line too long to hold (ContentBlock::skipped): more than
    // the import hashes of the content before its resume offset.
    static constexpr qsizetype LongLineTail = 64 * 1024;

    virtual ~ContentSource() = default;
    static Result<std::unique_ptr<ContentSource>> open(const QString& path,
                                                       qsizetype blockBytes = DefaultBlockBytes);

    virtual bool compressed() const = 0;
    virtual qint64 diskSize() const = 0;
    virtual qint64 diskPosition() const = 0; // on-disk bytes consumed so far, for progress

    // The first `length` content bytes (fewer if the content is shorter); leaves the position at 0.
    virtual Result<QByteArray> head(qsizetype length) = 0;
    // Moves to content offset `offset` (from 0) and returns the up to `tailLength` bytes before it;
    // fewer bytes than asked when the content ends first.
    virtual Result<QByteArray> seek(qint64 offset, qsizetype tailLength) = 0;
    // The next block; an empty block at the end. A plain file's last line without '\n' is left
    // for a later import (a writer may be in the middle of it); a gzip file is complete, so its
    // last line counts with or without one. A truncated gzip yields its whole lines first, then
    // the error. Memory stays bounded whatever the input: a line longer than MaxLineBytes comes
    // as a block of its own, its middle skipped while reading (ContentBlock::skipped).
    virtual Result<ContentBlock> next() = 0;
    // Content bytes after the last block that were not returned (an unterminated last line).
    virtual qint64 pendingBytes() const = 0;
    // The file is known to be complete: a plain file's last line is returned without its '\n'.
    void setComplete(bool complete) { m_complete = complete; }

protected:
    bool m_complete = false;
};

} // namespace kw
