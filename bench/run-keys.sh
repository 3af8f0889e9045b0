#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: keys issued per second, and `key list` of 100,000 keys against a plain
# sqlite3 SELECT of the same rows, both measured in this run. Usage: bench/run-keys.sh BUILD_DIR
set -euo pipefail
build=${1:-build/release}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ws=$tmp/bench.keyward
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench

"$build/bench/bench_keys" "$ws" 2000 100000

best() { # best of 5 wall-clock seconds of a command, output discarded
  local best=999999
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    best=$(awk -v s="$s" -v e="$e" -v b="$best" 'BEGIN { d = e - s; print (d < b) ? d : b }')
  done
  echo "$best"
}
kw=$(best "$build/app/keyward" --workspace "$ws" key list --project bench)
kwj=$(best "$build/app/keyward" --workspace "$ws" --json key list --project bench)
sq=$(best sqlite3 "$ws" "SELECT * FROM keys WHERE project_id = (SELECT id FROM projects WHERE name = 'bench') ORDER BY created_at, id")
printf 'key list, 100000 keys: %.3f s (goal <= 0.5 s); --json %.3f s\n' "$kw" "$kwj"
printf 'sqlite3 SELECT of the same rows: %.3f s; ratio keyward/sqlite3 = %.1fx\n' "$sq" "$(awk -v a="$kw" -v b="$sq" 'BEGIN { print a / b }')"
