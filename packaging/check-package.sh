#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-package.sh keyward_*.deb: what CI checks on the built package. Lists it, unpacks it into a
# throw-away root and runs the binary from there (it finds its modules relative to itself), checks
# the hardening of every ELF file, and runs desktop-file-validate, appstreamcli and lintian.
set -euo pipefail
deb=$(readlink -f "$1")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

echo "== contents"
dpkg-deb -c "$deb"
echo "== control"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends

dpkg -x "$deb" "$root"
bin="$root/usr/bin/keyward"
mapfile -t modules < <(find "$root/usr/lib" -path '*/keyward/keyward-*.so')
[[ ${#modules[@]} -eq 2 ]] || { echo "FAIL: expected the two modules, found: ${modules[*]}"; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
export HOME="$root/home" XDG_CONFIG_HOME="$root/home/config" XDG_DATA_HOME="$root/home/data" LC_ALL=C.UTF-8
echo "== keyward --version"
"$bin" --version | tee "$root/version"
grep -qx "keyward $version" "$root/version" || { echo "FAIL: --version is not the package's $version"; exit 1; }
echo "== keyward --help"
"$bin" --help >"$root/help"
grep -q '^  registry add' "$root/help" || { echo "FAIL: the registry module did not load"; cat "$root/help"; exit 1; }
wc -l <"$root/help"
# Every library the modules need is there.
ldd "${modules[@]}" | grep 'not found' && { echo "FAIL: unresolved libraries"; exit 1; }

echo "== hardening"
"$(dirname "$0")/check-hardening.sh" "$bin" "${modules[@]}"
echo "== desktop-file-validate"
desktop-file-validate "$root"/usr/share/applications/*.desktop
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$root"/usr/share/metainfo/*.metainfo.xml
echo "== man"
out=$(man --warnings -l "$root/usr/share/man/man1/keyward.1.gz" 2>&1 >/dev/null) || true
[[ -z $out ]] || { echo "FAIL: man warns: $out"; exit 1; }
echo "== lintian"
# Errors fail; warnings are listed (docs/packaging.md says why each one kept is there).
lintian --fail-on error --tag-display-limit 0 --info "$deb"
echo "package checks passed: $(basename "$deb")"
