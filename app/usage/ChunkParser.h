// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/Classifier.h"
#include "usage/FormatDetect.h"
#include "usage/Rejection.h"

#include <QStringList>
#include <array>
#include <map>
#include <unordered_map>
#include <vector>

namespace kw {

// What a block of lines adds to the workspace, aggregated in memory so that a block of millions of
// lines becomes a few thousand rows (design §6). Line numbers are relative to the block (1-based):
// the writer, which takes blocks in file order, knows where each one starts.
struct ChunkResult
{
    struct MinuteCell
    {
        qint64 minute = 0;
        qint32 keySlot = 0; // index in keyIds; 0 = unknown ('')
        qint32 outcome = 0;
        bool operator==(const MinuteCell&) const = default;
    };
    struct MinuteCellHash
    {
        std::size_t operator()(const MinuteCell& c) const noexcept
        {
            return std::hash<qint64>()(c.minute * 8 + c.outcome) ^
                   (std::size_t(c.keySlot) * 0x9e3779b97f4a7c15ULL);
        }
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
    QStringList keyIds{QString()};
    std::vector<qint64> lastValidAt{0}; // per key slot: latest valid use
    std::unordered_map<MinuteCell, qint64, MinuteCellHash> minutes;
    std::map<std::pair<Finding, qint32>, FindingCell> findings; // (kind, key slot)
};

// How to read every block of one file; shared read-only by the parsing threads.
struct ParseSetup
{
    Detection detection;
    FieldMapping mapping;
    QByteArray csvHeader; // CSV: the header line, fed to each block's reader before its lines
    // The project's keys. Each block builds its own KeyIndex from them with private string copies:
    // resolving copies a key's strings for every line, and reference counts shared by the parsing
    // threads would bounce one cache line between the cores.
    const QList<KeyRecord>* keys = nullptr;
};

// Parses and classifies whole lines (the last one may lack '\n'). Thread-safe for distinct results.
ChunkResult parseChunk(const char* data, qsizetype size, const ParseSetup& setup);

QStringView findingName(Finding finding); // plaintext_key, accepted_expired, accepted_revoked

} // namespace kw
