// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/KeyReplay.h"

#include "core/Json.h"
#include "core/Time.h"
#include "core/Tr.h"
#include "store/AuditChain.h"
#include "store/Cursor.h"
#include "store/KeyRepo.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kw {

namespace {

// Whole seconds: event details carry ISO 8601 times to the second, rows milliseconds.
qint64 seconds(const QDateTime& t)
{
    return t.isValid() ? floorDiv(t.toMSecsSinceEpoch(), 1000) : 0;
}

qint64 secondsOf(const QJsonValue& v)
{
    if (v.isDouble()) {
        return floorDiv(qint64(v.toDouble()), 1000);
    }
    const std::optional<QDateTime> t = parseIsoTime(v.toString());
    return t ? seconds(*t) : 0;
}

QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}

QString timeText(qint64 secs)
{
    return secs == 0 ? tr("not set") : toIso(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
}

// Sets the fields a record-shaped object names (a `state`, or the kept values of a merge).
void applyFields(KeyReplay::State& s, const QJsonObject& fields, bool kept)
{
    const auto value = [&](const char* name) {
        const QJsonValue v = fields.value(QLatin1String(name));
        return kept ? v.toObject().value(QStringLiteral("kept")) : v;
    };
    const auto has = [&](const char* name) {
        return fields.contains(QLatin1String(name));
    };
    if (has("status")) {
        s.revoked = value("status").toString() == QLatin1String("revoked");
    }
    if (has("expires_at")) {
        s.expires = secondsOf(value("expires_at"));
    }
    if (has("scopes")) {
        s.scopes = stringListFromJson(value("scopes").toArray());
    }
    if (has("models")) {
        s.models = stringListFromJson(value("models").toArray());
    }
    if (has("tier")) {
        s.tier = tierFromJson(value("tier").toObject());
    }
    if (has("grace_until")) {
        s.graceUntil = secondsOf(value("grace_until"));
    }
    if (has("revoked_by")) {
        s.revokedBy = value("revoked_by").toString();
    }
    if (has("revoke_reason")) {
        s.revokeReason = value("revoke_reason").toString();
    }
}

// The events that can change what compare() looks at; the others (key.reveal, …) are not parsed.
bool changesState(QByteArrayView action, QByteArrayView details)
{
    for (const char* a :
         {"key.issue", "key.import", "key.rotate", "key.revoke", "key.edit", "registry.conflict"}) {
        if (action == a) {
            return true;
        }
    }
    return details.contains("\"state\":");
}

} // namespace

void KeyReplay::applyEvent(State& s, QStringView action, const QString& actor, const QJsonObject& d)
{
    if (action == u"key.issue" || action == u"key.import") {
        s = State{};
        s.created = true;
        s.expires = secondsOf(d.value(QStringLiteral("expires_at")));
        s.scopes = stringListFromJson(d.value(QStringLiteral("scopes")).toArray());
        s.models = stringListFromJson(d.value(QStringLiteral("models")).toArray());
        s.tier = tierFromJson(d.value(QStringLiteral("tier")).toObject());
    } else if (action == u"key.rotate") {
        s.graceUntil = secondsOf(d.value(QStringLiteral("grace_until")));
    } else if (action == u"key.revoke") {
        s.revoked = true;
        s.revokedBy = actor;
        s.revokeReason = d.value(QStringLiteral("reason")).toString();
    } else if (action == u"key.edit") {
        const QJsonObject changes = d.value(QStringLiteral("changes")).toObject();
        QJsonObject to;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            to.insert(it.key(), it.value().toObject().value(QStringLiteral("to")));
        }
        applyFields(s, to, false);
    } else if (action == u"registry.conflict") {
        applyFields(s, d.value(QStringLiteral("fields")).toObject(), true);
    }
    // Whatever the action: a registry merge or sync that states the resulting record.
    if (const QJsonValue state = d.value(QStringLiteral("state")); state.isObject()) {
        s.created = true;
        applyFields(s, state.toObject(), false);
    }
}

Result<KeyReplay> KeyReplay::forWorkspace(Workspace& ws)
{
    KeyReplay replay;
    Cursor row(ws, QStringLiteral("SELECT id FROM keys"));
    while (row.next()) {
        replay.m_states.insert(row.text(0), State{});
    }
    if (Result<void> r = row.status(); !r) {
        return r.error();
    }
    return replay;
}

void KeyReplay::apply(const Cursor& row)
{
    const QByteArrayView keyId = row.utf8(AuditChain::KeyId);
    if (m_states.isEmpty() || keyId.isEmpty() ||
        !changesState(row.utf8(AuditChain::Action), row.utf8(AuditChain::Details))) {
        return;
    }
    const auto it = m_states.find(QString::fromUtf8(keyId.data(), keyId.size()));
    if (it == m_states.end()) {
        return;
    }
    const QByteArrayView details = row.utf8(AuditChain::Details);
    applyEvent(*it, QString::fromUtf8(row.utf8(AuditChain::Action)), row.text(AuditChain::Actor),
               QJsonDocument::fromJson(QByteArray(details.data(), details.size())).object());
    it->lastSeq = row.integer(AuditChain::Seq);
}

Result<std::optional<KeyReplay::Mismatch>> KeyReplay::compare(Workspace& ws) const
{
    std::optional<Mismatch> first;
    Result<void> r = KeyRepo(ws).scan({}, [&](KeyRecord&& k) {
        const State s = m_states.value(k.id);
        const auto differs = [&](const QString& field, const QString& stored, const QString& replayed) {
            first = Mismatch{k.id, k.hint, s.lastSeq,
                             tr("key %1 (%2): its %3 is %4 in the keys table, but its audit events say %5; "
                                "the row was changed outside Keyward")
                                 .arg(k.id, k.hint, field, stored.isEmpty() ? tr("empty") : stored,
                                      replayed.isEmpty() ? tr("empty") : replayed)};
        };
        if (!s.created) {
            first = Mismatch{k.id, k.hint, s.lastSeq,
                             tr("key %1 (%2) has no key.issue or key.import event: it was added to the keys "
                                "table outside Keyward")
                                 .arg(k.id, k.hint)};
        } else if ((k.status == KeyStatus::Revoked) != s.revoked) {
            differs(tr("status"), statusName(k.status).toString(),
                    s.revoked ? QStringLiteral("revoked") : QStringLiteral("active"));
        } else if (seconds(k.expiresAt) != s.expires) {
            differs(tr("expiry"), timeText(seconds(k.expiresAt)), timeText(s.expires));
        } else if (sortedList(k.scopes) != sortedList(s.scopes)) {
            differs(tr("scopes"), k.scopes.join(u','), s.scopes.join(u','));
        } else if (sortedList(k.models) != sortedList(s.models)) {
            differs(tr("models"), k.models.join(u','), s.models.join(u','));
        } else if (!(k.tier == s.tier)) {
            differs(tr("tier"), describeTier(k.tier), describeTier(s.tier));
        } else if (seconds(k.graceUntil) != s.graceUntil) {
            differs(tr("grace period"), timeText(seconds(k.graceUntil)), timeText(s.graceUntil));
        } else if (k.revokedBy != s.revokedBy) {
            differs(tr("revoker"), k.revokedBy, s.revokedBy);
        } else if ((k.revokeReason ? reasonName(*k.revokeReason).toString() : QString()) != s.revokeReason) {
            differs(tr("revoke reason"), k.revokeReason ? reasonName(*k.revokeReason).toString() : QString(),
                    s.revokeReason);
        }
        return !first;
    });
    if (!r) {
        return r.error();
    }
    return first;
}

} // namespace kw
