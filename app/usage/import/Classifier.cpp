// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/Classifier.h"

#include "core/Time.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace kw {

namespace {

bool revokedAt(const ResolvedKey& key, qint64 t)
{
    // A revoked key without a time (an old import) counts as revoked throughout.
    return key.status == KeyStatus::Revoked && (key.revokedAtMs == 0 || t >= key.revokedAtMs);
}

bool expiredAt(const ResolvedKey& key, qint64 t)
{
    return (key.expiresAtMs != 0 && t >= key.expiresAtMs) || (key.graceUntilMs != 0 && t >= key.graceUntilMs);
}

} // namespace

Classification classify(const LogRecord& record, const KeyResolver& resolve)
{
    Classification c;
    if (record.hasKeyRef() && resolve) {
        // Resolved before the rules so that rules 1 and 2 still count the request for its key.
        c.key = resolve(record.refKind(), record.keyRef());
    }
    const Verdict v = judge(record, c.key ? &*c.key : nullptr);
    c.anonymous = v.anonymous;
    c.outcome = v.outcome;
    c.findings = v.findings;
    return c;
}

Verdict judge(const LogRecord& record, const ResolvedKey* key)
{
    Verdict c;
    if (record.plaintextSeen) {
        c.findings |= Finding::PlaintextKey;
    }
    if (record.outcome) { // rule 1
        c.outcome = *record.outcome;
        return c;
    }
    if (record.status == 429) { // rule 2
        c.outcome = Outcome::RateLimited;
        return c;
    }
    const qint64 t = record.timeMs;
    if (record.status == 401 || record.status == 403) { // rule 4
        if (!key) {
            c.outcome = Outcome::Invalid;
        } else if (revokedAt(*key, t)) {
            c.outcome = Outcome::Revoked;
        } else if (expiredAt(*key, t)) {
            c.outcome = Outcome::Expired;
        } else {
            c.outcome = record.status == 403 ? Outcome::Forbidden : Outcome::Invalid;
        }
        return c;
    }
    if (record.hasKeyRef()) { // rule 5
        c.outcome = Outcome::Valid;
        if (key && revokedAt(*key, t)) {
            c.findings |= Finding::AcceptedRevoked;
        } else if (key && expiredAt(*key, t)) {
            c.findings |= Finding::AcceptedExpired;
        }
        return c;
    }
    c.anonymous = true; // rule 6
    return c;
}

void KeyIndex::add(const KeyRecord& key)
{
    const qsizetype index = m_keys.size();
    m_keys.append(ResolvedKey{key.projectId, key.id, key.status,
                              key.revokedAt.isValid() ? toMs(key.revokedAt) : 0,
                              key.expiresAt.isValid() ? toMs(key.expiresAt) : 0,
                              key.graceUntil.isValid() ? toMs(key.graceUntil) : 0});
    if (const QByteArray id = key.id.toLatin1(); id.size() == qsizetype(IdLength)) {
        putId(std::string_view(id.constData(), IdLength), index);
    } else {
        put(Table::Id, key.id, index);
    }
    put(Table::Hash, key.hash, index);
    put(Table::Hint, key.hint, index);
}

std::optional<ResolvedKey> KeyIndex::resolve(KeyRefKind kind, std::string_view reference) const
{
    const qsizetype index = find(kind, reference);
    if (index < 0) {
        return std::nullopt;
    }
    return m_keys[index];
}

namespace {

quint64 load8(const char* p)
{
    quint64 w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// References are ids, hints and hashes: random letters at both ends, so their first and last eight
// bytes spread them well enough; shorter text is hashed byte by byte.
std::size_t hashOf(quint8 table, std::string_view s)
{
    quint64 h = (quint64(s.size()) << 2) | table;
    if (s.size() >= 8) {
        h ^= load8(s.data()) * 0x9E3779B97F4A7C15ULL;
        h ^= load8(s.data() + s.size() - 8) * 0xC2B2AE3D27D4EB4FULL;
    } else {
        for (const char c : s) {
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
        }
    }
    return std::size_t(h ^ (h >> 29));
}

// memcmp() == 0 without the call for ids and hints (8..32 bytes, in overlapping words): a lookup
// per log line, where the call and its length dispatch cost more than the comparison.
bool sameBytes(const char* a, const char* b, std::size_t n)
{
    if (n >= 8 && n <= 16) {
        return ((load8(a) ^ load8(b)) | (load8(a + n - 8) ^ load8(b + n - 8))) == 0;
    }
    if (n > 16 && n <= 32) {
        return ((load8(a) ^ load8(b)) | (load8(a + 8) ^ load8(b + 8)) |
                (load8(a + n - 16) ^ load8(b + n - 16)) | (load8(a + n - 8) ^ load8(b + n - 8))) == 0;
    }
    return std::memcmp(a, b, n) == 0;
}

} // namespace

// Inlined into find(), which runs once per log line: the call's register saving cost as much as the probe.
Q_ALWAYS_INLINE qint32 KeyIndex::slotOf(Table table, std::string_view text) const
{
    const std::size_t mask = m_slots.size() - 1;
    const quint32 tag = tagOf(table, text.size());
    for (std::size_t i = hashOf(quint8(table), text) & mask;; i = (i + 1) & mask) {
        const qint32 e = m_slots[i];
        if (e < 0) {
            return qint32(i);
        }
        const Entry& entry = m_entries[std::size_t(e)];
        if (entry.tag == tag && sameBytes(entry.text.data(), text.data(), text.size())) {
            return qint32(i);
        }
    }
}

void KeyIndex::put(Table table, const QString& text, qsizetype index)
{
    // At most a quarter full, so that a miss (an unknown key) ends after a probe or two.
    if ((m_entries.size() + 1) * 4 > m_slots.size()) {
        std::vector<qint32> slots(std::max<std::size_t>(64, m_slots.size() * 2), -1);
        m_slots.swap(slots);
        for (std::size_t e = 0; e < m_entries.size(); ++e) {
            const Table entryTable = static_cast<Table>(m_entries[e].tag & 0xff);
            m_slots[std::size_t(slotOf(entryTable, m_entries[e].text))] = qint32(e);
        }
    }
    const QByteArray latin1 = text.toLatin1();
    const std::string_view bytes(latin1.constData(), std::size_t(latin1.size()));
    qint32& slot = m_slots[std::size_t(slotOf(table, bytes))];
    if (slot >= 0) {
        // As QHash::insert did: a second key with the same id or hash replaces the first; a
        // shared hint names neither.
        m_entries[std::size_t(slot)].index = table == Table::Hint ? -1 : index;
        return;
    }
    slot = qint32(m_entries.size());
    m_entries.push_back({std::string(bytes), tagOf(table, bytes.size()), index});
}

Q_ALWAYS_INLINE std::size_t KeyIndex::idSlotOf(std::string_view id) const
{
    // Past "key_" the bytes are random base62: eight of them, multiplied, spread the ids well (the
    // product's top bits are the well-mixed ones).
    const std::size_t mask = m_ids.size() - 1;
    for (std::size_t i = std::size_t((load8(id.data() + 4) * 0x9E3779B97F4A7C15ULL) >> m_idShift);;
         i = (i + 1) & mask) {
        const IdSlot& slot = m_ids[i];
        if (slot.index == -2 || sameBytes(slot.text.data(), id.data(), IdLength)) {
            return i;
        }
    }
}

void KeyIndex::putId(std::string_view id, qsizetype index)
{
    // At most a quarter full, as the table above.
    if ((m_idCount + 1) * 4 > m_ids.size()) {
        std::vector<IdSlot> ids(std::max<std::size_t>(64, m_ids.size() * 2));
        m_ids.swap(ids);
        m_idShift = 64 - std::countr_zero(m_ids.size());
        for (const IdSlot& slot : ids) {
            if (slot.index != -2) {
                m_ids[idSlotOf(std::string_view(slot.text.data(), IdLength))] = slot;
            }
        }
    }
    IdSlot& slot = m_ids[idSlotOf(id)];
    if (slot.index == -2) {
        ++m_idCount;
        std::copy(id.begin(), id.end(), slot.text.begin());
    }
    slot.index = qint32(index); // as put(): a second key with the same id replaces the first
}

qsizetype KeyIndex::find(KeyRefKind kind, std::string_view reference) const
{
    if (kind == KeyRefKind::KeyId && reference.size() == IdLength) {
        if (m_ids.empty()) {
            return -1;
        }
        return std::max<qint32>(m_ids[idSlotOf(reference)].index, -1);
    }
    // By the enum's order: None, KeyId, Hint, Hash, FullKey, Opaque (the last two hold a hash).
    static constexpr std::array<Table, 6> Tables{Table::Id,   Table::Id,   Table::Hint,
                                                 Table::Hash, Table::Hash, Table::Hash};
    static_assert(int(KeyRefKind::None) == 0 && int(KeyRefKind::Opaque) == 5);
    if (kind == KeyRefKind::None || m_slots.empty()) {
        return -1;
    }
    const qint32 e = m_slots[std::size_t(slotOf(Tables[std::size_t(kind)], reference))];
    return e < 0 ? -1 : m_entries[std::size_t(e)].index;
}

} // namespace kw
