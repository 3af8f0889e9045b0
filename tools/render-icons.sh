#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon (resources/icons/keyward.svg) into the hicolor PNG sizes the package
# installs (packaging/icons/). Run after changing the icon; needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" resources/icons/keyward.svg -o "packaging/icons/${size}.png"
done
