#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `report audit` of 1,000,000 events (chain verified while exporting) against
# `sqlite3 -csv` of the same rows, both measured in this run. Usage: bench/run-reports.sh BUILD_DIR
set -euo pipefail
build=${1:-build/release}
events=${EVENTS:-1000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ws=$tmp/bench.keyward
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench
kw=("$build/app/keyward" --workspace "$ws")

"${kw[@]}" project create bench --prefix bench >/dev/null
python3 "$(dirname "$0")/gen-audit.py" "$ws" "$events"

best() { # best of 3 wall-clock seconds of a command, output discarded
  local best=999999
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    best=$(awk -v s="$s" -v e="$e" -v b="$best" 'BEGIN { d = e - s; print (d < b) ? d : b }')
  done
  echo "$best"
}
export_file=$tmp/audit.csv
kwt=$(best "${kw[@]}" report audit --out "$export_file")
"${kw[@]}" report audit --out "$export_file" 2>&1 | tail -n 1
rows=$(($(wc -l <"$export_file") - 1))
sq=$(best sqlite3 -csv -header "$ws" "SELECT a.seq, a.id, a.at, a.actor, a.action, p.name, a.key_id, a.details, a.hash, a.prev_hash FROM audit a LEFT JOIN projects p ON p.id = a.project_id ORDER BY a.seq")
ver=$(best "${kw[@]}" audit verify)
cpu() { # user+system CPU seconds of one run: steadier than wall time on a busy machine
  /usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ print $1 + $2 }'
}
kwc=$(cpu "${kw[@]}" report audit --out "$export_file")
vec=$(cpu "${kw[@]}" audit verify)
sqc=$(cpu sqlite3 -csv -header "$ws" "SELECT a.seq, a.id, a.at, a.actor, a.action, p.name, a.key_id, a.details, a.hash, a.prev_hash FROM audit a LEFT JOIN projects p ON p.id = a.project_id ORDER BY a.seq")
printf 'report audit, %d events (verified while exporting): %.3f s (goal <= 2 s), %.0f rows/s\n' "$rows" "$kwt" "$(awk -v r="$rows" -v t="$kwt" 'BEGIN { print r / t }')"
printf 'sqlite3 -csv of the same rows: %.3f s; ratio keyward/sqlite3 = %.2fx\n' "$sq" "$(awk -v a="$kwt" -v b="$sq" 'BEGIN { print a / b }')"
printf 'CPU time (user+sys): keyward %.3f s, sqlite3 -csv %.3f s; ratio %.2fx; load average now: %s\n' "$kwc" "$sqc" "$(awk -v a="$kwc" -v b="$sqc" 'BEGIN { print a / b }')" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'audit verify alone (the same walker as the export, no CSV): %.3f s, CPU %.3f s\n' "$ver" "$vec"
