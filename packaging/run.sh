#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the release binary and its modules (the package preset: no tests,
# no benchmarks) and opens the console on the default workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset package >/dev/null
cmake --build --preset package --target keyward
bin=build/package/app/keyward
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  cat <<MSG
Keyward is built, but this machine has no display, so the console cannot open here.

  Use the command line, which needs no display:
    $bin --help
    $bin project create chat-api --prefix chat
    $bin key issue --project chat-api --name "web backend" --env live

  Or run the console under a virtual display:
    xvfb-run -a $bin --demo
MSG
  exit 0
fi
exec "$bin" "$@"
