#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash harness: SIGKILL the real `keyward` CLI at a random moment of a bulk revoke, a key import,
a log import and a registry sync, then check what a user would find (docs/reliability.md):

  - the workspace is a sound SQLite database (PRAGMA integrity_check) and `audit verify` passes;
  - the operation happened all or not at all (bulk revoke, key import), and its audit events
    match what it changed;
  - a log import run again after the kill counts every line exactly once (the resume);
  - a registry sync run again after the kill completes, and a second console that pulls the same
    namespace sees the same keys in the same states.

Prints one line per failed trial, then the trials, the failures and the seed; a failed trial is
replayed alone with --seed SEED --trial N. Run it through tests/crash/run.sh, which starts the
etcd fixture and a private Secret Service (a registry profile keeps its password there).
"""
import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

PROJECT = "chat"
BULK_KEYS = 1500
IMPORT_KEYS = 1500
LOG_LINES = 400_000
SYNC_KEYS = 300


class Failure(Exception):
    pass


class Harness:
    def __init__(self, args):
        self.binary = os.path.abspath(args.keyward)
        self.root = tempfile.mkdtemp(prefix="keyward-crash-")
        self.keep = args.keep
        self.etcd = load_etcd(args.etcd) if args.etcd else None
        self.env = dict(os.environ)
        for name, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                          ("XDG_CACHE_HOME", "cache")):
            path = os.path.join(self.root, sub)
            os.makedirs(path, exist_ok=True)
            self.env[name] = path
        self.env["KEYWARD_ACTOR"] = "crash"
        self.env["LC_ALL"] = "C.UTF-8"
        self.base = {}
        self.duration = {}
        self.reference = {}

    # --- running the CLI ------------------------------------------------------------------------

    def run(self, ws, *args, stdin=None, check=True):
        p = subprocess.run([self.binary, "--workspace", ws, *args], input=stdin, env=self.env,
                           capture_output=True, timeout=600)
        if check and p.returncode != 0:
            raise Failure("keyward %s: exit %d: %s" % (" ".join(args), p.returncode,
                                                       (p.stderr or p.stdout).decode(errors="replace").strip()[:400]))
        return p

    def start(self, ws, args):
        return subprocess.Popen([self.binary, "--workspace", ws, *args], env=self.env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def copy(self, name, to):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.base[name] + suffix):
                shutil.copyfile(self.base[name] + suffix, to + suffix)

    # --- the base workspaces, made once -----------------------------------------------------------

    def write_keys_csv(self, path, count, tag):
        rng = random.Random(tag)
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        with open(path, "w") as f:
            f.write("Name,Key,Description,Enabled,UsagePlanIds\n")
            for i in range(count):
                key = "AKIA" + "".join(rng.choice(alphabet) for _ in range(32))
                f.write("%s-%d,%s,imported,true,\n" % (tag, i, key))

    def new_workspace(self, name):
        ws = os.path.join(self.root, name + ".keyward")
        self.run(ws, "project", "create", PROJECT, "--prefix", PROJECT)
        return ws

    def prepare(self, scenarios):
        if "bulk_revoke" in scenarios:
            ws = self.new_workspace("base-bulk")
            csv = os.path.join(self.root, "bulk.csv")
            self.write_keys_csv(csv, BULK_KEYS, "bulk")
            self.run(ws, "key", "import", csv, "--project", PROJECT)
            self.base["bulk_revoke"] = ws
        if "key_import" in scenarios:
            self.base["key_import"] = self.new_workspace("base-import")
            self.keys_csv = os.path.join(self.root, "import.csv")
            self.write_keys_csv(self.keys_csv, IMPORT_KEYS, "import")
        if "log_import" in scenarios:
            ws = self.new_workspace("base-log")
            out = self.run(ws, "--json", "key", "issue", "--project", PROJECT, "--name", "gateway").stdout
            issued = json.loads(out)
            self.log = os.path.join(self.root, "access.log")
            write_log(self.log, LOG_LINES, issued["id"], issued["secret"])
            self.base["log_import"] = ws
        if "registry_sync" in scenarios:
            if not self.etcd:
                raise Failure("registry_sync needs --etcd DIR (tests/crash/run.sh starts the fixture)")
            ws = self.new_workspace("base-sync")
            csv = os.path.join(self.root, "sync.csv")
            self.write_keys_csv(csv, SYNC_KEYS, "sync")
            self.run(ws, "key", "import", csv, "--project", PROJECT)
            self.base["registry_sync"] = ws
        for name in scenarios:
            self.calibrate(name)

    # The operation run to its end once: how long it takes (the kills fall within it) and, for
    # the log import, the counts a complete import gives.
    def calibrate(self, name):
        ws = os.path.join(self.root, "calibrate-%s.keyward" % name)
        self.copy(name, ws)
        args = self.operation(name, ws, "calibrate")
        began = time.monotonic()
        p = self.run(ws, *args)
        self.duration[name] = time.monotonic() - began
        if name == "log_import":
            self.reference[name] = usage_counts(ws)
        del p

    def operation(self, name, ws, trial):
        if name == "bulk_revoke":
            return ["key", "revoke", "--project", PROJECT, "--all", "--reason", "compromised",
                    "--confirm", PROJECT]
        if name == "key_import":
            return ["key", "import", self.keys_csv, "--project", PROJECT]
        if name == "log_import":
            return ["logs", "import", self.log, "--project", PROJECT]
        if name == "registry_sync":
            namespace = "%s/crash-%d-%s" % (self.etcd["ETCD_NAMESPACE"], os.getpid(), trial)
            self.run(ws, "registry", "add", "prod", "--endpoint", self.etcd["ETCD_ENDPOINTS"],
                     "--ca", os.path.join(self.etcd["ETCD_PKI"], "ca.pem"), "--user", self.etcd["ETCD_USER"],
                     "--namespace", namespace, "--password-stdin",
                     stdin=(self.etcd["ETCD_PASSWORD"] + "\n").encode())
            self.run(ws, "registry", "bind", PROJECT, "prod")
            self.namespace = namespace
            return ["registry", "sync"]
        raise ValueError(name)

    # --- one trial ----------------------------------------------------------------------------------

    def trial(self, name, number, rng):
        ws = os.path.join(self.root, "trial-%d.keyward" % number)
        self.copy(name, ws)
        args = self.operation(name, ws, str(number))
        delay = rng.uniform(0.0, self.duration[name] * 1.1)
        p = self.start(ws, args)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        code = p.wait()
        killed = code == -signal.SIGKILL
        check_integrity(ws)
        self.run(ws, "audit", "verify")
        getattr(self, "check_" + name)(ws)
        if not self.keep:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(ws + suffix):
                    os.remove(ws + suffix)
        return killed, delay

    def check_bulk_revoke(self, ws):
        all_or_nothing(ws, "bulk revoke", "SELECT count(*) FROM keys WHERE status = 'revoked'",
                       "key.revoke", BULK_KEYS)

    def check_key_import(self, ws):
        all_or_nothing(ws, "key import", "SELECT count(*) FROM keys", "key.import", IMPORT_KEYS)

    def check_log_import(self, ws):
        self.run(ws, "logs", "import", self.log, "--project", PROJECT)
        counts = usage_counts(ws)
        if counts != self.reference["log_import"]:
            raise Failure("resumed import counted %s, one import counts %s" % (counts, self.reference["log_import"]))

    def check_registry_sync(self, ws):
        self.run(ws, "registry", "sync")
        other = ws + ".other"
        self.run(other, "registry", "add", "prod", "--endpoint", self.etcd["ETCD_ENDPOINTS"],
                 "--ca", os.path.join(self.etcd["ETCD_PKI"], "ca.pem"), "--user", self.etcd["ETCD_USER"],
                 "--namespace", self.namespace, "--password-stdin",
                 stdin=(self.etcd["ETCD_PASSWORD"] + "\n").encode())
        self.run(other, "registry", "sync")
        mine = key_states(self.run(ws, "--json", "key", "list").stdout)
        theirs = key_states(self.run(other, "--json", "key", "list").stdout)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(other + suffix):
                os.remove(other + suffix)
        if mine != theirs or len(mine) != SYNC_KEYS:
            raise Failure("after the sync %d keys here, %d in a console pulling the registry, %d differ"
                          % (len(mine), len(theirs), len(set(mine.items()) ^ set(theirs.items()))))

    def close(self):
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)


def load_etcd(directory):
    values = {}
    with open(os.path.join(directory, "env")) as f:
        for line in f:
            if "=" in line:
                name, value = line.strip().split("=", 1)
                values[name] = value.strip("'\"")
    values["ETCD_ENDPOINTS"] = values["ETCD_ENDPOINTS"].split(",")[0]
    return values


def write_log(path, lines, key_id, secret):
    base = 1767225600  # 2026-01-01T00:00:00Z
    months = ["Jan"]
    with open(path, "w") as f:
        for i in range(lines):
            t = base + i // 5
            stamp = time.strftime("%d/" + months[0] + "/%Y:%H:%M:%S +0000", time.gmtime(t))
            kind = i % 4
            who = key_id if kind == 0 else ("Bearer " + secret if kind == 1 else "-")
            status = 401 if kind == 2 else 200
            f.write('10.0.%d.%d - - [%s] "GET /v1/chat?n=%d HTTP/1.1" %d 12 "-" "curl/8.0" "%s"\n'
                    % (i % 250, i % 200, stamp, i, status, who))


def connect(ws):
    return sqlite3.connect("file:%s?mode=rw" % ws, uri=True, timeout=30)


def scalar(ws, sql):
    with connect(ws) as db:
        return db.execute(sql).fetchone()[0]


def check_integrity(ws):
    with connect(ws) as db:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        raise Failure("integrity_check: " + "; ".join(rows[:5]))


# `count_sql` counts what the operation changes: none or all of `expected`, and one `action`
# audit event for each.
def all_or_nothing(ws, operation, count_sql, action, expected):
    changed = scalar(ws, count_sql)
    events = scalar(ws, "SELECT count(*) FROM audit WHERE action = '%s'" % action)
    if changed not in (0, expected):
        raise Failure("%s half done: %d of %d keys" % (operation, changed, expected))
    if events != changed:
        raise Failure("%s: %d keys changed but %d %s events" % (operation, changed, events, action))


def usage_counts(ws):
    with connect(ws) as db:
        files = db.execute("SELECT count(*), sum(lines), sum(imported), sum(rejected) FROM usage_files").fetchone()
        hours = db.execute("SELECT count(*), sum(valid), sum(invalid), sum(expired), sum(revoked),"
                           " sum(rate_limited), sum(forbidden) FROM usage_hours").fetchone()
    return {"files": files[0], "lines": files[1], "imported": files[2], "rejected": files[3],
            "hours": hours[0], "by_outcome": hours[1:]}


def key_states(listing):
    data = json.loads(listing)
    keys = data["keys"] if isinstance(data, dict) else data
    return {k["id"]: k.get("status", k.get("state")) for k in keys}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keyward", required=True, help="the keyward binary")
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=None, help="default: a random one, printed")
    parser.add_argument("--trial", type=int, default=None, help="replay this trial of --seed alone")
    parser.add_argument("--scenarios", default="bulk_revoke,key_import,log_import,registry_sync")
    parser.add_argument("--etcd", help="the etcd fixture's folder (etcd-fixture.sh start DIR)")
    parser.add_argument("--keep", action="store_true", help="keep the workspaces")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    scenarios = args.scenarios.split(",")
    h = Harness(args)
    failures = 0
    killed = 0
    per = {name: [0, 0, 0] for name in scenarios}  # trials, killed mid-run, failures
    numbers = [args.trial] if args.trial is not None else range(args.trials)
    try:
        h.prepare(scenarios)
        print("calibrated: " + ", ".join("%s %.2f s" % (n, h.duration[n]) for n in scenarios), flush=True)
        for number in numbers:
            rng = random.Random("%d:%d" % (seed, number))
            name = scenarios[number % len(scenarios)]
            per[name][0] += 1
            try:
                was_killed, delay = h.trial(name, number, rng)
                killed += was_killed
                per[name][1] += was_killed
            except (Failure, subprocess.TimeoutExpired, sqlite3.Error) as e:
                failures += 1
                per[name][2] += 1
                print("FAIL trial %d (%s, replay: --seed %d --trial %d): %s" % (number, name, seed, number, e),
                      flush=True)
    except Failure as e:
        print("setup failed: %s" % e, file=sys.stderr)
        h.close()
        return 2
    h.close()
    for name in scenarios:
        print("  %-14s trials %d, killed mid-run %d, failures %d" % (name, *per[name]))
    print("trials %d, killed mid-run %d, failures %d, seed %d" % (len(numbers), killed, failures, seed))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
