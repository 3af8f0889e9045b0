#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A/B of two keyward binaries on one access log: imports it RUNS times with each, alternating
# (so a change of the machine's speed hits both alike), each into a fresh copy of the same
# workspace, and prints wall/user/sys/peak RSS per run and, for the first round, a digest of what
# each import wrote (usage rows, findings, keys' last use, the file row, rejections): the two
# digests must be equal for the comparison to mean anything. Asserts nothing.
# Usage: bench/ab-import.sh BIN_A BIN_B WORKSPACE LOG [RUNS] (default 3)
#   WORKSPACE: a workspace with a project "bench" (bench/bench-workspace.sh makes one).
set -euo pipefail
a=$1 b=$2 ws0=$3 log=$4 runs=${5:-3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kw-ab.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench

digest() {
    sqlite3 "$1" "SELECT key_id, minute, outcome, count FROM usage_minutes ORDER BY 1, 2, 3, 4;
                  SELECT kind, line, at, key_id, count FROM usage_findings ORDER BY 1, 2, 3, 4;
                  SELECT id, last_used_at FROM keys ORDER BY id;
                  SELECT offset, lines, imported, anonymous, rejected, first_at, last_at, tail_hash,
                         head_hash FROM usage_files ORDER BY id;
                  SELECT reason, count, samples FROM usage_rejections ORDER BY 1" | md5sum | cut -c1-32
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
    for bin in "$a" "$b"; do
        ws=$tmp/ws.keyward
        cp "$ws0" "$ws"
        rm -f "$ws-wal" "$ws-shm"
        /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$bin" --workspace "$ws" logs import "$log" \
            --project bench >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
        read -r wall user sys rss <"$tmp/time"
        line="$(printf '%-40s %5.2f s wall %5.2f s user %5.2f s sys %6d KB' "$bin" "$wall" "$user" "$sys" "$rss")"
        [ "$i" = 1 ] && line="$line  digest $(digest "$ws")"
        echo "$line"
        rm -f "$ws" "$ws-wal" "$ws-shm"
    done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
