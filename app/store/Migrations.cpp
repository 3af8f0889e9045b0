// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

#include "store/AuditLog.h"

namespace kw {

namespace {

// Schema 4's outcome columns, in kw::Outcome's order (0 valid … 5 forbidden). Frozen with the
// migration: app/usage spells them with outcomeName(), which gives the same names.
const QStringList& countColumns()
{
    static const QStringList columns{QStringLiteral("valid"),        QStringLiteral("invalid"),
                                     QStringLiteral("expired"),      QStringLiteral("revoked"),
                                     QStringLiteral("rate_limited"), QStringLiteral("forbidden")};
    return columns;
}

// `pattern` once per outcome column (%1 the column, %2 its outcome number), joined by `separator`.
QString eachCount(const QString& pattern, const QString& separator)
{
    QStringList parts;
    for (qsizetype o = 0; o < countColumns().size(); ++o) {
        // Not arg(): it numbers markers by rank, and some patterns hold only %2.
        parts.append(QString(pattern)
                         .replace(QLatin1String("%1"), countColumns().at(o))
                         .replace(QLatin1String("%2"), QString::number(o)));
    }
    return parts.join(separator);
}

// usage_minutes (schema 2's long table) becomes one wide row per (project, key, minute): one
// B-tree with integer keys instead of two with text (the import's commit thread did ≈ 19,000
// instructions per long row; docs/usage.md). The old shape stays as a view for ad-hoc queries, with
// triggers so that an INSERT adds to the count and a DELETE clears it, as on the old table.
QStringList wideUsageCounts()
{
    const QString slotOf = QStringLiteral(
        "(SELECT id FROM usage_slots WHERE project_id = OLD.project_id AND key_id = OLD.key_id)");
    return {
        // key_id '' = a reference the inventory does not know (or none), as in usage_minutes.
        QStringLiteral("CREATE TABLE usage_slots ("
                       " id INTEGER PRIMARY KEY,"
                       " project_id TEXT NOT NULL,"
                       " key_id TEXT NOT NULL,"
                       " UNIQUE (project_id, key_id))"),
        QStringLiteral("CREATE INDEX usage_slots_by_key ON usage_slots(key_id)"),
        // minute = UTC ms / 60000; one count column per outcome.
        QStringLiteral("CREATE TABLE usage_counts ("
                       " slot INTEGER NOT NULL REFERENCES usage_slots(id),"
                       " minute INTEGER NOT NULL, ") +
            eachCount(QStringLiteral("%1 INTEGER NOT NULL DEFAULT 0"), QStringLiteral(", ")) +
            QStringLiteral(", PRIMARY KEY (slot, minute)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO usage_slots (project_id, key_id)"
                       " SELECT DISTINCT project_id, key_id FROM usage_minutes ORDER BY project_id, key_id"),
        QStringLiteral("INSERT INTO usage_counts (slot, minute, ") +
            eachCount(QStringLiteral("%1"), QStringLiteral(", ")) +
            QStringLiteral(") SELECT s.id, m.minute, ") +
            eachCount(QStringLiteral("sum(CASE m.outcome WHEN %2 THEN m.count ELSE 0 END)"),
                      QStringLiteral(", ")) +
            QStringLiteral(" FROM usage_minutes m JOIN usage_slots s"
                           " ON s.project_id = m.project_id AND s.key_id = m.key_id"
                           " GROUP BY s.id, m.minute"),
        QStringLiteral("DROP INDEX usage_minutes_by_key"),
        QStringLiteral("DROP TABLE usage_minutes"),
        // Design §6's (project, key, minute, outcome) → count; only non-zero counts, as before.
        QStringLiteral("CREATE VIEW usage_minutes (project_id, key_id, minute, outcome, count) AS ") +
            eachCount(
                QStringLiteral("SELECT s.project_id, s.key_id, c.minute, %2, c.%1"
                               " FROM usage_counts c JOIN usage_slots s ON s.id = c.slot WHERE c.%1 <> 0"),
                QStringLiteral(" UNION ALL ")),
        QStringLiteral("CREATE TRIGGER usage_minutes_insert INSTEAD OF INSERT ON usage_minutes BEGIN"
                       " SELECT RAISE(ABORT, 'outcome must be between 0 and 5')"
                       " WHERE NEW.outcome IS NULL OR NEW.outcome NOT BETWEEN 0 AND 5;"
                       " INSERT INTO usage_slots (project_id, key_id) VALUES (NEW.project_id, NEW.key_id)"
                       " ON CONFLICT DO NOTHING;"
                       " INSERT INTO usage_counts (slot, minute, ") +
            eachCount(QStringLiteral("%1"), QStringLiteral(", ")) +
            QStringLiteral(") SELECT id, NEW.minute, ") +
            eachCount(QStringLiteral("CASE NEW.outcome WHEN %2 THEN NEW.count ELSE 0 END"),
                      QStringLiteral(", ")) +
            QStringLiteral(" FROM usage_slots WHERE project_id = NEW.project_id AND key_id = NEW.key_id"
                           " ON CONFLICT (slot, minute) DO UPDATE SET ") +
            eachCount(QStringLiteral("%1 = %1 + excluded.%1"), QStringLiteral(", ")) +
            QStringLiteral("; END"),
        QStringLiteral("CREATE TRIGGER usage_minutes_delete INSTEAD OF DELETE ON usage_minutes BEGIN"
                       " UPDATE usage_counts SET ") +
            eachCount(QStringLiteral("%1 = CASE OLD.outcome WHEN %2 THEN 0 ELSE %1 END"),
                      QStringLiteral(", ")) +
            QStringLiteral(" WHERE slot = ") + slotOf + QStringLiteral(" AND minute = OLD.minute;") +
            QStringLiteral(" DELETE FROM usage_counts WHERE slot = ") + slotOf +
            QStringLiteral(" AND minute = OLD.minute AND ") +
            eachCount(QStringLiteral("%1 = 0"), QStringLiteral(" AND ")) + QStringLiteral("; END"),
    };
}

// usage_counts (schema 4) becomes one row per (slot, hour): the hour's six totals, and its minutes
// as text, "[m,valid,…,forbidden]" entries joined by ',' with m the minute within the hour (0..59).
// A minute may appear more than once (an hour written in two transactions); its counts add up.
// 60× fewer rows: the import's commit thread spent ≈ 1.3 µs a wide row (docs/usage.md, ninth round).
// Hours are floor(minute / 60), so that a minute before 1970 stays in its own hour. The rowid is
// (slot, hour) in one integer, slot × 2³² + hour + 2³¹: a slot's hours are one range of the table's
// own B-tree, with no second index to keep or to go through.
QStringList hourlyUsageCounts()
{
    const auto hour = [](const QString& minute) {
        return QStringLiteral("((%1 - ((%1 % 60) + 60) % 60) / 60)").replace(QLatin1String("%1"), minute);
    };
    const auto offset = [](const QString& minute) {
        return QStringLiteral("(((%1 % 60) + 60) % 60)").replace(QLatin1String("%1"), minute);
    };
    const auto rowId = [](const QString& slot, const QString& hourNumber) -> QString {
        return u"(" + slot + u" * 4294967296 + " + hourNumber + u" + 2147483648)";
    };
    const QString oldRow =
        rowId(QStringLiteral("(SELECT id FROM usage_slots WHERE project_id = OLD.project_id"
                             " AND key_id = OLD.key_id)"),
              hour(QStringLiteral("OLD.minute")));
    return {
        QStringLiteral("CREATE TABLE usage_hours ("
                       " id INTEGER PRIMARY KEY,"
                       " slot INTEGER NOT NULL REFERENCES usage_slots(id),"
                       " hour INTEGER NOT NULL, ") +
            eachCount(QStringLiteral("%1 INTEGER NOT NULL DEFAULT 0"), QStringLiteral(", ")) +
            QStringLiteral(", minutes TEXT NOT NULL DEFAULT '', CHECK (id = ") +
            rowId(QStringLiteral("slot"), QStringLiteral("hour")) + QStringLiteral("))"),
        QStringLiteral("INSERT INTO usage_hours (id, slot, hour, ") +
            eachCount(QStringLiteral("%1"), QStringLiteral(", ")) + QStringLiteral(", minutes) SELECT ") +
            rowId(QStringLiteral("slot"), QStringLiteral("h")) + QStringLiteral(", slot, h, ") +
            eachCount(QStringLiteral("sum(%1)"), QStringLiteral(", ")) +
            QStringLiteral(", group_concat(json_array(minute - h * 60, ") +
            eachCount(QStringLiteral("%1"), QStringLiteral(", ")) +
            QStringLiteral("), ',') FROM (SELECT c.*, ") + hour(QStringLiteral("minute")) +
            QStringLiteral(" AS h FROM usage_counts c ORDER BY slot, minute) GROUP BY slot, h"),
        QStringLiteral("DROP TRIGGER usage_minutes_insert"),
        QStringLiteral("DROP TRIGGER usage_minutes_delete"),
        QStringLiteral("DROP VIEW usage_minutes"),
        QStringLiteral("DROP TABLE usage_counts"),
        // Design §6's (project, key, minute, outcome) → count, unpacked; only non-zero counts.
        QStringLiteral("CREATE VIEW usage_minutes (project_id, key_id, minute, outcome, count) AS"
                       " SELECT s.project_id, s.key_id, h.hour * 60 + json_extract(m.value, '$[0]'),"
                       " o.value, sum(json_extract(m.value, '$[' || (o.value + 1) || ']'))"
                       " FROM usage_hours h JOIN usage_slots s ON s.id = h.slot,"
                       " json_each('[' || h.minutes || ']') m, json_each('[0,1,2,3,4,5]') o"
                       " GROUP BY h.slot, h.hour, json_extract(m.value, '$[0]'), o.value"
                       " HAVING sum(json_extract(m.value, '$[' || (o.value + 1) || ']')) <> 0"),
        QStringLiteral("CREATE TRIGGER usage_minutes_insert INSTEAD OF INSERT ON usage_minutes BEGIN"
                       " SELECT RAISE(ABORT, 'outcome must be between 0 and 5')"
                       " WHERE NEW.outcome IS NULL OR NEW.outcome NOT BETWEEN 0 AND 5;"
                       " INSERT INTO usage_slots (project_id, key_id) VALUES (NEW.project_id, NEW.key_id)"
                       " ON CONFLICT DO NOTHING;"
                       " INSERT INTO usage_hours (id, slot, hour, ") +
            eachCount(QStringLiteral("%1"), QStringLiteral(", ")) + QStringLiteral(", minutes) SELECT ") +
            rowId(QStringLiteral("id"), hour(QStringLiteral("NEW.minute"))) + QStringLiteral(", id, ") +
            hour(QStringLiteral("NEW.minute")) + QStringLiteral(", ") +
            eachCount(QStringLiteral("CASE NEW.outcome WHEN %2 THEN NEW.count ELSE 0 END"),
                      QStringLiteral(", ")) +
            QStringLiteral(", json_array(") + offset(QStringLiteral("NEW.minute")) + QStringLiteral(", ") +
            eachCount(QStringLiteral("CASE NEW.outcome WHEN %2 THEN NEW.count ELSE 0 END"),
                      QStringLiteral(", ")) +
            QStringLiteral(") FROM usage_slots WHERE project_id = NEW.project_id AND key_id = NEW.key_id"
                           " ON CONFLICT (id) DO UPDATE SET ") +
            eachCount(QStringLiteral("%1 = %1 + excluded.%1"), QStringLiteral(", ")) +
            QStringLiteral(", minutes = CASE minutes WHEN '' THEN excluded.minutes"
                           " ELSE minutes || ',' || excluded.minutes END; END"),
        // A delete clears one outcome of one minute: its entries get a 0 there, the hour's total
        // loses the count, and an hour left with nothing goes.
        QStringLiteral("CREATE TRIGGER usage_minutes_delete INSTEAD OF DELETE ON usage_minutes BEGIN"
                       " UPDATE usage_hours SET ") +
            eachCount(QStringLiteral("%1 = %1 - CASE OLD.outcome WHEN %2 THEN OLD.count ELSE 0 END"),
                      QStringLiteral(", ")) +
            QStringLiteral(", minutes = (SELECT group_concat(CASE WHEN json_extract(m.value, '$[0]') = ") +
            offset(QStringLiteral("OLD.minute")) +
            QStringLiteral(" THEN json_set(m.value, '$[' || (OLD.outcome + 1) || ']', 0) ELSE m.value END,"
                           " ',') FROM json_each('[' || minutes || ']') m)"
                           " WHERE id = ") +
            oldRow + QStringLiteral("; DELETE FROM usage_hours WHERE id = ") + oldRow +
            QStringLiteral(" AND ") + eachCount(QStringLiteral("%1 = 0"), QStringLiteral(" AND ")) +
            QStringLiteral("; END"),
    };
}

} // namespace

const QList<Migration>& migrations()
{
    // Times are UTC milliseconds since the epoch; 0 means "not set". Lists are JSON arrays.
    static const QList<Migration> all{
        {1,
         {QStringLiteral("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE projects ("
                         " id TEXT PRIMARY KEY,"
                         " name TEXT NOT NULL UNIQUE,"
                         " prefix TEXT NOT NULL UNIQUE,"
                         " description TEXT NOT NULL DEFAULT '',"
                         " policy TEXT NOT NULL,"
                         " created_at INTEGER NOT NULL,"
                         " updated_at INTEGER NOT NULL,"
                         " updated_by TEXT NOT NULL,"
                         " registry_profile TEXT)"),
          QStringLiteral("CREATE TABLE keys ("
                         " id TEXT PRIMARY KEY,"
                         " project_id TEXT NOT NULL REFERENCES projects(id),"
                         " name TEXT NOT NULL,"
                         " owner TEXT NOT NULL DEFAULT '',"
                         " env TEXT NOT NULL CHECK (env IN ('live','test')),"
                         " hint TEXT NOT NULL,"
                         " hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),"
                         " scopes TEXT NOT NULL DEFAULT '[]',"
                         " models TEXT NOT NULL DEFAULT '[]',"
                         " rpm INTEGER NOT NULL DEFAULT 0,"
                         " tpm INTEGER NOT NULL DEFAULT 0,"
                         " monthly_quota INTEGER NOT NULL DEFAULT 0,"
                         " created_at INTEGER NOT NULL,"
                         " created_by TEXT NOT NULL,"
                         " expires_at INTEGER NOT NULL DEFAULT 0,"
                         " last_used_at INTEGER NOT NULL DEFAULT 0,"
                         " status TEXT NOT NULL CHECK (status IN ('active','revoked')),"
                         " revoked_at INTEGER NOT NULL DEFAULT 0,"
                         " revoked_by TEXT NOT NULL DEFAULT '',"
                         " revoke_reason TEXT NOT NULL DEFAULT '',"
                         " revoke_note TEXT NOT NULL DEFAULT '',"
                         " rotated_from TEXT NOT NULL DEFAULT '',"
                         " rotated_to TEXT NOT NULL DEFAULT '',"
                         " grace_until INTEGER NOT NULL DEFAULT 0,"
                         " notes TEXT NOT NULL DEFAULT '',"
                         " kept_in_keychain INTEGER NOT NULL DEFAULT 0,"
                         " updated_at INTEGER NOT NULL,"
                         " updated_by TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX keys_by_project ON keys(project_id, created_at)"),
          QStringLiteral("CREATE INDEX keys_by_hint ON keys(hint)"),
          // Defence in depth for design §3: no statement, from any tool, revives a revoked key.
          QStringLiteral("CREATE TRIGGER keys_revocation_is_final BEFORE UPDATE OF status ON keys"
                         " WHEN OLD.status = 'revoked' AND NEW.status <> 'revoked'"
                         " BEGIN SELECT RAISE(ABORT, 'a revoked key cannot become active again'); END"),
          QStringLiteral("CREATE TABLE audit ("
                         " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " id TEXT NOT NULL UNIQUE,"
                         " at INTEGER NOT NULL,"
                         " actor TEXT NOT NULL,"
                         " action TEXT NOT NULL,"
                         " project_id TEXT NOT NULL DEFAULT '',"
                         " key_id TEXT NOT NULL DEFAULT '',"
                         " details TEXT NOT NULL,"
                         " prev_hash TEXT NOT NULL,"
                         " hash TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX audit_by_key ON audit(key_id, seq)"),
          QStringLiteral("CREATE INDEX audit_by_project ON audit(project_id, seq)"),
          // The chain detects edits; these triggers stop accidental ones before they happen.
          QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                         " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
          QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                         " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
          QStringLiteral("CREATE TABLE outbox ("
                         " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " project_id TEXT NOT NULL,"
                         " entity TEXT NOT NULL,"
                         " entity_id TEXT NOT NULL,"
                         " op TEXT NOT NULL,"
                         " payload TEXT NOT NULL,"
                         " created_at INTEGER NOT NULL)")}},
        // Design §6 usage: counts per (project, key or unknown, minute, outcome) plus one row per
        // imported log, so a re-import adds nothing and a grown log resumes at its offset.
        {2,
         {QStringLiteral("CREATE TABLE usage_files ("
                         " id INTEGER PRIMARY KEY,"
                         " project_id TEXT NOT NULL REFERENCES projects(id),"
                         " path TEXT NOT NULL,"           // as last imported; names change on rotation
                         " format TEXT NOT NULL,"         // combined, json, csv (+ mapping profile)
                         " head_length INTEGER NOT NULL," // content bytes the head hash covers
                         " head_hash TEXT NOT NULL,"      // SHA-256 hex of those bytes (decompressed)
                         " tail_hash TEXT NOT NULL,"      // SHA-256 hex of the bytes just before `offset`
                         " offset INTEGER NOT NULL,"      // content bytes consumed: resume point
                         " lines INTEGER NOT NULL DEFAULT 0,"
                         " imported INTEGER NOT NULL DEFAULT 0," // lines counted in usage_minutes
                         " anonymous INTEGER NOT NULL DEFAULT 0,"
                         " rejected INTEGER NOT NULL DEFAULT 0,"
                         " first_at INTEGER NOT NULL DEFAULT 0,"
                         " last_at INTEGER NOT NULL DEFAULT 0,"
                         " imported_at INTEGER NOT NULL,"
                         " imported_by TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX usage_files_by_head ON usage_files(project_id, head_hash)"),
          // key_id '' = a reference the inventory does not know (or none, for 401/403 lines).
          // outcome = kw::Outcome as an integer (0 valid … 5 forbidden); minute = UTC ms / 60000.
          QStringLiteral("CREATE TABLE usage_minutes ("
                         " project_id TEXT NOT NULL,"
                         " key_id TEXT NOT NULL,"
                         " minute INTEGER NOT NULL,"
                         " outcome INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 5),"
                         " count INTEGER NOT NULL,"
                         " PRIMARY KEY (project_id, minute, key_id, outcome)) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX usage_minutes_by_key ON usage_minutes(key_id, minute)"),
          QStringLiteral("CREATE TABLE usage_rejections ("
                         " file_id INTEGER NOT NULL REFERENCES usage_files(id),"
                         " reason TEXT NOT NULL,"
                         " count INTEGER NOT NULL,"
                         " samples TEXT NOT NULL DEFAULT '[]'," // JSON array of redacted "file:line: reason"
                         " PRIMARY KEY (file_id, reason))"),
          // kind: plaintext_key, accepted_expired, accepted_revoked. Never holds a key: only its id.
          QStringLiteral("CREATE TABLE usage_findings ("
                         " id INTEGER PRIMARY KEY,"
                         " project_id TEXT NOT NULL,"
                         " file_id INTEGER NOT NULL REFERENCES usage_files(id),"
                         " kind TEXT NOT NULL,"
                         " line INTEGER NOT NULL,"
                         " at INTEGER NOT NULL,"
                         " key_id TEXT NOT NULL DEFAULT '',"
                         " count INTEGER NOT NULL DEFAULT 1," // further lines of the same kind/file/key
                         " UNIQUE (file_id, kind, key_id))")}},
        // Design §5 registry (issue 6): profiles (secrets stay in the keychain), the mod_revision
        // last seen per etcd key, the revision applied per profile, and merge conflicts for the admin.
        {3,
         {QStringLiteral("CREATE TABLE registry_profiles ("
                         " name TEXT PRIMARY KEY,"
                         " endpoints TEXT NOT NULL," // JSON array of https://host:port
                         " ca_file TEXT NOT NULL,"
                         " client_cert TEXT NOT NULL DEFAULT '',"
                         " client_key TEXT NOT NULL DEFAULT '',"
                         " pin TEXT NOT NULL DEFAULT ''," // SPKI SHA-256, lowercase hex
                         " user TEXT NOT NULL,"
                         " namespace TEXT NOT NULL,"
                         " allow_http_loopback INTEGER NOT NULL DEFAULT 0,"
                         " created_at INTEGER NOT NULL,"
                         " updated_at INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE registry_revisions ("
                         " profile TEXT NOT NULL,"
                         " etcd_key TEXT NOT NULL,"
                         " mod_revision INTEGER NOT NULL,"
                         " PRIMARY KEY (profile, etcd_key)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE registry_sync ("
                         " profile TEXT PRIMARY KEY,"
                         " applied_revision INTEGER NOT NULL DEFAULT 0,"
                         " last_sync_at INTEGER NOT NULL DEFAULT 0,"
                         " last_attempt_at INTEGER NOT NULL DEFAULT 0,"
                         " last_error TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TABLE registry_conflicts ("
                         " id INTEGER PRIMARY KEY,"
                         " profile TEXT NOT NULL,"
                         " project_id TEXT NOT NULL,"
                         " key_id TEXT NOT NULL,"
                         " at INTEGER NOT NULL,"
                         " fields TEXT NOT NULL," // {field: {local, remote, kept}}
                         " event_id TEXT NOT NULL DEFAULT '',"
                         " origin TEXT NOT NULL DEFAULT 'local')")}},
        {4, wideUsageCounts()},
        // Hashes of the head's first 1, 4 and 16 KiB, "1024:hex 4096:hex 16384:hex" (those shorter
        // than the head): a copy shorter than an earlier import's head (a truncated download of a
        // rotated log) is still recognised as that content. '' for rows imported before.
        {5, {QStringLiteral("ALTER TABLE usage_files ADD COLUMN prefix_hashes TEXT NOT NULL DEFAULT ''")}},
        {6, hourlyUsageCounts()},
        // The chain's hash covers each event's seq from here on (a renumbering then breaks it).
        // Events already written keep the hash they have: rewriting them would erase exactly the
        // evidence the chain keeps. An audit.upgrade event seals how many there are and their
        // seq range instead (docs/workspace.md, "The audit chain").
        {7, {}, &AuditLog::sealLegacyEvents},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace kw
