// SPDX-License-Identifier: GPL-3.0-or-later
// A log file as the import reads it: ContentSource (gzip when the input starts with its magic
// bytes, plain otherwise, in small blocks), the head and a seek, format detection on the first
// lines, and every block parsed with the detected reader.
#include "FuzzSupport.h"
#include "usage/import/ContentSource.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kw;
    kw::fuzz::startQt();
    const QString path = kw::fuzz::writeScratch(QStringLiteral("input.log"), data, size);
    constexpr qsizetype BlockBytes = 4096;
    Result<std::unique_ptr<ContentSource>> opened = ContentSource::open(path, BlockBytes);
    if (!opened) {
        return 0;
    }
    ContentSource& source = **opened;
    Result<QByteArray> head = source.head(16 * 1024);
    if (!head) {
        return 0;
    }
    QByteArrayList lines = head->split('\n');
    lines.removeLast();
    Detection detection = detectFormat(lines);
    if (detection.format == LogFormat::Unknown) {
        detection.format = LogFormat::Combined;
    }
    if (Result<QByteArray> tail = source.seek(head->size() / 2, 64); !tail) {
        return 0;
    }
    if (!source.seek(0, 0)) {
        return 0;
    }
    qint64 offset = 0;
    for (;;) {
        Result<ContentBlock> block = source.next();
        if (!block || block->size == 0) {
            break;
        }
        if (block->offset != offset) {
            qFatal("a block at %lld after %lld bytes", static_cast<long long>(block->offset),
                   static_cast<long long>(offset));
        }
        if (block->fill && !block->fill()) {
            break;
        }
        kw::fuzz::parseAsBlock(reinterpret_cast<const uint8_t*>(block->data), size_t(block->size), detection,
                               detection.format == LogFormat::Csv ? lines.value(0) : QByteArray());
        offset = block->end();
    }
    return 0;
}
