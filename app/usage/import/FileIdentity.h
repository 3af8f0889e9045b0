// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

// How the import knows a file again and reads its first lines: the content hashes that identify
// it (usage_files' head, prefix and tail hashes) and the lines its format is detected from.
namespace kw::importfile {

// How much content identifies a file (usage_files.head_length at most) and how much before the
// resume offset must match (tail_hash). A file shorter than HeadBytes is identified by all of it.
inline constexpr qsizetype HeadBytes = 64 * 1024;
inline constexpr qsizetype TailBytes = 4096;
inline constexpr int DetectLines = 50;

// SHA-256 of `bytes` as lowercase hex.
QString sha256Hex(QByteArrayView bytes);
// The first non-blank lines of `head` (DetectLines at most), leaving out a line the head cuts and
// one too long to import.
QByteArrayList firstLines(const QByteArray& head);
// The lines the format is detected from; reads on past a long first line with bounded memory.
Result<QByteArrayList> detectionLines(const QString& path, const QByteArray& head);
// Prefixes of the head hashed on their own (usage_files.prefix_hashes).
QString prefixHashes(const QByteArray& head);
// Whether `content` starts as the import whose prefix hashes are `stored` did.
bool startsAsStored(const QString& stored, const QByteArray& content);

} // namespace kw::importfile
