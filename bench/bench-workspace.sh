#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the import benchmarks: a workspace with a project "bench" and 40 keys issued by the CLI,
# and their "key_id hint secret" lines for bench/gen-logs.py.
# Usage: bench/bench-workspace.sh KEYWARD_BINARY WORKSPACE KEYS_OUT
set -euo pipefail
kw=$1 ws=$2 keys=$3
"$kw" --workspace "$ws" project create bench --prefix bench >/dev/null
for i in $(seq 1 40); do
  "$kw" --workspace "$ws" --json key issue --project bench --name "k$i" --owner ops
done | python3 -c '
import json, sys
text = sys.stdin.read()
dec = json.JSONDecoder(); i = 0
while i < len(text):
    while i < len(text) and text[i].isspace(): i += 1
    if i >= len(text): break
    obj, i = dec.raw_decode(text, i)
    print(obj["id"], obj["hint"], obj["secret"])' >"$keys"
