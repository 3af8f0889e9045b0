// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/FileIdentity.h"

#include "core/Sha256.h"
#include "usage/import/ContentSource.h"
#include "usage/import/LineReader.h"

#include <QStringBuilder>
#include <QStringList>
#include <array>

namespace kw::importfile {

// libcrypto's SHA-256 where the build has it: Qt's own costs ≈ 80 instructions a byte, and the
// head (64 KiB) and its prefixes are hashed before the first block is parsed, a tail at each commit.
QString sha256Hex(QByteArrayView bytes)
{
    static thread_local Sha256 sha;
    char hex[64];
    sha.hex(bytes, hex);
    return QString::fromLatin1(hex, 64);
}

// The first non-blank lines of `head` (DetectLines at most); a line the head cuts, and one too long
// to import (it is rejected, never read), are left out.
QByteArrayList firstLines(const QByteArray& head)
{
    QByteArrayList lines = head.split('\n');
    if (!head.endsWith('\n') || lines.constLast().isEmpty()) {
        lines.removeLast(); // cut by the head's length, or the empty piece after the last '\n'
    }
    QByteArrayList kept;
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.size() <= MaxLineBytes && !line.trimmed().isEmpty()) {
            kept.append(line);
        }
        if (kept.size() == DetectLines) {
            break;
        }
    }
    return kept;
}

// The lines the format is detected from: the head's, or, when the head holds fewer than
// DetectLines whole lines (a line longer than the head hides the ones after it), those of the
// content's first blocks. Blocks come as the import reads them, so a line of any length is looked
// past with bounded memory.
Result<QByteArrayList> detectionLines(const QString& path, const QByteArray& head)
{
    constexpr qsizetype DetectBlockBytes = 1 << 20;
    QByteArrayList lines = firstLines(head);
    if (lines.size() >= DetectLines || head.size() < HeadBytes) {
        return lines;
    }
    Result<std::unique_ptr<ContentSource>> source = ContentSource::open(path, DetectBlockBytes);
    if (!source) {
        return source.error();
    }
    lines.clear();
    while (lines.size() < DetectLines) {
        Result<ContentBlock> block = (*source)->next();
        if (!block || block->size == 0) {
            break; // an unreadable rest is the import's to report
        }
        if (block->fill) {
            if (Result<void> r = block->fill(); !r) {
                break;
            }
        }
        const QByteArrayList more = firstLines(QByteArray(block->data, block->size));
        lines += more.first(qMin(more.size(), DetectLines - lines.size()));
    }
    return lines;
}

// Prefixes of the head hashed on their own (usage_files.prefix_hashes), so that a copy shorter
// than an earlier import's head is still known by content.
constexpr std::array<qsizetype, 3> PrefixLengths{1024, 4096, 16384};

QString prefixHashes(const QByteArray& head)
{
    QStringList parts;
    for (const qsizetype length : PrefixLengths) {
        if (length < head.size()) {
            parts.append(QString::number(length) % u':' % sha256Hex(QByteArrayView(head).first(length)));
        }
    }
    return parts.join(u' ');
}

// `content` (all of a file shorter than the stored head) starts as that import's content did: its
// longest prefix hashed then hashes the same now. Shorter than every stored prefix: unknown.
bool startsAsStored(const QString& stored, const QByteArray& content)
{
    QStringView best;
    qsizetype bestLength = 0;
    for (const QStringView part : QStringView(stored).split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        const qsizetype length = colon < 0 ? 0 : part.first(colon).toLongLong();
        if (length > bestLength && length <= content.size()) {
            bestLength = length;
            best = part.sliced(colon + 1);
        }
    }
    return bestLength > 0 && best == sha256Hex(QByteArrayView(content).first(bestLength));
}

} // namespace kw::importfile
