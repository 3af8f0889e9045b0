// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"

#include <QByteArray>
#include <memory>

namespace kw {

class Cursor;
class Workspace;

// Walks the chain of design §6 row by row while a scan reads the trail in seq order: the one
// verifier behind both `audit verify` and the audit export (docs/reports.md, Performance).
// Each event's canonical form is built from the stored details text — already Qt's canonical
// compact JSON — instead of re-parsing it; a row the fast path cannot vouch for goes through
// AuditLog::canonical, so it agrees with the writer exactly.
class AuditChain final
{
    Q_DISABLE_COPY_MOVE(AuditChain)

public:
    // The columns check() reads: the first of the scan's SELECT, in this order.
    enum Column
    {
        Seq,
        Id,
        At,
        Actor,
        Action,
        ProjectId,
        KeyId,
        Details,
        PrevHash,
        Hash,
        ColumnCount
    };
    // "seq, id, …, hash", each name after `prefix` (a table alias with its dot, or nothing).
    static QString columns(const QString& prefix = {});

    AuditChain();
    ~AuditChain();

    // The next event. False once the chain is broken; later rows are then ignored.
    bool check(const Cursor& row);
    // After the last row: the head the workspace recorded must be the last event walked, else
    // events were cut from the end (which the chain alone cannot show).
    void finish(Workspace& ws);

    bool ok() const { return m_result.ok; }
    const AuditVerification& result() const { return m_result; }

private:
    class Sha256;

    bool fail(const Cursor& row, const QString& problem);
    bool fastHashMatches(const Cursor& row, QByteArrayView prev, QByteArrayView hash);
    static bool slowHashMatches(const Cursor& row, QByteArrayView prev, QByteArrayView hash);

    std::unique_ptr<Sha256> m_sha;
    QByteArray m_prev;
    QByteArray m_canonical;
    AuditVerification m_result;
};

} // namespace kw
