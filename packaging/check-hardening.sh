#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-hardening.sh [--debug] FILE...: fails unless every ELF file is built hardened: PIE (the
# executable), stack protector, full RELRO (relro + bind now), non-executable stack, and, except in
# a Debug build (--debug; cmake/KeywardSettings.cmake), _FORTIFY_SOURCE and CET (-fcf-protection).
set -euo pipefail
optimised=1
if [[ ${1:-} == --debug ]]; then
  optimised=0
  shift
fi
status=0
fail() {
  echo "FAIL  $1: $2"
  status=1
}
for f in "$@"; do
  args=(--quiet)
  ((optimised)) || args+=(--nofortify --nocfprotection)
  if ! out=$(hardening-check "${args[@]}" "$f" 2>&1); then
    fail "$f" "hardening-check: $out"
  fi
  readelf -d "$f" | grep -q 'BIND_NOW\|FLAGS.*NOW' || fail "$f" "no BIND_NOW"
  readelf -lW "$f" | grep -q GNU_RELRO || fail "$f" "no RELRO"
  readelf -lW "$f" | grep GNU_STACK | grep -q 'RW ' || fail "$f" "executable stack"
  if ((optimised)); then
    readelf -nW "$f" | grep -q 'x86 feature: IBT, SHSTK' || fail "$f" "no CET (IBT, SHSTK) property"
  fi
  [[ $status -ne 0 ]] || echo "ok    $f"
done
exit $status
