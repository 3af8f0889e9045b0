#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One console per user: real processes on the offscreen platform. A second `keyward FILE` while a
console runs hands FILE to it (a new window there) and exits; no second console process opens it."""
import json
import os
import signal
import socket as unix
import subprocess
import sys
import time

from common import Home, check, finish

binary = sys.argv[1]
home = Home()
socket = os.path.join(home.runtime, "keyward", "console")


def listening(process):
    """Waits until a console accepts connections on the per-user socket."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        probe = unix.socket(unix.AF_UNIX, unix.SOCK_STREAM)
        try:
            probe.connect(socket)
            return True
        except OSError:
            time.sleep(0.1)
        finally:
            probe.close()
    return False

first_ws = os.path.join(home.root, "first.keyward")
second_ws = os.path.join(home.root, "second.keyward")
home.run(binary, "--workspace", first_ws, "project", "create", "one-api", "--prefix", "one")

console = subprocess.Popen([binary, "--workspace", first_ws], env=home.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
try:
    check(listening(console), "the console listens on $XDG_RUNTIME_DIR/keyward/console")
    check(console.poll() is None, "the console runs")

    # A workspace file named alone (as a double-click passes it) goes to the running console, which
    # opens it: the file is created by the console, the launcher process is gone at once.
    started = time.monotonic()
    r = home.run(binary, second_ws, timeout=60)
    check(r.returncode == 0, "the second launch is answered (exit %d: %s)" % (r.returncode, r.stderr.strip()))
    check(os.path.isfile(second_ws), "the running console opened the handed workspace")
    check(time.monotonic() - started < 30, "the second launch did not stay as a console of its own")
    check(console.poll() is None, "the first console still runs")

    # The same workspace again, now by --workspace and a relative path: raised, not reopened.
    r = home.run(binary, "--workspace", os.path.relpath(first_ws), timeout=60)
    check(r.returncode == 0, "a workspace already open is raised: " + r.stderr.strip())

    # A launch without a file shows the running console instead of starting another.
    r = home.run(binary, timeout=60)
    check(r.returncode == 0, "a plain launch goes to the running console")
    r = home.run(binary, "--new-workspace", timeout=60)
    check(r.returncode == 0, "the launcher's New workspace action goes to the running console")

    # A workspace that cannot open: the running console says why, so does the launch.
    bad = os.path.join(home.root, "not-a-workspace.keyward")
    with open(bad, "w") as f:
        f.write("plain text, not SQLite\n")
    r = home.run(binary, bad, timeout=60)
    check(r.returncode == 1 and "not-a-workspace.keyward" in r.stderr,
          "a broken workspace is refused with its name: %r" % r.stderr.strip())
    check(console.poll() is None, "the console survives a refused launch")

    # The CLI is never handed over: commands run in their own process as always.
    r = home.run(binary, "--workspace", second_ws, "project", "list", "--json")
    check(r.returncode == 0 and json.loads(r.stdout) == [], "the CLI still runs on its own: " + r.stdout.strip())
finally:
    console.send_signal(signal.SIGTERM)
    try:
        console.wait(timeout=20)
    except subprocess.TimeoutExpired:
        console.kill()
        console.wait()

# A console that crashed leaves its socket behind; the next console takes the name over.
check(os.path.exists(socket), "the killed console left its socket")
console = subprocess.Popen([binary, "--workspace", first_ws], env=home.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
try:
    check(os.path.exists(socket) and listening(console), "a console after a crash listens again")
    r = home.run(binary, second_ws, timeout=60)
    check(r.returncode == 0 and console.poll() is None, "and takes launches: " + r.stderr.strip())
finally:
    console.kill()
    console.wait()
finish()
