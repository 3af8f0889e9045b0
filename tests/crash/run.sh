#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/crash/run.sh [TRIALS [crash.py options...]]: the crash harness (crash.py) against the
# keyward binary of build/dev (KEYWARD_BINARY overrides), with a real etcd over TLS
# (tests/fixtures/etcd-fixture.sh) and a private Secret Service for the registry profile's password.
# Prints the trials, the failures and the seed; exit 1 when a trial failed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
trials=${1:-20}
[ "$#" -gt 0 ] && shift
binary=${KEYWARD_BINARY:-$root/build/dev/app/keyward}
[ -x "$binary" ] || { echo "crash/run.sh: no keyward binary at $binary (build the dev preset)" >&2; exit 2; }

etcd_dir=$(mktemp -d "${TMPDIR:-/tmp}/keyward-crash-etcd.XXXXXX")
rmdir "$etcd_dir"
"$root/tests/fixtures/etcd-fixture.sh" start "$etcd_dir" >/dev/null
trap '"$root/tests/fixtures/etcd-fixture.sh" stop "$etcd_dir" >/dev/null 2>&1 || true' EXIT INT TERM
"$root/tests/fixtures/with-secret-service.sh" python3 "$here/crash.py" --keyward "$binary" \
    --trials "$trials" --etcd "$etcd_dir" "$@"
