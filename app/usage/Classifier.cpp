// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/Classifier.h"

#include "core/Time.h"

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
    m_byId.insert(key.id.toLatin1(), index);
    m_byHash.insert(key.hash.toLatin1(), index);
    const QByteArray hint = key.hint.toLatin1();
    m_byHint.insert(hint, m_byHint.contains(hint) ? -1 : index);
}

std::optional<ResolvedKey> KeyIndex::resolve(KeyRefKind kind, std::string_view reference) const
{
    const qsizetype index = find(kind, reference);
    if (index < 0) {
        return std::nullopt;
    }
    return m_keys[index];
}

qsizetype KeyIndex::find(KeyRefKind kind, std::string_view reference) const
{
    const QHash<QByteArray, qsizetype>* map = nullptr;
    switch (kind) {
    case KeyRefKind::KeyId:
        map = &m_byId;
        break;
    case KeyRefKind::Hint:
        map = &m_byHint;
        break;
    case KeyRefKind::Hash:
    case KeyRefKind::FullKey:
    case KeyRefKind::Opaque:
        map = &m_byHash;
        break;
    case KeyRefKind::None:
        return -1;
    }
    // fromRawData: no copy of the reference, and a const lookup leaves the shared index untouched.
    return map->value(QByteArray::fromRawData(reference.data(), static_cast<qsizetype>(reference.size())),
                      -1);
}

} // namespace kw
