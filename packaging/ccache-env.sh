# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the build scripts: one compiler cache per user, shared by every checkout. Paths are
# hashed relative to the checkout, so a fresh clone (CI) or a git worktree reuses what another
# checkout compiled.
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/keyward-ccache}"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(pwd -P)}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
