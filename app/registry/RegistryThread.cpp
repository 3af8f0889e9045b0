// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryThread.h"

#include <QThread>

namespace kw {

RegistryThread::RegistryThread(RegistryProfile profile, QByteArray password, QByteArray keyPassphrase)
    : m_profile(std::move(profile))
    , m_password(std::move(password))
    , m_keyPassphrase(std::move(keyPassphrase))
{}

RegistryThread::~RegistryThread()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
    m_password.fill('\0');
    m_keyPassphrase.fill('\0');
}

QThread* RegistryThread::start(std::function<void()> body)
{
    if (m_thread) {
        return nullptr;
    }
    m_thread = QThread::create(std::move(body));
    return m_thread;
}

} // namespace kw
