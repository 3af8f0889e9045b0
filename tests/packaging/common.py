# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared by the packaging tests: the real binary run in a private HOME and XDG folders."""
import os
import subprocess
import sys
import tempfile

FAILURES = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        FAILURES.append(what)


def finish():
    if FAILURES:
        sys.exit("%d check(s) failed" % len(FAILURES))
    print("all checks passed")


class Home:
    """A throw-away user: HOME, XDG data/config/cache/runtime folders, C locale."""

    def __init__(self):
        self._dir = tempfile.TemporaryDirectory(prefix="keyward-pkgtest-")
        root = self.root = self._dir.name
        self.data = os.path.join(root, "data")
        self.config = os.path.join(root, "config")
        self.runtime = os.path.join(root, "runtime")
        for d in (self.data, self.config, self.runtime, os.path.join(root, "home")):
            os.makedirs(d, mode=0o700)
        self.env = dict(os.environ)
        self.env.update(HOME=os.path.join(root, "home"), XDG_DATA_HOME=self.data,
                        XDG_CONFIG_HOME=self.config, XDG_CACHE_HOME=os.path.join(root, "cache"),
                        XDG_RUNTIME_DIR=self.runtime, KEYWARD_ACTOR="tester", LC_ALL="C.UTF-8",
                        LANG="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")

    def run(self, binary, *args, env=None, timeout=60):
        e = dict(self.env)
        e.update(env or {})
        return subprocess.run([binary, *args], env=e, capture_output=True, text=True, timeout=timeout)
