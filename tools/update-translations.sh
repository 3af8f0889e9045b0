#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings resources/translations/*.ts in step with the sources: new messages are added as unfinished
# (translate them in Qt Linguist or an editor), messages no source uses any more are removed.
# tests/packaging (tst_translations) fails while a .ts file is out of date or unfinished.
set -euo pipefail
exec python3 "$(dirname "$0")/translations.py" update "$@"
