// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/ChunkParser.h"

#include <QHash>
#include <cstring>

namespace kw {

namespace {

constexpr qint64 MsPerMinute = 60000;

class ChunkBuilder
{
public:
    explicit ChunkBuilder(ChunkResult& result)
        : m_r(result)
    {}

    void reject(qint64 line, RejectReason reason)
    {
        ++m_r.rejected;
        ++m_r.rejectedBy[static_cast<std::size_t>(reason)];
        if (m_r.rejectSamples.size() < RejectTally::MaxSamples) {
            m_r.rejectSamples.emplace_back(line, reason);
        }
    }

    void count(qint64 line, const LogRecord& record, const Classification& c)
    {
        const qint32 slot = c.key ? slotOf(c.key->keyId) : 0;
        for (const Finding f : {Finding::PlaintextKey, Finding::AcceptedExpired, Finding::AcceptedRevoked}) {
            if (c.findings.testFlag(f)) {
                ChunkResult::FindingCell& cell = m_r.findings[{f, slot}];
                if (cell.count++ == 0) {
                    cell.firstLine = line;
                    cell.at = record.timeMs;
                }
            }
        }
        if (c.anonymous) {
            ++m_r.anonymous;
            return;
        }
        ++m_r.imported;
        const qint64 t = record.timeMs;
        m_r.firstAt = m_r.firstAt == 0 ? t : qMin(m_r.firstAt, t);
        m_r.lastAt = qMax(m_r.lastAt, t);
        // Floor division: a time before 1970 still lands in its own minute.
        const qint64 minute = t >= 0 ? t / MsPerMinute : (t - MsPerMinute + 1) / MsPerMinute;
        ++m_r.minutes[{minute, slot, static_cast<qint32>(c.outcome)}];
        if (slot != 0 && c.outcome == Outcome::Valid) {
            qint64& last = m_r.lastValidAt[static_cast<std::size_t>(slot)];
            last = qMax(last, t);
        }
    }

private:
    // Keyed by the string's data pointer: every resolution of a key copies the same QString of
    // this block's private KeyIndex, so the pointer names the key without hashing its text.
    qint32 slotOf(const QString& keyId)
    {
        const QChar* identity = keyId.constData();
        if (identity == m_lastIdentity) {
            return m_lastSlot;
        }
        auto it = m_slots.constFind(identity);
        qint32 slot = 0;
        if (it != m_slots.constEnd()) {
            slot = *it;
        } else {
            slot = static_cast<qint32>(m_r.keyIds.size());
            m_r.keyIds.append(keyId);
            m_r.lastValidAt.push_back(0);
            m_slots.insert(identity, slot);
        }
        m_lastIdentity = identity;
        m_lastSlot = slot;
        return slot;
    }

    ChunkResult& m_r;
    QHash<const QChar*, qint32> m_slots;
    const QChar* m_lastIdentity = nullptr;
    qint32 m_lastSlot = 0;
};

QString privateCopy(const QString& s)
{
    return QString(s.constData(), s.size());
}

KeyIndex privateIndex(const QList<KeyRecord>& keys)
{
    KeyIndex index;
    for (KeyRecord key : keys) {
        key.id = privateCopy(key.id);
        key.projectId = privateCopy(key.projectId);
        index.add(key);
    }
    return index;
}

} // namespace

ChunkResult parseChunk(const char* data, qsizetype size, const ParseSetup& setup)
{
    ChunkResult result;
    ChunkBuilder builder(result);
    std::unique_ptr<LineReader> reader = makeReader(setup.detection, setup.mapping);
    LogRecord record;
    if (!setup.csvHeader.isEmpty()) {
        reader->read(std::string_view(setup.csvHeader.constData(), std::size_t(setup.csvHeader.size())),
                     record);
    }
    const KeyIndex keys = privateIndex(*setup.keys);
    const KeyResolver resolver = keys.resolver();
    const char* p = data;
    const char* const end = data + size;
    while (p < end) {
        const char* newline = static_cast<const char*>(std::memchr(p, '\n', std::size_t(end - p)));
        const char* lineEnd = newline ? newline : end;
        std::string_view line(p, std::size_t(lineEnd - p));
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        p = newline ? newline + 1 : end;
        const qint64 lineNumber = ++result.lines;
        const ParseStatus status = reader->read(line, record);
        if (status.kind == ParseStatus::Rejected) {
            builder.reject(lineNumber, status.reason);
        } else if (status.kind == ParseStatus::Record) {
            builder.count(lineNumber, record, classify(record, resolver));
        }
    }
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
