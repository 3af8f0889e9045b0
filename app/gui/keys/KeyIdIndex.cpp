// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyIdIndex.h"

#include "gui/keys/KeyRows.h"

#include <QHash>
#include <algorithm>

namespace kw::gui {

void KeyIdIndex::build(const std::deque<KeyRow>& rows, std::size_t headroom)
{
    m_slots.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        m_slots[i] = Slot{qHash(rows[i].id), int(i)};
    }
    std::sort(m_slots.begin(), m_slots.end(), [](const Slot& a, const Slot& b) { return a.hash < b.hash; });
    m_slots.reserve(m_slots.size() + headroom);
}

void KeyIdIndex::add(const std::deque<KeyRow>& rows, int stored)
{
    const Slot slot{qHash(rows[std::size_t(stored)].id), stored};
    m_slots.insert(std::upper_bound(m_slots.begin(), m_slots.end(), slot,
                                    [](const Slot& a, const Slot& b) { return a.hash < b.hash; }),
                   slot);
}

int KeyIdIndex::find(const std::deque<KeyRow>& rows, const QString& keyId) const
{
    const std::size_t hash = qHash(keyId);
    auto it = std::lower_bound(m_slots.begin(), m_slots.end(), hash,
                               [](const Slot& slot, std::size_t h) { return slot.hash < h; });
    for (; it != m_slots.end() && it->hash == hash; ++it) {
        if (rows[std::size_t(it->stored)].id == keyId) {
            return it->stored;
        }
    }
    return -1;
}

} // namespace kw::gui
