#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-hardening.sh [--debug] FILE...: fails unless every ELF file is built hardened: PIE (the
# executable), stack protector, full RELRO (relro + bind now) and a non-executable stack; and,
# except in a Debug build (--debug; cmake/KeywardSettings.cmake), _FORTIFY_SOURCE and CET.
#
# Two of hardening-check's verdicts cannot be used as they are on Debian 12:
# - CET: glibc's crt1.o and crti.o carry no IBT/SHSTK property, so the linker never marks an
#   executable or library with one, whatever the flags. -fcf-protection is checked by the code it
#   makes instead: an endbr64 at every function that may be called indirectly (thousands; a build
#   without it has the crt files' two).
# - _FORTIFY_SOURCE: a file whose libc calls all have sizes unknown at compile time has nothing to
#   fortify ("only unprotected functions"). All files share one set of flags, so the fortified calls
#   (__*_chk) found in the files together prove the flag.
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
fortified=0
for f in "$@"; do
  before=$status
  if ! out=$(hardening-check --quiet --nofortify --nocfprotection "$f" 2>&1); then
    fail "$f" "hardening-check: $out"
  fi
  readelf -d "$f" | grep -q 'BIND_NOW\|FLAGS.*NOW' || fail "$f" "no BIND_NOW"
  readelf -lW "$f" | grep -q GNU_RELRO || fail "$f" "no RELRO"
  readelf -lW "$f" | grep GNU_STACK | grep -q 'RW ' || fail "$f" "executable stack"
  if ((optimised)); then
    endbr=$(objdump -d --no-show-raw-insn "$f" | grep -c endbr64 || true)
    ((endbr >= 100)) || fail "$f" "only $endbr endbr64: not built with -fcf-protection"
    fortified=$((fortified + $(nm -D "$f" | grep -c '_chk@' || true)))
  fi
  [[ $status -ne $before ]] || echo "ok    $f"
done
if ((optimised && fortified == 0)); then
  fail "$*" "no fortified libc call (__*_chk) in any file: not built with _FORTIFY_SOURCE"
fi
exit $status
