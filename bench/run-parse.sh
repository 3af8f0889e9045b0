#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark, the import's per-line work alone (bench_parse): a workspace with 40 keys and two
# generated 70 MB combined logs that refer to them, parsed in memory by one thread, against a
# memchr line count of the same bytes: one as dense as run-import.sh's gigabyte (a day in 1000 MB,
# ≈ 4,000 lines a minute) and one day in 70 MB (≈ 280 lines a minute: more (minute, key) rows a
# block). Asserts nothing.
# Usage: bench/run-parse.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build/release}" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kw-parse-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench
"$here/bench-workspace.sh" "$build/app/keyward" "$tmp/ws.keyward" "$tmp/keys.txt"
for days in 0.07 1; do
  python3 "$here/gen-logs.py" combined 70 "$tmp/access.log" "$tmp/keys.txt" "$days" >/dev/null 2>&1
  echo "== 70 MB over $days day(s)"
  "$build/bench/bench_parse" "$tmp/ws.keyward" bench "$tmp/access.log"
done
