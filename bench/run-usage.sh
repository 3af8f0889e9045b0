#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark, read side: a year of per-minute usage (SQL per bucket, Usage tab reload, chart redraw).
# Usage: bench/run-usage.sh BUILD_DIR
set -euo pipefail
build=${1:-build/release}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
"$build/bench/bench_usage" "$tmp/bench.keyward"
