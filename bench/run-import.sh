#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `keyward logs import` of a generated access log against `wc -l` and GoAccess
# (--log-format=COMBINED) on the same file, all measured in this run (page cache warm for all;
# wc -l and keyward best of RUNS=3, GoAccess once).
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

measure() { # NAME CMD...: wall s, peak RSS (KiB), user s, sys s into $tmp/NAME.time
  local name=$1; shift
  /usr/bin/time -f '%e %M %U %S' -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
}
fresh_ws() { cp "$ws0" "$tmp/$1.keyward"; echo "$tmp/$1.keyward"; }
# wc -l and keyward run $runs times each and keep their fastest run, so a burst of load on a shared
# machine does not decide the ratio; GoAccess (minutes) runs once. The workspace copy is made
# before the clock starts; all of them read the same files from a warm page cache.
runs=${RUNS:-3}
keep_best() { # NAME I: run I of NAME becomes NAME's result when it is the first or the fastest
  if [ "$2" = 1 ] || awk -v a="$(cut -d' ' -f1 "$tmp/$1.$2.time")" -v b="$(cut -d' ' -f1 "$tmp/$1.time")" \
      'BEGIN { exit !(a < b) }'; then
    cp "$tmp/$1.$2.time" "$tmp/$1.time"; cp "$tmp/$1.$2.out" "$tmp/$1.out"
  fi
}
best() { # NAME CMD...
  local name=$1; shift
  for i in $(seq 1 "$runs"); do measure "$name.$i" "$@"; keep_best "$name" "$i"; done
}
best_kw() { # NAME FILE: keyward import into a fresh copy of the workspace each time
  local name=$1 file=$2 ws
  for i in $(seq 1 "$runs"); do
    ws=$(fresh_ws "$name.$i")
    measure "$name.$i" "$kw" --workspace "$ws" logs import "$file" --project bench
    keep_best "$name" "$i"
    rm -f "$ws" "$ws-wal" "$ws-shm"
  done
}

cat "$tmp/access.log" "$tmp/access.jsonl" >/dev/null # warm the page cache for everyone
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
best wc wc -l "$tmp/access.log"
measure goaccess goaccess "$tmp/access.log" --log-format=COMBINED --no-progress -o "$tmp/goaccess.json"
best_kw kw "$tmp/access.log"
best_kw kwjson "$tmp/access.jsonl"
best wcjson wc -l "$tmp/access.jsonl"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

lines=$(awk '{print $1}' "$tmp/wc.out")
jlines=$(awk '{print $1}' "$tmp/wcjson.out")
bytes=$(stat -c %s "$tmp/access.log")
jbytes=$(stat -c %s "$tmp/access.jsonl")
report() { # NAME LABEL BYTES LINES
  read -r secs rss user sys <"$tmp/$1.time"
  awk -v l="$2" -v s="$secs" -v b="$3" -v n="$4" -v r="$rss" -v c="$(awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }')" 'BEGIN {
    if (s < 0.01) s = 0.01
    printf "%-34s %7.2f s %7.2f s CPU %8.1f MB/s %11.0f lines/s %7.1f MB peak RSS\n", l, s, c, b / 1e6 / s, n / s, r / 1024 }'
}
echo "combined log: $((bytes / 1000000)) MB, $lines lines; JSON lines: $((jbytes / 1000000)) MB, $jlines lines; $(nproc) cores"
report wc "wc -l (combined)" "$bytes" "$lines"
report goaccess "goaccess --log-format=COMBINED" "$bytes" "$lines"
report kw "keyward logs import (combined)" "$bytes" "$lines"
report wcjson "wc -l (JSON lines)" "$jbytes" "$jlines"
report kwjson "keyward logs import (JSON lines)" "$jbytes" "$jlines"
read -r wcs _ wcu wcy <"$tmp/wc.time"
read -r gas _ <"$tmp/goaccess.time"
read -r kws kwrss kwu kwy <"$tmp/kw.time"
read -r kjs kjrss <"$tmp/kwjson.time"
awk -v w="$wcs" -v g="$gas" -v k="$kws" -v j="$kjs" -v r="$kwrss" -v jr="$kjrss" -v jb="$jbytes" \
    -v wc="$wcu" -v wy="$wcy" -v ku="$kwu" -v ky="$kwy" 'BEGIN {
  if (k < 0.01) k = 0.01; if (j < 0.01) j = 0.01
  wcpu = wc + wy; kcpu = ku + ky; if (kcpu < 0.01) kcpu = 0.01
  printf "ratio keyward/goaccess speed: %.1fx (goal >= 5x)\n", g / k
  printf "ratio keyward/wc -l speed:    %.0f %% (goal >= 50 %%)\n", 100 * w / k
  printf "CPU time (user+sys), combined: keyward %.2f s, wc -l %.2f s (keyward needs %.1fx the CPU of wc -l)\n", kcpu, wcpu, kcpu / (wcpu < 0.01 ? 0.01 : wcpu)
  printf "peak RSS: %.0f MB combined, %.0f MB JSON (goal <= 200 MB)\n", r / 1024, jr / 1024
  printf "JSON lines: %.0f MB/s (goal >= 300 MB/s)\n", jb / 1e6 / j }'
grep -h "lines:" "$tmp/kw.out" "$tmp/kwjson.out" | sed 's/^/keyward: /'
