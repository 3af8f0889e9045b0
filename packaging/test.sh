#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, runs every test, then the short fuzz and
# crash runs (packaging/reliability.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
. packaging/ccache-env.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev "$@"
packaging/reliability.sh
