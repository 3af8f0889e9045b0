#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the console's responsiveness while the Usage tab imports a generated combined
# log (bench_gui_import: 10 ms timer lateness and a key press into the Keys tab, against a baseline
# with nothing running, in the same run), and the import's throughput in the GUI against
# `keyward logs import` on the same file. Prints CPU time next to wall time; asserts nothing.
# Usage: bench/run-gui-import.sh BUILD_DIR [SIZE_MB] (default 1000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build/release}" && pwd)
size=${2:-1000}
kw=$build/app/keyward
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kw-gui-import-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$here/bench-workspace.sh" "$kw" "$tmp/base.keyward" "$tmp/keys.txt"
python3 "$here/gen-logs.py" combined "$size" "$tmp/access.log" "$tmp/keys.txt"
cat "$tmp/access.log" >/dev/null # warm the page cache for both
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

cp "$tmp/base.keyward" "$tmp/cli.keyward"
/usr/bin/time -f '%e %U %S' -o "$tmp/cli.time" "$kw" --workspace "$tmp/cli.keyward" logs import "$tmp/access.log" \
  --project bench >/dev/null 2>&1
cp "$tmp/base.keyward" "$tmp/gui.keyward"
/usr/bin/time -f '%e %U %S' -o "$tmp/gui.time" "$build/bench/bench_gui_import" "$tmp/gui.keyward" bench \
  "$tmp/access.log" 5 | tee "$tmp/gui.out"

bytes=$(stat -c %s "$tmp/access.log")
read -r cwall cuser csys <"$tmp/cli.time"
read -r gwall guser gsys <"$tmp/gui.time"
gimport=$(sed -n 's/^import in the GUI: \([0-9.]*\) s wall.*/\1/p' "$tmp/gui.out")
awk -v b="$bytes" -v cw="$cwall" -v cu="$cuser" -v cs="$csys" -v gi="$gimport" -v gw="$gwall" -v gu="$guser" -v gs="$gsys" 'BEGIN {
  printf "keyward logs import (CLI): %.2f s wall, %.1f MB/s, CPU %.2f s\n", cw, b / 1e6 / cw, cu + cs
  printf "import in the GUI:         %.2f s wall, %.1f MB/s (%.0f %% of the CLI); whole bench process CPU %.2f s in %.1f s\n",
         gi, b / 1e6 / gi, 100 * cw / gi, gu + gs, gw }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
