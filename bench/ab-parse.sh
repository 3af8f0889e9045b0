#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A/B of two bench_parse binaries (a build before a change and one after) on the same generated
# 70 MB combined log and workspace, alternating RUNS times so that a change of the machine's speed
# hits both alike. Each run prints bench_parse's own figures (best of its passes, and the ratio to
# a memchr line count of the same bytes in the same process). Asserts nothing.
# Usage: bench/ab-parse.sh KEYWARD_BINARY BENCH_PARSE_A BENCH_PARSE_B [RUNS] [DAYS] (default 2, 0.07)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kw=$1 a=$2 b=$3 runs=${4:-2} days=${5:-0.07}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kw-ab-parse.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench
"$here/bench-workspace.sh" "$kw" "$tmp/ws.keyward" "$tmp/keys.txt"
python3 "$here/gen-logs.py" combined 70 "$tmp/access.log" "$tmp/keys.txt" "$days" >/dev/null 2>&1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
    for bin in "$a" "$b"; do
        echo "== $bin (run $i)"
        "$bin" "$tmp/ws.keyward" bench "$tmp/access.log" | grep -E 'parseChunk|memchr|ratio'
    done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
