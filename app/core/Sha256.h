// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <memory>

namespace kw {

// SHA-256 to lowercase hex, for hot loops (a million audit events, secrets met in access logs).
// libcrypto, when the build has it, uses the CPU's SHA instructions: about ten times Qt's own
// SHA-256. One object per thread: it keeps its context between calls.
class Sha256 final
{
    Q_DISABLE_COPY_MOVE(Sha256)

public:
    Sha256();
    ~Sha256();

    // The hash of a followed by b.
    void hex(QByteArrayView a, QByteArrayView b, char out[64]);
    void hex(QByteArrayView a, char out[64]) { hex(a, {}, out); }

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace kw
