// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "usage/import/LogRecord.h"

#include <QList>
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kw {

// What the inventory knows of a referenced key; times are UTC ms, 0 = not set.
struct ResolvedKey
{
    QString projectId;
    QString keyId;
    KeyStatus status = KeyStatus::Active;
    qint64 revokedAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 graceUntilMs = 0;
};

// Reference (kind + id, hint or hash text) -> key, or nullopt when the inventory has none.
using KeyResolver = std::function<std::optional<ResolvedKey>(KeyRefKind kind, std::string_view reference)>;

enum class Finding : quint8
{
    PlaintextKey = 1,    // the log holds a full key or a Bearer token
    AcceptedExpired = 2, // the gateway let an expired key through (rule 5)
    AcceptedRevoked = 4, // the gateway let a revoked key through (rule 5)
};
Q_DECLARE_FLAGS(Findings, Finding)
Q_DECLARE_OPERATORS_FOR_FLAGS(Findings)

struct Classification
{
    bool anonymous = false; // rule 6: outside the charts; `outcome` is meaningless then
    Outcome outcome = Outcome::Valid;
    std::optional<ResolvedKey> key; // the resolved key, for per-key counts
    Findings findings;
};

// Design §4 rules 1–6, in order.
Classification classify(const LogRecord& record, const KeyResolver& resolve);

// The rules once the record's reference is resolved (`key` null when it names no known key): what
// classify() does after resolving, for the import's hot path, which resolves to an index itself.
struct Verdict
{
    bool anonymous = false;
    Outcome outcome = Outcome::Valid;
    Findings findings;
};
Verdict judge(const LogRecord& record, const ResolvedKey* key);

// Keys by id, hash and hint, for resolving a whole file against an inventory loaded once.
class KeyIndex
{
public:
    void add(const KeyRecord& key);
    std::optional<ResolvedKey> resolve(KeyRefKind kind, std::string_view reference) const;
    // The key's index (0 .. size()-1), or -1; no copy, no allocation: once per log line.
    qsizetype find(KeyRefKind kind, std::string_view reference) const;
    qsizetype size() const { return m_keys.size(); }
    const ResolvedKey& at(qsizetype index) const { return m_keys[index]; }
    KeyResolver resolver() const
    {
        return [this](KeyRefKind kind, std::string_view ref) {
            return resolve(kind, ref);
        };
    }

private:
    // One open-addressing table for ids, hints and hashes: a lookup per log line hashes two words
    // of the reference and compares it once, where a QHash hashed every byte.
    enum class Table : quint8
    {
        Id,
        Hint,
        Hash,
    };
    struct Entry
    {
        std::string text;
        quint32 tag = 0;     // tagOf(table, text.size()): one comparison rejects most others
        qsizetype index = 0; // -1 when two keys share a hint: then it names none
    };
    static constexpr quint32 tagOf(Table table, std::size_t size)
    {
        return quint32(size) << 8 | quint32(table);
    }
    qint32 slotOf(Table table, std::string_view text) const; // its entry's slot, or an empty one
    void put(Table table, const QString& text, qsizetype index);

    // Ids of the usual length ("key_" and 16 base62: the reference on most lines) have a table of
    // their own with the text in the slot: a lookup is a multiply and a compare of bytes the line
    // has just brought into the cache, where the table above follows slot, entry and text one
    // after the other (bench_parse: −4 % of the parse).
    static constexpr std::size_t IdLength = 20;
    struct alignas(32) IdSlot
    {
        std::array<char, IdLength> text{};
        qint32 index = -2; // the key's index; -2: an empty slot
    };
    std::size_t idSlotOf(std::string_view id) const; // id.size() == IdLength, m_ids not empty
    void putId(std::string_view id, qsizetype index);

    QList<ResolvedKey> m_keys;
    std::vector<Entry> m_entries;
    std::vector<qint32> m_slots; // entry numbers, -1 = empty; the size is a power of two
    std::vector<IdSlot> m_ids;   // empty, or 2^(64 - m_idShift) slots
    int m_idShift = 64;
    std::size_t m_idCount = 0;
};

} // namespace kw
