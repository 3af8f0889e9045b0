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
// AuditLog::canonical, so it agrees with the writer exactly. The links (prev_hash) are checked
// as rows come; the SHA-256 of each event runs behind, on a second thread, in batches.
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

    // Reads where the events hashed without their seq end (AuditLog::legacyUntil).
    explicit AuditChain(Workspace& ws);
    ~AuditChain();

    // The next event. False once the chain is known to be broken (a hash mismatch found on the
    // hashing thread shows here some rows later); later rows are then ignored.
    bool check(const Cursor& row);
    // Waits for the hashing thread: result() is complete after it.
    void stop();
    // stop(), then the head the workspace recorded must be the last event walked, else events
    // were cut from the end (which the chain alone cannot show).
    void finish(Workspace& ws);

    const AuditVerification& result() const { return m_result; }

private:
    class Hasher;

    bool checkSeal(const Cursor& row);
    void brokenAt(const Cursor& row, const QString& problem);

    std::unique_ptr<Hasher> m_hasher;
    qint64 m_legacyUntil = 0;
    qint64 m_firstSeq = 0;
    QByteArray m_prev;
    qint64 m_rows = 0;
    qint64 m_lastSeq = 0;
    // A broken link seen here: the row's index, and the verification up to it.
    qint64 m_linkBrokenAt = -1;
    AuditVerification m_result;
};

} // namespace kw
