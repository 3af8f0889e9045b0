#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Appends N audit events with a valid hash chain to a Keyward workspace, straight in SQL.

Usage: gen-audit.py WORKSPACE N. The canonical form is Qt's compact JSON with sorted keys
(docs/workspace.md), which json.dumps reproduces for ASCII text."""
import hashlib
import json
import sqlite3
import sys


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    db = sqlite3.connect(path)
    (project_id,) = db.execute("SELECT id FROM projects ORDER BY created_at LIMIT 1").fetchone()
    head = db.execute("SELECT value FROM settings WHERE name = 'audit.head_hash'").fetchone()
    prev = head[0] if head else "0" * 64
    (seq,) = db.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()
    actors = ["alice", "bob", "carol", "dave"]
    actions = ["key.issue", "key.edit", "key.revoke", "key.rotate"]
    base_ms = 1_767_225_600_000  # 2026-01-01
    rows = []
    for i in range(n):
        seq += 1
        event_id = "evt_%016d" % seq
        key_id = "key_%016d" % (i % 50000)
        action = actions[i % 4]
        if action == "key.edit":
            details = {"changes": {"owner": {"from": "team-%d" % (i % 7), "to": "team-%d" % (i % 5)}},
                       "key_hint": "bench_live_%06d" % (i % 50000)}
        elif action == "key.revoke":
            details = {"key_hint": "bench_live_%06d" % (i % 50000), "note": "", "reason": "unused"}
        else:
            details = {"key_hint": "bench_live_%06d" % (i % 50000), "name": "service %d" % i}
        details_text = json.dumps(details, sort_keys=True, separators=(",", ":"))
        at = base_ms + i * 1000
        canonical = json.dumps({"id": event_id, "at": at, "actor": actors[i % 4], "action": action,
                                "project_id": project_id, "key_id": key_id, "details": details, "seq": seq},
                               sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256((prev + canonical).encode()).hexdigest()
        rows.append((seq, event_id, at, actors[i % 4], action, project_id, key_id, details_text, prev, digest))
        prev = digest
    with db:
        db.executemany("INSERT INTO audit(seq, id, at, actor, action, project_id, key_id, details,"
                       " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        db.execute("INSERT OR REPLACE INTO settings(name, value) VALUES ('audit.head_seq', ?)", (str(seq),))
        db.execute("INSERT OR REPLACE INTO settings(name, value) VALUES ('audit.head_hash', ?)", (prev,))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


if __name__ == "__main__":
    main()
