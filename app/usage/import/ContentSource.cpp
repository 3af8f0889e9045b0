// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/ContentSource.h"

#include "core/Tr.h"
#include "usage/import/Rejection.h"

#include <QFile>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>
#include <zlib.h>

namespace kw {

namespace {

Error fileError(const QFile& file, const QString& what)
{
    return makeError(ErrorCode::Storage, what % u": " % file.fileName() % u": " % file.errorString());
}

Error shorterThan(const QString& path)
{
    return makeError(ErrorCode::NotFound, tr("%1 is shorter than the part imported before.").arg(path));
}

const char* lastNewline(const char* data, qsizetype size)
{
    return static_cast<const char*>(memrchr(data, '\n', static_cast<std::size_t>(size)));
}

// Buffers of the blocks in flight, reused: a fresh buffer per block would be mapped and faulted in
// by the allocator each time. The deleter of a block's keepAlive gives its buffer back, from
// whichever thread drops the block last.
class BufferPool final : public std::enable_shared_from_this<BufferPool>
{
public:
    // A buffer of `size` bytes at least: every buffer has the pool's size, the largest asked for.
    std::shared_ptr<char> take(qsizetype size)
    {
        Buffer buffer;
        qsizetype capacity = 0;
        {
            const std::lock_guard lock(m_mutex);
            if (m_size < size) {
                m_free.clear(); // a longer line than ever before: the smaller buffers go
                m_size = size;
            }
            capacity = m_size;
            if (!m_free.empty()) {
                buffer = std::move(m_free.back());
                m_free.pop_back();
            }
        }
        if (!buffer) {
            buffer = allocate(capacity);
        }
        char* data = buffer.release();
        return std::shared_ptr<char>(
            data, [pool = shared_from_this(), capacity](char* p) { pool->give(Buffer(p), capacity); });
    }

private:
    struct Free
    {
        void operator()(char* p) const { std::free(p); }
    };
    using Buffer = std::unique_ptr<char, Free>;

    // In huge pages where the system allows them (Linux's THP "madvise"): a block buffer is first
    // written by the kernel's copy, and faulting it in 4 KiB pages cost more than a millisecond
    // per buffer on the virtual machines measured.
    static Buffer allocate(qsizetype size)
    {
        constexpr std::size_t HugePage = 2 << 20;
        const std::size_t rounded = (std::size_t(size) + HugePage - 1) / HugePage * HugePage;
        Buffer buffer(static_cast<char*>(std::aligned_alloc(HugePage, rounded)));
        if (!buffer) {
            throw std::bad_alloc();
        }
#ifdef MADV_HUGEPAGE
        ::madvise(buffer.get(), rounded, MADV_HUGEPAGE); // a hint: without it, small pages
#endif
        return buffer;
    }

    void give(Buffer buffer, qsizetype capacity)
    {
        const std::lock_guard lock(m_mutex);
        if (capacity == m_size) {
            m_free.push_back(std::move(buffer));
        }
    }

    std::mutex m_mutex;
    qsizetype m_size = 0;
    std::vector<Buffer> m_free;
};

// A plain file, read block by block into reused buffers. Not memory-mapped: on the machines
// measured, touching mapped page-cache pages cost 4× the CPU of copying them with pread
// (docs/usage.md, "Reading"), and a block is read once.
class FileSource final : public ContentSource
{
public:
    FileSource(const QString& path, qsizetype blockBytes)
        : m_file(path)
        , m_blockBytes(blockBytes)
    {}

    Result<void> open()
    {
        // Unbuffered: the file is only read with pread (readAll), never through Qt's buffer.
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return fileError(m_file, tr("Cannot open"));
        }
        m_size = m_file.size();
        return {};
    }

    bool compressed() const override { return false; }
    qint64 diskSize() const override { return m_size; }
    qint64 diskPosition() const override { return m_pos; }
    qint64 pendingBytes() const override { return m_pending; }

    Result<QByteArray> head(qsizetype length) override
    {
        m_pos = 0;
        return readAt(0, qMin<qint64>(length, m_size));
    }

    Result<QByteArray> seek(qint64 offset, qsizetype tailLength) override
    {
        if (offset > m_size) {
            return shorterThan(m_file.fileName());
        }
        m_pos = offset;
        const qint64 from = qMax<qint64>(0, offset - tailLength);
        return readAt(from, offset - from);
    }

    // The bytes after a block's last newline are read again as the start of the next block: a
    // partial line is a few hundred bytes of a block of megabytes.
    Result<ContentBlock> next() override
    {
        if (Result<std::optional<ContentBlock>> deferred = nextDeferred(); !deferred) {
            return deferred.error();
        } else if (*deferred) {
            return std::move(**deferred);
        }
        qint64 window = m_blockBytes;
        while (m_pos < m_size) {
            const qint64 length = qMin(window, m_size - m_pos);
            std::shared_ptr<char> buffer = m_pool->take(length);
            if (Result<void> r = readInto(buffer.get(), m_pos, length); !r) {
                return r.error();
            }
            const char* newline = lastNewline(buffer.get(), length);
            if (newline) {
                ContentBlock block;
                block.data = buffer.get();
                block.size = newline - buffer.get() + 1;
                block.offset = m_pos;
                block.keepAlive = std::move(buffer);
                m_pos += block.size;
                return block;
            }
            if (m_pos + length == m_size) { // an unterminated last line: maybe still being written
                if (m_complete) {
                    ContentBlock block;
                    block.data = buffer.get();
                    block.size = length;
                    block.offset = m_pos;
                    block.keepAlive = std::move(buffer);
                    m_pos += length;
                    return block;
                }
                m_pending = length;
                break;
            }
            if (length > MaxLineBytes) {
                return skipLongLine(std::move(buffer), length);
            }
            window *= 2; // a line longer than a block, short enough to import: read whole
        }
        return ContentBlock{};
    }

private:
    // A whole window whose end is found from its last EndProbe bytes alone; the rest is read by
    // the block's fill(). nullopt when the window is the file's end or its last line is longer
    // than the probe: next() then reads the window itself.
    // Near the end a window is a quarter of what is left (1 MiB at least), so that the parsing
    // threads finish their last blocks together instead of one waiting for the other's 8 MiB.
    Result<std::optional<ContentBlock>> nextDeferred()
    {
        constexpr qint64 EndProbe = 64 * 1024;
        constexpr qint64 MinTailWindow = 1 << 20;
        const qint64 window =
            qBound(qMin<qint64>(m_blockBytes, MinTailWindow), (m_size - m_pos) / 4, m_blockBytes);
        if (window <= EndProbe || m_size - m_pos <= window) {
            return std::optional<ContentBlock>();
        }
        char probe[EndProbe];
        const qint64 probeAt = m_pos + window - EndProbe;
        if (Result<void> r = readInto(probe, probeAt, EndProbe); !r) {
            return r.error();
        }
        const char* newline = lastNewline(probe, EndProbe);
        if (!newline) {
            return std::optional<ContentBlock>();
        }
        ContentBlock block;
        block.offset = m_pos;
        block.size = probeAt + (newline - probe) + 1 - m_pos;
        std::shared_ptr<char> buffer = m_pool->take(m_blockBytes);
        block.data = buffer.get();
        block.fill = [handle = m_file.handle(), path = m_file.fileName(), data = buffer.get(),
                      offset = block.offset, size = block.size]() -> Result<void> {
            return readAll(handle, path, data, offset, size);
        };
        block.keepAlive = std::move(buffer);
        m_pos += block.size;
        return std::optional<ContentBlock>(std::move(block));
    }

    // The line at m_pos is too long to import: `buffer` holds its first `length` bytes, more than
    // MaxLineBytes, without a newline. Its end is searched through that buffer (a line with no
    // newline would otherwise be read whole into memory) and the block keeps only its start and
    // its end (ContentBlock::skipped). A line the file ends in is left pending, as any other.
    Result<ContentBlock> skipLongLine(std::shared_ptr<char> buffer, qint64 length)
    {
        qint64 newlineAt = -1;
        for (qint64 at = m_pos + length; at < m_size && newlineAt < 0;) {
            const qint64 n = qMin(length, m_size - at);
            if (Result<void> r = readInto(buffer.get(), at, n); !r) {
                return r.error();
            }
            if (const auto* nl = static_cast<const char*>(std::memchr(buffer.get(), '\n', std::size_t(n)))) {
                newlineAt = at + (nl - buffer.get());
            }
            at += n;
        }
        if (newlineAt < 0) {
            m_pending = m_size - m_pos;
            return ContentBlock{};
        }
        const qint64 head = MaxLineBytes + 1;
        const qint64 tailFrom = qMax(m_pos + head, newlineAt + 1 - LongLineTail);
        const qint64 tail = newlineAt + 1 - tailFrom;
        buffer.reset();
        std::shared_ptr<char> kept = m_pool->take(head + LongLineTail);
        if (Result<void> r = readInto(kept.get(), m_pos, head); !r) {
            return r.error();
        }
        if (Result<void> r = readInto(kept.get() + head, tailFrom, tail); !r) {
            return r.error();
        }
        ContentBlock block;
        block.data = kept.get();
        block.size = head + tail;
        block.offset = m_pos;
        block.skipped = newlineAt + 1 - m_pos - block.size;
        block.keepAlive = std::move(kept);
        m_pos = newlineAt + 1;
        return block;
    }

    // pread until done: thread-safe, unlike QFile::seek + read, so the parsing threads fill their
    // blocks at once; the source's own reads go the same way.
    static Result<void> readAll(int handle, const QString& path, char* data, qint64 offset, qint64 size)
    {
        while (size > 0) {
            const ssize_t n = ::pread(handle, data, static_cast<std::size_t>(size), offset);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                return makeError(ErrorCode::Storage,
                                 tr("Cannot read") % u": " % path % u": " %
                                     (n == 0 ? tr("the file became shorter") : qt_error_string(errno)));
            }
            data += n;
            offset += n;
            size -= n;
        }
        return {};
    }

    Result<void> readInto(char* data, qint64 offset, qint64 length)
    {
        return readAll(m_file.handle(), m_file.fileName(), data, offset, length);
    }

    Result<QByteArray> readAt(qint64 offset, qint64 length)
    {
        QByteArray bytes(length, Qt::Uninitialized);
        if (Result<void> r = readInto(bytes.data(), offset, length); !r) {
            return r.error();
        }
        return bytes;
    }

    QFile m_file;
    qsizetype m_blockBytes;
    std::shared_ptr<BufferPool> m_pool = std::make_shared<BufferPool>();
    qint64 m_size = 0;
    qint64 m_pos = 0;
    qint64 m_pending = 0;
};

class GzipSource final : public ContentSource
{
public:
    GzipSource(const QString& path, qsizetype blockBytes)
        : m_file(path)
        , m_blockBytes(blockBytes)
        , m_input(1 << 20, Qt::Uninitialized)
    {}

    ~GzipSource() override
    {
        if (m_zInit) {
            inflateEnd(&m_z);
        }
    }

    Result<void> open()
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            return fileError(m_file, tr("Cannot open"));
        }
        return rewind();
    }

    bool compressed() const override { return true; }
    qint64 diskSize() const override { return m_file.size(); }
    qint64 diskPosition() const override { return m_file.pos() - m_z.avail_in; }
    qint64 pendingBytes() const override { return m_pending; }

    Result<QByteArray> head(qsizetype length) override
    {
        QByteArray bytes(length, Qt::Uninitialized);
        qsizetype produced = 0;
        while (produced < length && !m_done) {
            produced += inflateSome(bytes.data() + produced, length - produced);
        }
        bytes.truncate(produced);
        if (produced == 0 && !m_error.isEmpty()) {
            return makeError(ErrorCode::Invalid, m_error);
        }
        if (Result<void> r = rewind(); !r) {
            return r.error();
        }
        return bytes;
    }

    Result<QByteArray> seek(qint64 offset, qsizetype tailLength) override
    {
        if (Result<void> r = rewind(); !r) {
            return r.error();
        }
        QByteArray scratch(qMin<qint64>(1 << 20, qMax<qint64>(offset, 1)), Qt::Uninitialized);
        QByteArray tail;
        while (m_contentPos < offset) {
            const qsizetype n =
                inflateSome(scratch.data(), qMin<qint64>(scratch.size(), offset - m_contentPos));
            if (n == 0) {
                return m_error.isEmpty() ? shorterThan(m_file.fileName())
                                         : makeError(ErrorCode::Invalid, m_error);
            }
            m_contentPos += n;
            tail.append(scratch.constData(), n);
            if (tail.size() > 2 * tailLength) {
                tail = tail.right(tailLength);
            }
        }
        return tail.right(tailLength);
    }

    Result<ContentBlock> next() override
    {
        auto buffer = std::make_shared<QByteArray>(std::move(m_carry));
        m_carry = QByteArray();
        for (;;) {
            const qsizetype kept = buffer->size();
            buffer->resize(kept + m_blockBytes);
            const qsizetype produced = m_done ? 0 : inflateSome(buffer->data() + kept, m_blockBytes);
            buffer->truncate(kept + produced);
            if (buffer->isEmpty()) {
                if (!m_error.isEmpty()) {
                    return makeError(ErrorCode::Invalid, m_error);
                }
                return ContentBlock{};
            }
            const char* newline = lastNewline(buffer->constData(), buffer->size());
            const bool atEnd = m_done && produced == 0;
            if (!newline && !atEnd) {
                if (buffer->size() > MaxLineBytes) {
                    return skipLongLine(std::move(buffer));
                }
                continue; // a line longer than a block, short enough to import: read on
            }
            qsizetype length = newline ? newline - buffer->constData() + 1 : 0;
            if (atEnd && m_error.isEmpty()) {
                length = buffer->size(); // a complete file's last line counts without '\n' too
            } else if (length == 0) {
                m_pending = buffer->size();
                return makeError(ErrorCode::Invalid, m_error);
            }
            if (length < buffer->size()) {
                m_carry = buffer->mid(length);
                buffer->truncate(length);
            }
            ContentBlock block;
            block.data = buffer->constData();
            block.size = length;
            block.offset = m_contentPos;
            block.keepAlive = buffer;
            m_contentPos += length;
            return block;
        }
    }

private:
    // `line` (a line's start) is longer than MaxLineBytes and has no newline yet: the rest is
    // inflated through a scratch buffer up to the line's end, and the block keeps only the line's
    // first MaxLineBytes + 1 bytes and its last LongLineTail (ContentBlock::skipped).
    Result<ContentBlock> skipLongLine(std::shared_ptr<QByteArray> line)
    {
        constexpr qsizetype Head = MaxLineBytes + 1;
        QByteArray tail = line->mid(Head);
        line->truncate(Head);
        qint64 skipped = 0;
        const auto keepTail = [&] {
            if (tail.size() > LongLineTail) {
                skipped += tail.size() - LongLineTail;
                tail = tail.right(LongLineTail);
            }
        };
        QByteArray scratch(1 << 20, Qt::Uninitialized);
        for (;;) {
            keepTail();
            const qsizetype produced = m_done ? 0 : inflateSome(scratch.data(), scratch.size());
            if (produced == 0) {
                if (!m_error.isEmpty()) {
                    m_pending = Head + skipped + tail.size();
                    return makeError(ErrorCode::Invalid, m_error);
                }
                break; // a complete file's last line counts without '\n' too
            }
            const auto* nl =
                static_cast<const char*>(std::memchr(scratch.constData(), '\n', std::size_t(produced)));
            if (nl) {
                const qsizetype upto = nl - scratch.constData() + 1;
                tail.append(scratch.constData(), upto);
                m_carry = QByteArray(scratch.constData() + upto, produced - upto);
                break;
            }
            tail.append(scratch.constData(), produced);
        }
        keepTail();
        line->append(tail);
        ContentBlock block;
        block.data = line->constData();
        block.size = line->size();
        block.offset = m_contentPos;
        block.skipped = skipped;
        block.keepAlive = std::move(line);
        m_contentPos += block.contentLength();
        return block;
    }

    Result<void> rewind()
    {
        if (m_zInit) {
            inflateEnd(&m_z);
        }
        m_z = z_stream{};
        if (inflateInit2(&m_z, 16 + MAX_WBITS) != Z_OK) {
            return makeError(ErrorCode::External, tr("zlib could not start."));
        }
        m_zInit = true;
        if (!m_file.seek(0)) {
            return fileError(m_file, tr("Cannot read"));
        }
        m_done = false;
        m_inMember = true;
        m_error.clear();
        m_carry.clear();
        m_contentPos = 0;
        m_pending = 0;
        return {};
    }

    bool fillInput()
    {
        if (m_z.avail_in > 0) {
            return true;
        }
        const qint64 n = m_file.read(m_input.data(), m_input.size());
        if (n < 0) {
            m_error = tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
            m_done = true;
            return false;
        }
        m_z.next_in = reinterpret_cast<Bytef*>(m_input.data());
        m_z.avail_in = static_cast<uInt>(n);
        return n > 0;
    }

    // Inflates up to `capacity` bytes; 0 only at the end of the content or on an error (m_error).
    qsizetype inflateSome(char* out, qsizetype capacity)
    {
        m_z.next_out = reinterpret_cast<Bytef*>(out);
        m_z.avail_out = static_cast<uInt>(capacity);
        while (m_z.avail_out > 0 && !m_done) {
            if (!fillInput()) {
                if (m_error.isEmpty() && m_inMember) {
                    m_error = tr("%1 is a truncated gzip file: it ends in the middle of its data.")
                                  .arg(m_file.fileName());
                }
                m_done = true;
                break;
            }
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_inMember = false;
                // Concatenated members (`cat a.gz b.gz`) are one file; trailing padding is not.
                if (!fillInput() || m_z.next_in[0] != 0x1f) {
                    m_done = true;
                    break;
                }
                inflateReset(&m_z);
                m_inMember = true;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error = tr("%1 is not valid gzip data (%2).")
                              .arg(m_file.fileName(), QString::fromLatin1(m_z.msg ? m_z.msg : "zlib error"));
                m_done = true;
            }
        }
        return capacity - static_cast<qsizetype>(m_z.avail_out);
    }

    QFile m_file;
    qsizetype m_blockBytes;
    QByteArray m_input;
    z_stream m_z{};
    bool m_zInit = false;
    bool m_done = false;
    bool m_inMember = true;
    QString m_error;
    QByteArray m_carry;
    qint64 m_contentPos = 0;
    qint64 m_pending = 0;
};

} // namespace

Result<std::unique_ptr<ContentSource>> ContentSource::open(const QString& path, qsizetype blockBytes)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        return fileError(probe, tr("Cannot open"));
    }
    const QByteArray magic = probe.read(2);
    if (magic == QByteArrayLiteral("\x1f\x8b")) {
        auto source = std::make_unique<GzipSource>(path, blockBytes);
        if (Result<void> r = source->open(); !r) {
            return r.error();
        }
        return std::unique_ptr<ContentSource>(std::move(source));
    }
    auto source = std::make_unique<FileSource>(path, blockBytes);
    if (Result<void> r = source->open(); !r) {
        return r.error();
    }
    return std::unique_ptr<ContentSource>(std::move(source));
}

} // namespace kw
