#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the documentation's screenshots (main window light and dark, the tabs, every dialog) from
# a fresh demo workspace into docs/screenshots/. Under Xvfb when xvfb-run is there, else on Qt's
# offscreen platform; both use Qt's Fusion style and DejaVu fonts, so the result is the same on
# every machine. Usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
out=${2:-docs/screenshots}
bin=$build/tools/keyward-screenshots
if [[ ! -x $bin ]]; then
  echo "screenshots.sh: $bin is missing; build first (cmake --preset release && cmake --build --preset release)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
# A private home: no saved window layout and no desktop theme leak into the pictures.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share XDG_RUNTIME_DIR=$tmp/run
export KEYWARD_ACTOR=ana LC_ALL=C.UTF-8
unset QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE
mkdir -p "$out"
if command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" "$out"
else
  QT_QPA_PLATFORM=offscreen "$bin" "$out"
fi
