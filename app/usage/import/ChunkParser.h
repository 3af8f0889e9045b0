// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/Classifier.h"
#include "usage/import/FormatDetect.h"
#include "usage/import/Rejection.h"

#include <QStringList>
#include <array>
#include <map>
#include <vector>

namespace kw {

// What a block of lines adds to the workspace, aggregated in memory so that a block of millions of
// lines becomes a few thousand rows (docs/design/import-pipeline.md). Line numbers are relative to the block
// (1-based): the writer, which takes blocks in file order, knows where each one starts.
struct ChunkResult
{
    // One (minute, key) with its count per outcome (kw::Outcome's order): an entry of a usage_hours
    // row. A block's rows come minute after minute when the log is in time order; a minute that
    // comes back later in the block (an unordered log) gets a second row, a second entry that
    // readers add to the first.
    struct MinuteRow
    {
        qint64 minute = 0;
        qint32 keySlot = 0; // index in keyIds; 0 = unknown ('')
        std::array<qint64, OutcomeCount> counts{};
    };
    struct FindingCell
    {
        qint64 firstLine = 0;
        qint64 at = 0;
        qint64 count = 0;
    };

    qint64 lines = 0;
    qint64 imported = 0;
    qint64 anonymous = 0;
    qint64 rejected = 0;
    std::array<qint64, RejectReasonCount> rejectedBy{};
    std::vector<std::pair<qint64, RejectReason>> rejectSamples; // the first RejectTally::MaxSamples
    qint64 firstAt = 0;                                         // UTC ms of counted records; 0 = none
    qint64 lastAt = 0;
    QStringList keyIds{QString()};      // slot 0 = unknown, then the KeyIndex's keys in its order
    std::vector<qint64> lastValidAt{0}; // per key slot: latest valid use; 0 = none
    std::vector<MinuteRow> minutes;
    std::map<std::pair<Finding, qint32>, FindingCell> findings; // (kind, key slot)
};

// How to read every block of one file; shared read-only by the parsing threads.
struct ParseSetup
{
    Detection detection;
    FieldMapping mapping;
    QByteArray csvHeader; // CSV: the header line, fed to each block's reader before its lines
    // The project's keys, built once per run. Lookups are const and copy nothing, so the parsing
    // threads share it without touching a reference count per line.
    const KeyIndex* keys = nullptr;
};

// Parses and classifies whole lines (the last one may lack '\n'). Thread-safe for distinct results.
// `rows` is storage for the result's rows, emptied first: rows of an earlier block, whose memory is
// in place already. A sparse log has thousands of rows a block, and fresh memory for them (and
// for the copies as the vector grew) cost a page fault every 4 KiB — on the virtual machines
// measured ≈ 12 µs each, half of the parse of a log of 300 lines a minute (docs/design/import-pipeline.md).
ChunkResult parseChunk(const char* data, qsizetype size, const ParseSetup& setup,
                       std::vector<ChunkResult::MinuteRow> rows = {});

QStringView findingName(Finding finding); // plaintext_key, accepted_expired, accepted_revoked

} // namespace kw
