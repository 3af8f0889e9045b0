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
    if (record.plaintextSeen) {
        c.findings |= Finding::PlaintextKey;
    }
    if (record.hasKeyRef() && resolve) {
        // Resolved before the rules so that rules 1 and 2 still count the request for its key.
        c.key = resolve(record.refKind(), record.keyRef());
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
        if (!c.key) {
            c.outcome = Outcome::Invalid;
        } else if (revokedAt(*c.key, t)) {
            c.outcome = Outcome::Revoked;
        } else if (expiredAt(*c.key, t)) {
            c.outcome = Outcome::Expired;
        } else {
            c.outcome = record.status == 403 ? Outcome::Forbidden : Outcome::Invalid;
        }
        return c;
    }
    if (record.hasKeyRef()) { // rule 5
        c.outcome = Outcome::Valid;
        if (c.key && revokedAt(*c.key, t)) {
            c.findings |= Finding::AcceptedRevoked;
        } else if (c.key && expiredAt(*c.key, t)) {
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
        return std::nullopt;
    }
    // fromRawData: resolving runs once per log line and must not allocate.
    const qsizetype index =
        map->value(QByteArray::fromRawData(reference.data(), static_cast<qsizetype>(reference.size())), -1);
    if (index < 0) {
        return std::nullopt;
    }
    return m_keys[index];
}

} // namespace kw
