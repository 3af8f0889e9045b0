// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

namespace kw {

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
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace kw
