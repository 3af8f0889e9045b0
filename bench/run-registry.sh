#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The registry benchmark: first pull of 100,000 keys, delta pull of one change, push of 1,000 issued
# keys and a bulk revocation of 10,000 keys,
# each against `etcdctl get --prefix` of the same data in the same run, on a local TLS etcd started
# here (tests/fixtures/etcd-fixture.sh). Usage: bench/run-registry.sh BUILD_DIR [KEYS]
set -euo pipefail
build=${1:-build/release}
keys=${2:-100000}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap '"$here/tests/fixtures/etcd-fixture.sh" stop "$tmp/etcd"; rm -rf "$tmp"' EXIT
"$here/tests/fixtures/etcd-fixture.sh" start "$tmp/etcd"
set -a
# shellcheck disable=SC1091
. "$tmp/etcd/env"
set +a
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data KEYWARD_ACTOR=bench
"$build/bench/bench_registry" "$keys"
