#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 5 benchmark: `keyward logs import` of a generated access log against `wc -l` and GoAccess
# (--log-format=COMBINED) on the same file, all measured in this run (page cache warm for all).
# Prints MB/s, lines/s, peak RSS and the ratios; asserts nothing.
# Usage: bench/run-import.sh BUILD_DIR [SIZE_MB] (default 1000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build/release}" && pwd)
size=${2:-1000}
kw=$build/app/keyward
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kw-import-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench

# A workspace with 40 keys; the generator refers to them (and to unknown ones).
ws0=$tmp/base.keyward
"$here/bench-workspace.sh" "$kw" "$ws0" "$tmp/keys.txt"

python3 "$here/gen-logs.py" combined "$size" "$tmp/access.log" "$tmp/keys.txt"
python3 "$here/gen-logs.py" json "$size" "$tmp/access.jsonl" "$tmp/keys.txt"

measure() { # NAME CMD...: wall seconds and peak RSS (KiB) into $tmp/NAME.time
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
}
fresh_ws() { cp "$ws0" "$tmp/$1.keyward"; echo "$tmp/$1.keyward"; }

cat "$tmp/access.log" "$tmp/access.jsonl" >/dev/null # warm the page cache for everyone
measure wc wc -l "$tmp/access.log"
measure goaccess goaccess "$tmp/access.log" --log-format=COMBINED --no-progress -o "$tmp/goaccess.json"
measure kw "$kw" --workspace "$(fresh_ws kw)" logs import "$tmp/access.log" --project bench
measure kwjson "$kw" --workspace "$(fresh_ws kwjson)" logs import "$tmp/access.jsonl" --project bench
measure wcjson wc -l "$tmp/access.jsonl"

lines=$(awk '{print $1}' "$tmp/wc.out")
jlines=$(awk '{print $1}' "$tmp/wcjson.out")
bytes=$(stat -c %s "$tmp/access.log")
jbytes=$(stat -c %s "$tmp/access.jsonl")
report() { # NAME LABEL BYTES LINES
  read -r secs rss <"$tmp/$1.time"
  awk -v l="$2" -v s="$secs" -v b="$3" -v n="$4" -v r="$rss" 'BEGIN {
    if (s < 0.01) s = 0.01
    printf "%-34s %8.2f s %8.1f MB/s %11.0f lines/s %7.1f MB peak RSS\n", l, s, b / 1e6 / s, n / s, r / 1024 }'
}
echo "combined log: $((bytes / 1000000)) MB, $lines lines; JSON lines: $((jbytes / 1000000)) MB, $jlines lines; $(nproc) cores"
report wc "wc -l (combined)" "$bytes" "$lines"
report goaccess "goaccess --log-format=COMBINED" "$bytes" "$lines"
report kw "keyward logs import (combined)" "$bytes" "$lines"
report wcjson "wc -l (JSON lines)" "$jbytes" "$jlines"
report kwjson "keyward logs import (JSON lines)" "$jbytes" "$jlines"
read -r wcs _ <"$tmp/wc.time"
read -r gas _ <"$tmp/goaccess.time"
read -r kws kwrss <"$tmp/kw.time"
read -r kjs kjrss <"$tmp/kwjson.time"
awk -v w="$wcs" -v g="$gas" -v k="$kws" -v j="$kjs" -v r="$kwrss" -v jr="$kjrss" -v jb="$jbytes" 'BEGIN {
  if (k < 0.01) k = 0.01; if (j < 0.01) j = 0.01
  printf "ratio keyward/goaccess speed: %.1fx (goal >= 5x)\n", g / k
  printf "ratio keyward/wc -l speed:    %.0f %% (goal >= 50 %%)\n", 100 * w / k
  printf "peak RSS: %.0f MB combined, %.0f MB JSON (goal <= 200 MB)\n", r / 1024, jr / 1024
  printf "JSON lines: %.0f MB/s (goal >= 300 MB/s)\n", jb / 1e6 / j }'
grep -h "lines:" "$tmp/kw.out" "$tmp/kwjson.out" | sed 's/^/keyward: /'
