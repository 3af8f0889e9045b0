// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/gateway/KeyTable.h"

#include <QtGlobal>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace kw::gateway {

// The gateway's in-memory copy of the registry and what the health endpoint says about it.
// One writer (the feed) publishes whole tables; many readers (the HTTP workers) each keep the
// table they last took and only compare a generation number per request, so the hot path takes
// no lock and touches no shared reference count.
class GatewayCopy final
{
    Q_DISABLE_COPY_MOVE(GatewayCopy)

public:
    GatewayCopy();

    // A reader's view: refresh() before each request, then use table().
    class Reader
    {
    public:
        explicit Reader(const GatewayCopy& copy)
            : m_copy(copy)
        {}
        const KeyTable& refresh()
        {
            const std::uint64_t g = m_copy.m_generation.load(std::memory_order_acquire);
            if (g != m_generation || !m_table) {
                m_table = m_copy.current();
                m_generation = g;
            }
            return *m_table;
        }

    private:
        const GatewayCopy& m_copy;
        std::shared_ptr<const KeyTable> m_table;
        std::uint64_t m_generation = ~std::uint64_t(0);
    };

    void publish(std::shared_ptr<const KeyTable> table, std::int64_t revision);
    std::shared_ptr<const KeyTable> current() const;

    // The feed's state. reachable: the watch is open. staleSinceMs: when the copy stopped
    // following the registry (0 while it follows).
    void setReachable(bool reachable, std::int64_t nowMs, const std::string& problem);
    // {"ready":…,"registry":"reachable"|"unreachable","stale_since":…,"keys":…,"revision":…}
    std::string healthJson() const;
    bool ready() const { return m_ready.load(); }

private:
    mutable std::mutex m_mutex; // guards m_table and m_problem; never taken per request
    std::shared_ptr<const KeyTable> m_table;
    std::string m_problem;
    std::atomic<std::uint64_t> m_generation = 0;
    std::atomic_bool m_ready = false;
    std::atomic_bool m_reachable = false;
    std::atomic<std::int64_t> m_staleSinceMs = 0;
    std::atomic<std::int64_t> m_revision = 0;
    std::atomic<std::int64_t> m_updatedMs = 0;
    std::atomic<std::size_t> m_keys = 0;
};

} // namespace kw::gateway
