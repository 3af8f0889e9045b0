// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/ChunkParser.h"

#include "core/Time.h"
#include "usage/import/ClfReader.h"
#include "usage/import/TextScan.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace kw {

namespace {

constexpr qint64 MsPerMinute = 60000;

// Counts a block's records. Logs come in time order, so the counts of the current minute live in a
// flat array indexed by (key slot, outcome) — no hashing per line — and become rows when the
// minute changes.
class ChunkBuilder
{
public:
    ChunkBuilder(ChunkResult& result, const KeyIndex& keys)
        : m_r(result)
        , m_counts(std::size_t(keys.size() + 1) * OutcomeCount, 0)
    {
        m_r.keyIds.reserve(keys.size() + 1);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            m_r.keyIds.append(keys.at(i).keyId);
        }
        m_r.lastValidAt.assign(std::size_t(keys.size() + 1), 0);
    }

    void reject(qint64 line, RejectReason reason)
    {
        ++m_r.rejected;
        ++m_r.rejectedBy[static_cast<std::size_t>(reason)];
        if (m_r.rejectSamples.size() < RejectTally::MaxSamples) {
            m_r.rejectSamples.emplace_back(line, reason);
        }
    }

    // `keyIndex`: the KeyIndex's index of the resolved key, -1 for none.
    void count(qint64 line, const LogRecord& record, qsizetype keyIndex, const Verdict& v)
    {
        const auto slot = static_cast<qint32>(keyIndex + 1);
        if (v.findings) {
            for (const Finding f :
                 {Finding::PlaintextKey, Finding::AcceptedExpired, Finding::AcceptedRevoked}) {
                if (v.findings.testFlag(f)) {
                    ChunkResult::FindingCell& cell = m_r.findings[{f, slot}];
                    if (cell.count++ == 0) {
                        cell.firstLine = line;
                        cell.at = record.timeMs;
                    }
                }
            }
        }
        if (v.anonymous) {
            ++m_r.anonymous;
            return;
        }
        ++m_r.imported;
        const qint64 t = record.timeMs;
        m_r.firstAt = m_r.firstAt == 0 ? t : qMin(m_r.firstAt, t);
        m_r.lastAt = qMax(m_r.lastAt, t);
        if (t < m_minuteStart || t >= m_minuteStart + MsPerMinute) {
            flush();
            m_minute = floorDiv(t, MsPerMinute);
            m_minuteStart = m_minute * MsPerMinute;
        }
        const std::size_t cell = std::size_t(slot) * OutcomeCount + std::size_t(v.outcome);
        if (m_counts[cell]++ == 0) {
            m_touched.push_back(cell);
        }
        if (slot != 0 && v.outcome == Outcome::Valid) {
            qint64& last = m_r.lastValidAt[static_cast<std::size_t>(slot)];
            last = qMax(last, t);
        }
    }

    // The current minute's counts become one row per key slot, in slot order.
    void flush()
    {
        std::sort(m_touched.begin(), m_touched.end());
        for (std::size_t i = 0; i < m_touched.size();) {
            const std::size_t slot = m_touched[i] / OutcomeCount;
            ChunkResult::MinuteRow& row =
                m_r.minutes.emplace_back(ChunkResult::MinuteRow{m_minute, static_cast<qint32>(slot), {}});
            for (; i < m_touched.size() && m_touched[i] / OutcomeCount == slot; ++i) {
                const std::size_t cell = m_touched[i];
                row.counts[cell % OutcomeCount] = m_counts[cell];
                m_counts[cell] = 0;
            }
        }
        m_touched.clear();
    }

private:
    ChunkResult& m_r;
    std::vector<qint64> m_counts; // of the current minute, per slot * OutcomeCount + outcome
    std::vector<std::size_t> m_touched;
    qint64 m_minute = 0;
    qint64 m_minuteStart = std::numeric_limits<qint64>::max() - MsPerMinute; // none yet
};

} // namespace

ChunkResult parseChunk(const char* data, qsizetype size, const ParseSetup& setup,
                       std::vector<ChunkResult::MinuteRow> rows)
{
    ChunkResult result;
    rows.clear();
    result.minutes = std::move(rows);
    ChunkBuilder builder(result, *setup.keys);
    std::unique_ptr<LineReader> reader = makeReader(setup.detection, setup.mapping);
    SecretMemo memo;
    LogRecord record;
    record.useMemo(&memo);
    if (!setup.csvHeader.isEmpty()) {
        reader->read(std::string_view(setup.csvHeader.constData(), std::size_t(setup.csvHeader.size())),
                     record);
    }
    const KeyIndex& keys = *setup.keys;
    // Most imports are combined logs: their reader is called without a virtual call, its checks
    // and the choice of walk inlined here.
    auto* const combined = dynamic_cast<ClfReader*>(reader.get());
    const auto handle = [&](const char* from, const char* to, bool ascii) {
        std::string_view line(from, std::size_t(to - from));
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        const qint64 lineNumber = ++result.lines;
        const ParseStatus status =
            combined ? combined->readCombined(line, record, ascii) : reader->read(line, record, ascii);
        if (status.kind == ParseStatus::Rejected) {
            builder.reject(lineNumber, status.reason);
        } else if (status.kind == ParseStatus::Record) {
            // Resolved before the rules so that rules 1 and 2 still count the request for its key.
            const qsizetype key =
                record.hasKeyRef() ? keys.find(record.refKind(), record.keyRefInLine(line)) : -1;
            builder.count(lineNumber, record, key, judge(record, key < 0 ? nullptr : &keys.at(key)));
        }
    };
    // One pass over a piece finds its newlines and whether it is plain ASCII (then its lines need
    // no UTF-8 check), while the piece is in the cache; its lines are then cut where it found them.
    constexpr qsizetype Piece = 64 * 1024;
    std::vector<quint32> newlines;
    newlines.reserve(Piece / 64);
    const char* p = data;
    const char* const end = data + size;
    while (p < end) {
        const char* const piece = p;
        const qsizetype length = qMin(Piece, end - p);
        newlines.clear();
        const bool ascii = text::scanLines(std::string_view(piece, std::size_t(length)), newlines);
        for (const quint32 at : newlines) {
            handle(p, piece + at, ascii);
            p = piece + at + 1;
        }
        if (piece + length == end && p < end) { // the last line has no newline
            handle(p, end, ascii);
            p = end;
        } else if (newlines.empty()) { // a line longer than a piece
            const char* newline = static_cast<const char*>(std::memchr(p, '\n', std::size_t(end - p)));
            const char* lineEnd = newline ? newline : end;
            handle(p, lineEnd, text::scanLines(std::string_view(p, std::size_t(lineEnd - p)), newlines));
            p = newline ? newline + 1 : end;
        }
    }
    builder.flush();
    return result;
}

QStringView findingName(Finding finding)
{
    switch (finding) {
    case Finding::PlaintextKey:
        return u"plaintext_key";
    case Finding::AcceptedExpired:
        return u"accepted_expired";
    case Finding::AcceptedRevoked:
        return u"accepted_revoked";
    }
    return u"unknown";
}

} // namespace kw
