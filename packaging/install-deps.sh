#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Keyward needs to build, run and test.
# Idempotent: does nothing when all packages are already present.
set -euo pipefail

BUILD_PKGS=(
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  libqt6svg6 fonts-dejavu-core libxkbcommon-dev libgl-dev zlib1g-dev libsqlite3-dev libssl-dev
  cmake ninja-build g++ clang clang-format ccache pkg-config python3 qt6-translations-l10n
)
TEST_PKGS=(
  gnome-keyring dbus dbus-x11 xvfb xauth libsecret-tools etcd-server etcd-client
  openssl sqlite3 python3 locales nginx-light bash-completion libglib2.0-bin shared-mime-info
)
# Packaging and its validators (rsvg-convert renders the icon's PNGs: tools/render-icons.sh), fuzzing (clang's libFuzzer runtime), the gateway benchmark.
TOOL_PKGS=(
  lintian desktop-file-utils appstream devscripts dpkg-dev fakeroot file man-db librsvg2-bin
  libclang-rt-14-dev llvm wrk libsimdjson-dev
)
BENCH_PKGS=(goaccess time)

want=("${BUILD_PKGS[@]}" "${TEST_PKGS[@]}" "${TOOL_PKGS[@]}" "${BENCH_PKGS[@]}")
missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  SUDO=(sudo)
fi

if ((${#missing[@]} > 0)); then
  echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The report tests run under LC_ALL=de_DE.UTF-8 (decimal comma) to prove exports keep dots.
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  echo "install-deps: generating the de_DE.UTF-8 locale"
  if [[ -f /etc/locale.gen ]] && grep -q '^# *de_DE.UTF-8 UTF-8' /etc/locale.gen; then
    "${SUDO[@]}" sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  elif ! grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
    echo 'de_DE.UTF-8 UTF-8' | "${SUDO[@]}" tee -a /etc/locale.gen >/dev/null
  fi
  "${SUDO[@]}" locale-gen >/dev/null
fi
