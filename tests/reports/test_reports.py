#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reports end to end through the real binary: every export parsed back with Python's csv module
(strict) and compared with the workspace read by sqlite3; injection, locale, failed exports,
malformed imports, secret hygiene and the audit digest. Usage: test_reports.py KEYWARD_BINARY"""
import csv
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zlib

KW = sys.argv[1]
TMP = tempfile.mkdtemp(prefix="kw-reports-")
WS = os.path.join(TMP, "ws.keyward")
ENV = dict(os.environ, XDG_CONFIG_HOME=os.path.join(TMP, "cfg"), XDG_DATA_HOME=os.path.join(TMP, "data"),
           KEYWARD_ACTOR="auditor", LC_ALL="C.UTF-8")
OUTPUTS = []  # every stdout/stderr, for the secret grep
FAILURES = []
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


def kw(*args, env=None, stdout=None, expect=0):
    p = subprocess.run([KW, "--workspace", WS, *args], env=env or ENV, stdout=stdout or subprocess.PIPE,
                       stderr=subprocess.PIPE)
    out = p.stdout if p.stdout is not None else b""
    OUTPUTS.append(out + p.stderr)
    if expect is not None and p.returncode != expect:
        raise SystemExit("keyward %s: exit %d, expected %d\n%s" % (" ".join(args), p.returncode, expect,
                                                                 p.stderr.decode()))
    return p.returncode, out.decode(), p.stderr.decode()


def read_csv(path):
    data = open(path, "rb").read()
    quoted = False
    for i, byte in enumerate(data):  # record ends outside quotes are CRLF, never a bare LF or CR
        if byte == 0x22:
            quoted = not quoted
        elif not quoted and byte == 0x0A:
            check(i > 0 and data[i - 1] == 0x0D, "%s: a record ends in LF without CR at byte %d" % (path, i))
        elif not quoted and byte == 0x0D:
            check(data[i + 1:i + 2] == b"\n", "%s: a bare CR outside quotes at byte %d" % (path, i))
    check(not quoted, "%s: quotes balance" % path)
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header = rows[0]
    for r in rows[1:]:
        check(len(r) == len(header), "%s: row of %d fields, header %d" % (path, len(r), len(header)))
    return [dict(zip(header, r)) for r in rows[1:]], header


def shown(value):
    """What the export writes for a text cell: formula triggers get a leading apostrophe."""
    return "'" + value if value.startswith(TRIGGERS) else value


def query(sql, params=()):
    """Reads with a connection closed at once, so none lingers while keyward checkpoints."""
    con = sqlite3.connect(WS)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def keyward_key(prefix, env):
    import secrets
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    body = "".join(secrets.choice(alphabet) for _ in range(30))
    stem = "%s_%s_%s" % (prefix, env, body)
    crc, check_chars = zlib.crc32(stem.encode()), ""
    for _ in range(6):
        check_chars = alphabet[crc % 62] + check_chars
        crc //= 62
    return stem + check_chars


def workspace_bytes():
    parts = b""
    for suffix in ("", "-wal"):
        if os.path.exists(WS + suffix):
            parts += open(WS + suffix, "rb").read()
    return hashlib.sha256(parts).hexdigest()


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w", newline="") as f:
        f.write(text)
    return path


# --- a workspace with injection-shaped names and owners -----------------------------------------
kw("project", "create", "chat-api", "--prefix", "chat")
kw("project", "create", "embeddings", "--prefix", "emb")
injections = ["=cmd|' /C calc'!A0", "+1", "-2", "@x", "\tTab", "\rCR", "plain, with \"quotes\""]
issued = []
issue_outputs = set()
for i, text in enumerate(injections):
    _, secret, _ = kw("key", "issue", "--project", "chat-api", "--name", "k%d" % i, "--owner", text)
    issued.append(secret.strip())
    issue_outputs.add(len(OUTPUTS) - 1)
# The CLI trims names and owners; another tool writing the file may not, and exports must still be
# safe: store leading tab and CR as they are.
with sqlite3.connect(WS) as con:
    con.execute("UPDATE keys SET owner = '\tTab' WHERE name = 'k4'")
    con.execute("UPDATE keys SET owner = '\rCR' WHERE name = 'k5'")
con.close()
_, out, _ = kw("--json", "key", "list", "--project", "chat-api")
first_key = query("SELECT id FROM keys ORDER BY created_at, id LIMIT 1")[0][0]
kw("key", "edit", first_key, "--owner", "@team")
kw("key", "revoke", first_key, "--reason", "other", "--note", "=HYPERLINK(\"x\")")

# --- key import: AWS shape with plaintext keys --------------------------------------------------
plain = [keyward_key("chat", "live"), "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd", "sk-foreign-Z9y8x7w6v5u4t3s2"]
aws = write("aws.csv", "Name,Key,Description,Enabled,UsagePlanIds\r\n"
            "svc-a,%s,first,true,plan1\r\n"
            "\"=evil\",%s,\"said \"\"hi\"\"\",false,\r\n"
            "svc-c,%s,,TRUE,\"p1,p2\"\r\n" % tuple(plain))
aws_before = open(aws, "rb").read()
ws_before = workspace_bytes()
_, out, err = kw("key", "import", aws, "--project", "chat-api", "--dry-run")
check("Dry run" in err and "3 to add" in err and workspace_bytes() == ws_before, "dry run adds nothing")
_, out, err = kw("key", "import", aws, "--project", "chat-api")
check("3 added" in err, "AWS import adds 3 keys: " + err)
check(open(aws, "rb").read() == aws_before, "the import file is untouched")
rows = query("SELECT hash, hint, status, revoke_reason, env FROM keys WHERE hash IN (?,?,?)",
             [hashlib.sha256(k.encode()).hexdigest() for k in plain])
check(len(rows) == 3, "imported keys are stored by hash")
by_hash = {r[0]: r for r in rows}
h0, h1 = (hashlib.sha256(k.encode()).hexdigest() for k in plain[:2])
check(by_hash[h0][1] == plain[0][:16], "a Keyward key keeps its own hint")
check(by_hash[h1][1] == "chat_live_#" + h1[:6], "a foreign key's hint comes from its hash")
check(by_hash[h1][2] == "revoked", "Enabled=false imports as revoked")
n_import = query("SELECT count(*) FROM audit WHERE action = 'key.import'")[0][0]
check(n_import == 3, "one key.import audit event per key")
_, out, err = kw("key", "import", aws, "--project", "chat-api")
check("3 skipped" in err and "0 added" in err, "a re-import skips duplicates by hash: " + err)

# hashes and mapped shapes
hashes = write("hashes.csv", "hash,name,owner,env\n%s,migrated,ops,test\n" % hashlib.sha256(b"other-registry-key").hexdigest())
kw("key", "import", hashes, "--project", "embeddings", "--format", "hashes")
check(query("SELECT env, hint FROM keys WHERE name = 'migrated'")[0][0] == "test", "hashes import")
mapped_key = "mapped-secret-0123456789-abcdefghij"
mapped = write("mapped.csv", "Label;x,Secret,Who\nsvc-m,%s,bob\n" % mapped_key)
kw("key", "import", mapped, "--project", "embeddings", "--format", "mapped", "--map", "name=Label;x,key=Secret,owner=Who")
check(query("SELECT owner FROM keys WHERE name = 'svc-m'") == [("bob",)], "mapped import")
plain.append(mapped_key)

# --- malformed imports: refused with the line, nothing changes ----------------------------------
other_prefix = keyward_key("emb", "live")
plain.append(other_prefix)
fresh = ["fresh-key-%d-ABCDEFGHIJKLMNOP" % i for i in range(4)]
plain.extend(fresh)
bad = {
    "unbalanced.csv": ("Name,Key,Description,Enabled,UsagePlanIds\r\nok,%s,,true,\r\n\"open,%s,,true,\r\n" % (fresh[0], fresh[1]), ":3:"),
    "columns.csv": ("Name,Key,Description,Enabled,UsagePlanIds\r\nok,%s,,true,\r\nshort,%s\r\n" % (fresh[0], fresh[1]), ":3:"),
    "duplicate.csv": ("Name,Key,Description,Enabled,UsagePlanIds\r\na,%s,,true,\r\nb,%s,,true,\r\n" % (fresh[2], fresh[2]), ":3:"),
    "prefix.csv": ("Name,Key,Description,Enabled,UsagePlanIds\r\na,%s,,true,\r\nb,%s,,true,\r\n" % (fresh[3], other_prefix), ":3:"),
    "empty.csv": ("Name,Key,Description,Enabled,UsagePlanIds\r\na,%s,,true,\r\nb,,,true,\r\n" % fresh[3], ":3:"),
    "quote-in-field.csv": ("Name,Key,Description,Enabled,UsagePlanIds\r\na,%s,,true,\r\nb\"c,%s,,true,\r\n" % (fresh[0], fresh[1]), ":3:"),
}
for name, (content, where) in bad.items():
    path = write(name, content)
    before = workspace_bytes()
    code, out, err = kw("key", "import", path, "--project", "chat-api", expect=None)
    check(code == 1, "%s refused with exit 1 (got %d)" % (name, code))
    check(name + where in err, "%s names its line %s: %s" % (name, where, err.strip()))
    check(workspace_bytes() == before, "%s leaves the workspace byte-identical" % name)

# --- usage and findings, filled with SQL as the log import would --------------------------------
con = sqlite3.connect(WS)
chat_id = con.execute("SELECT id FROM projects WHERE name = 'chat-api'").fetchone()[0]
key_ids = [r[0] for r in con.execute("SELECT id FROM keys WHERE project_id = ? ORDER BY id LIMIT 2", (chat_id,))]
with con:
    con.execute("INSERT INTO usage_files(id, project_id, path, format, head_length, head_hash, tail_hash, offset,"
                " imported_at, imported_by) VALUES (1, ?, '/var/log/=gw.log', 'combined', 10, 'h', 't', 10, 0, 'x')",
                (chat_id,))
    base = 29_000_000  # minutes since the epoch
    counts = {}
    for m in range(0, 180, 7):
        for k in key_ids + [""]:
            for outcome, n in ((0, 97 + m % 5), (1, m % 4), (4, 1)):
                con.execute("INSERT INTO usage_minutes VALUES (?,?,?,?,?)", (chat_id, k, base + m, outcome, n))
                counts[(base + m) // 60, k, outcome] = counts.get(((base + m) // 60, k, outcome), 0) + n
    con.execute("INSERT INTO usage_findings(project_id, file_id, kind, line, at, key_id, count) VALUES"
                " (?, 1, 'plaintext_key', 42, ?, ?, 3)", (chat_id, base * 60000, key_ids[0]))
    con.execute("INSERT INTO usage_findings(project_id, file_id, kind, line, at, key_id, count) VALUES"
                " (?, 1, 'accepted_revoked', 7, ?, ?, 1)", (chat_id, base * 60000 + 5000, key_ids[1]))
con.close()

usage_csv = os.path.join(TMP, "usage.csv")
kw("report", "usage", "--project", "chat-api", "--bucket", "hour", "--out", usage_csv)
rows, header = read_csv(usage_csv)
check(header[:5] == ["bucket_start", "bucket", "project", "key_id", "key_hint"], "usage header")
got = {}
for r in rows:
    total = sum(int(r[o]) for o in ("valid", "invalid", "expired", "revoked", "rate_limited", "forbidden"))
    check(total == int(r["total"]), "usage total adds up")
    check(abs(float(r["success_rate"]) - int(r["valid"]) / total) < 1e-6, "success rate per bucket")
    bad_rate = (int(r["invalid"]) + int(r["expired"]) + int(r["revoked"])) / total
    check(abs(float(r["invalid_key_rate"]) - bad_rate) < 1e-6, "invalid-key rate per bucket")
    got_bucket = r["bucket_start"]
    for o, name in ((0, "valid"), (1, "invalid"), (4, "rate_limited")):
        got[got_bucket, r["key_id"], o] = int(r[name])
expected = {}
for (hour, k, o), n in counts.items():
    import datetime
    iso = datetime.datetime.fromtimestamp(hour * 3600, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    expected[iso, k, o] = n
check(got == expected, "usage report matches usage_minutes summed per hour")

findings_csv = os.path.join(TMP, "findings.csv")
kw("report", "findings", "--out", findings_csv)
rows, _ = read_csv(findings_csv)
check([(r["kind"], r["file"], r["line"], r["key_id"], r["count"]) for r in rows] ==
      [("plaintext_key", "'=gw.log" if False else "/var/log/=gw.log", "42", key_ids[0], "3"),
       ("accepted_revoked", "/var/log/=gw.log", "7", key_ids[1], "1")], "findings rows: %s" % rows)

# --- dots under a decimal-comma locale ---------------------------------------------------------
locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()
if "de_de.utf8" not in locales and "de_de.utf-8" not in locales:
    raise SystemExit("FAIL: the de_DE.UTF-8 locale is missing; run packaging/install-deps.sh (it generates it)")
de_csv = os.path.join(TMP, "usage-de.csv")
kw("report", "usage", "--project", "chat-api", "--out", de_csv, env=dict(ENV, LC_ALL="de_DE.UTF-8", LANG="de_DE.UTF-8"))
de_rows, _ = read_csv(de_csv)
check(open(de_csv, "rb").read() == open(usage_csv, "rb").read(), "de_DE export is byte-identical to C.UTF-8")
check(all("." in r["success_rate"] for r in de_rows), "decimal dots under de_DE")

# --- audit: full, filtered, digest --------------------------------------------------------------
audit_csv = os.path.join(TMP, "audit.csv")
_, _, err = kw("report", "audit", "--out", audit_csv, "--digest", "--bom")
check("chain verified" in err, "summary says chain verified: " + err)
check(open(audit_csv, "rb").read().startswith(b"\xef\xbb\xbf"), "--bom writes a BOM")
check(subprocess.run(["sha256sum", "-c", os.path.basename(audit_csv) + ".sha256"], cwd=TMP,
                     capture_output=True).returncode == 0, "sha256sum -c verifies the digest")
with open(audit_csv, "rb") as f:
    raw = f.read()[3:]
open(audit_csv + ".nobom", "wb").write(raw)
rows, _ = read_csv(audit_csv + ".nobom")
con = sqlite3.connect(WS)
stored = con.execute("SELECT a.seq, a.id, a.actor, a.action, coalesce(p.name,''), a.key_id, a.hash, a.prev_hash,"
                     " coalesce(json_extract(a.details, '$.key_hint'), '') FROM audit a"
                     " LEFT JOIN projects p ON p.id = a.project_id ORDER BY a.seq").fetchall()
check([(int(r["seq"]), r["event_id"], r["actor"], r["action"], r["project"], r["key_id"], r["event_hash"],
        r["prev_hash"], r["key_hint"]) for r in rows] == [tuple(s) for s in stored], "audit rows match the table")
edit = [r for r in rows if r["action"] == "key.edit"][0]
check(edit["details"] == "owner: \rCR → @team" or "→ @team" in edit["details"], "edit details readable: %r" % edit["details"])
revoke = [r for r in rows if r["action"] == "key.revoke" and r["key_id"] == first_key][0]
check("reason: other" in revoke["details"], "revoke reason in details")

filtered = os.path.join(TMP, "audit-filtered.csv")
kw("report", "audit", "--project", "embeddings", "--action", "key.", "--out", filtered)
rows, _ = read_csv(filtered)
emb = con.execute("SELECT a.seq FROM audit a JOIN projects p ON p.id = a.project_id WHERE p.name = 'embeddings'"
                  " AND a.action LIKE 'key.%' ORDER BY a.seq").fetchall()
check([int(r["seq"]) for r in rows] == [s[0] for s in emb] and len(rows) == 2, "filtered audit export")

# --- inventory: injection neutralised, no secrets, hashes only on request -----------------------
inv_csv = os.path.join(TMP, "inventory.csv")
kw("report", "inventory", "--out", inv_csv)
rows, header = read_csv(inv_csv)
check("sha256" not in header, "no hashes without --with-hashes")
stored = {r[0]: r for r in con.execute("SELECT id, name, owner, hint, status, notes FROM keys")}
check(len(rows) == len(stored), "inventory has every key")
for r in rows:
    s = stored[r["key_id"]]
    check((r["name"], r["owner"], r["hint"], r["status"], r["notes"]) ==
          (shown(s[1]), shown(s[2]), s[3], s[4], shown(s[5])), "inventory row %s" % r["key_id"])
owners = {r["owner"] for r in rows}
for text in ["+1", "-2", "@x", "\tTab", "\rCR"]:
    check("'" + text in owners, "owner %r neutralised" % text)
check("'=evil" in {r["name"] for r in rows}, "imported name =evil neutralised")
inv_hashes = os.path.join(TMP, "inventory-hashes.csv")
kw("report", "inventory", "--project", "chat-api", "--state", "revoked", "--with-hashes", "--out", inv_hashes)
rows, header = read_csv(inv_hashes)
check(header[-1] == "sha256" and all(r["state"] == "revoked" for r in rows) and len(rows) == 2, "filtered inventory with hashes")
con.close()

# --- a failed export leaves nothing under the chosen name ---------------------------------------
target_dir = os.path.join(TMP, "is-a-directory.csv")
os.mkdir(target_dir)
code, _, err = kw("report", "audit", "--out", target_dir, expect=None)
check(code == 1 and os.listdir(target_dir) == [], "exporting onto a directory fails cleanly")
leftovers = [f for f in os.listdir(TMP) if "is-a-directory" in f and f != "is-a-directory.csv"]
check(leftovers == [], "no temporary file is left: %s" % leftovers)
code, _, err = kw("report", "audit", "--out", os.path.join(TMP, "missing", "a.csv"), expect=None)
check(code == 1 and not os.path.exists(os.path.join(TMP, "missing")), "a missing directory fails")
if os.geteuid() != 0:
    ro = os.path.join(TMP, "ro")
    os.mkdir(ro, 0o555)
    code, _, _ = kw("report", "audit", "--out", os.path.join(ro, "a.csv"), expect=None)
    check(code == 1 and os.listdir(ro) == [], "an unwritable directory fails cleanly")
with open("/dev/full", "wb") as full:
    code, _, err = kw("report", "audit", "--out", "-", stdout=full, expect=None)
check(code == 1 and "Cannot write" in err, "a write error on stdout exits 1: %s" % err)
small = os.path.join(TMP, "small")
os.mkdir(small)
mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small], capture_output=True).returncode == 0
if mounted:
    try:
        # A few thousand events make an export far larger than the 64 KiB filesystem.
        big = os.path.join(TMP, "big.keyward")
        shutil.copy(WS, big)
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "..", "..", "bench", "gen-audit.py"),
                        big, "3000"], check=True)
        p = subprocess.run([KW, "--workspace", big, "report", "audit", "--out", os.path.join(small, "audit.csv")],
                           env=ENV, capture_output=True, text=True)
        code, err = p.returncode, p.stderr
        check(code == 1 and os.listdir(small) == [], "disk full leaves no file: %s %s" % (os.listdir(small), err))
    finally:
        subprocess.run(["umount", small])
else:
    print("note: cannot mount a tmpfs here; disk-full case covered by /dev/full only", file=sys.stderr)

# --- secret hygiene -----------------------------------------------------------------------------
kw("report", "audit", "--out", "-")  # stdout captured into OUTPUTS too
blobs = []
for name in os.listdir(TMP):
    path = os.path.join(TMP, name)
    if os.path.isfile(path) and not name.endswith(".csv") or name in ("usage.csv", "findings.csv", "audit.csv",
                                                                      "inventory.csv", "inventory-hashes.csv",
                                                                      "audit-filtered.csv", "usage-de.csv"):
        if name.startswith("ws.keyward") or name.endswith((".csv", ".sha256", ".nobom")):
            blobs.append((name, open(path, "rb").read()))
check(any(n == "ws.keyward" for n, _ in blobs), "the workspace file is among the grepped files")
for secret in plain + issued:
    needle = secret.encode()
    for name, blob in blobs:
        check(needle not in blob, "a key appears in %s" % name)
    for i, out in enumerate(OUTPUTS):
        if i not in issue_outputs:  # `key issue` prints its own secret once, by design
            check(needle not in out, "a key appears in the output of CLI call %d" % i)

shutil.rmtree(TMP, ignore_errors=True) if not FAILURES else print("kept", TMP, file=sys.stderr)
if FAILURES:
    print("%d failure(s)" % len(FAILURES), file=sys.stderr)
    sys.exit(1)
print("all report checks passed")
