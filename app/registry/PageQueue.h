// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "registry/EtcdClient.h"

#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <optional>

namespace kw {

// Pages handed from the thread that reads the registry to the one that applies them, in order.
class PageQueue final
{
    Q_DISABLE_COPY_MOVE(PageQueue)

public:
    struct Page
    {
        int part = 0; // 0 keys, 1 audit
        QList<EtcdKv> kvs;
        QList<Result<KeyRecord>> keys; // the key records parsed by the reader, one per kv
    };

    PageQueue() = default;
    void put(Page&& page)
    {
        const QMutexLocker lock(&m_mutex);
        m_pages.append(std::move(page));
        m_ready.wakeAll();
    }
    void finish(const Result<void>& result)
    {
        const QMutexLocker lock(&m_mutex);
        m_result = result;
        m_finished = true;
        m_ready.wakeAll();
    }
    // The next page, or nullopt once the reader finished (see result()).
    std::optional<Page> take()
    {
        const QMutexLocker lock(&m_mutex);
        while (m_pages.isEmpty() && !m_finished) {
            m_ready.wait(&m_mutex);
        }
        if (m_pages.isEmpty()) {
            return std::nullopt;
        }
        return m_pages.takeFirst();
    }
    Result<void> result()
    {
        const QMutexLocker lock(&m_mutex);
        return m_result;
    }
    void stop() { m_stop = true; }
    const std::atomic_bool* stopFlag() const { return &m_stop; }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    QList<Page> m_pages;
    bool m_finished = false;
    Result<void> m_result;
    std::atomic_bool m_stop = false;
};

} // namespace kw
