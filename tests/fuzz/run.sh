#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets (clang, ASan + UBSan) in
# build/fuzz and runs each for SECONDS over its seed corpus, one after the other; prints per target
# the executions, the time and the crashes. RUNS=N instead runs each target for N executions;
# MAX_LEN sets the largest input (4096 bytes by default).
# New inputs go to build/fuzz/corpus/TARGET (the committed seeds stay small), crashing ones to
# build/fuzz/crashes/TARGET/. Exit 1 when a target crashed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
build=${KEYWARD_FUZZ_BUILD:-$root/build/fuzz}
targets=${*:-key_format log_combined log_json log_csv log_content key_import registry_records}

command -v clang++ >/dev/null 2>&1 || { echo "fuzz/run.sh: clang++ is missing (packaging/install-deps.sh)" >&2; exit 2; }
launcher=
command -v ccache >/dev/null 2>&1 && launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ $launcher >/dev/null
cmake --build "$build" -j "${KEYWARD_FUZZ_JOBS:-2}" >/dev/null

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES='*.debug=false;*.warning=false'
failed=0
printf '%-18s %12s %8s %8s\n' target executions seconds crashes
for t in $targets; do
    work="$build/corpus/$t"
    crashes="$build/crashes/$t"
    rm -rf "$crashes"
    mkdir -p "$work" "$crashes"
    limit="-max_total_time=$seconds"
    [ -n "${RUNS:-}" ] && limit="-runs=$RUNS"
    log="$build/$t.log"
    start=$(date +%s)
    set +e
    "$build/fuzz_$t" $limit -max_len="${MAX_LEN:-4096}" -timeout=20 -rss_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$work" "$here/corpus/$t" >"$log" 2>&1
    rc=$?
    set -e
    elapsed=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    count=$(find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    [ "$rc" -ne 0 ] && [ "$count" -eq 0 ] && count=1
    printf '%-18s %12s %8s %8s\n' "$t" "${execs:-?}" "$elapsed" "$count"
    if [ "$count" -ne 0 ]; then
        failed=1
        echo "  $t: see $log and $crashes/" >&2
        grep -m 3 -E 'ERROR|runtime error|FATAL' "$log" >&2 || true
    fi
done
exit "$failed"
