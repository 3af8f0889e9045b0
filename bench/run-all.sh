#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark against a release build. Usage: bench/run-all.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
for script in bench/run-*.sh; do
  [[ $script == bench/run-all.sh ]] && continue
  echo "== $script"
  "$script" "$build"
done
