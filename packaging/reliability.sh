#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The short reliability run of `make test` and CI (docs/reliability.md): each libFuzzer target for a
# few seconds over its seed corpus, and the crash harness for a few trials against the dev build.
# KEYWARD_FUZZ_SECONDS and KEYWARD_CRASH_TRIALS size it; KEYWARD_SKIP_RELIABILITY=1 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${KEYWARD_SKIP_RELIABILITY:-}" ]; then
    echo "reliability: skipped (KEYWARD_SKIP_RELIABILITY)"
    exit 0
fi
tests/fuzz/run.sh "${KEYWARD_FUZZ_SECONDS:-4}"
tests/crash/run.sh "${KEYWARD_CRASH_TRIALS:-10}"
