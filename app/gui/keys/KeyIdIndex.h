// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <deque>
#include <vector>

namespace kw::gui {

struct KeyRow;

// Key id -> stored row of KeyTableModel: (hash of the id, row) sorted by hash. Cheaper to build for
// 100,000 rows than a QHash, and a lookup is a binary search plus one comparison of ids. It holds
// no ids itself: the rows it is built from answer the comparison.
class KeyIdIndex final
{
public:
    // Indexes every row, with room for `headroom` more without a reallocation.
    void build(const std::deque<KeyRow>& rows, std::size_t headroom);
    // Indexes rows[stored], which was just appended.
    void add(const std::deque<KeyRow>& rows, int stored);
    // The stored row of a key, -1 if none.
    int find(const std::deque<KeyRow>& rows, const QString& keyId) const;
    void clear() { m_slots.clear(); }

private:
    struct Slot
    {
        std::size_t hash;
        int stored;
    };
    std::vector<Slot> m_slots;
};

} // namespace kw::gui
