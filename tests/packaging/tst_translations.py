#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The .ts files are in step with the sources and complete, and the binary speaks German under a
German locale (its own messages with their plural forms, and Qt's), English otherwise."""
import os
import subprocess
import sys

from common import Home, check, finish

binary, source_dir = sys.argv[1], sys.argv[2]

r = subprocess.run([sys.executable, os.path.join(source_dir, "tools", "translations.py"), "check"],
                   capture_output=True, text=True)
print(r.stdout + r.stderr)
check(r.returncode == 0, "every .ts file is current and translated (else: tools/update-translations.sh)")

home = Home()
german = {"LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
english = home.run(binary, "--help")
r = home.run(binary, "--help", env=german)
check(english.returncode == 0 and "Each command takes --help" in english.stdout, "English under C.UTF-8")
check(r.returncode == 0 and "Jeder Befehl" in r.stdout, "German --help under de_DE.UTF-8")
r = home.run(binary, "key", "issue", "--help", env=german)
check(r.returncode == 0 and "Projekt" in r.stdout, "a command's options in German")
# Qt's own strings come from qtbase_de.qm: the option parser's unknown-option message.
r = home.run(binary, "project", "list", "--no-such-option", env=german)
check(r.returncode == 2 and "Unbekannte Option" in r.stderr, "Qt's own messages in German: " + r.stderr.strip())
# Plural forms: one and several of a counted message.
ws = os.path.join(home.root, "w.keyward")
home.run(binary, "--workspace", ws, "project", "create", "p-api", "--prefix", "pap")
for _ in range(2):
    home.run(binary, "--workspace", ws, "key", "issue", "--project", "p-api", "--name", "k", "--env", "live")
r = home.run(binary, "--workspace", ws, "audit", "verify", env=german)
check(r.returncode == 0 and "Ereignisse" in (r.stdout + r.stderr), "plural form for several events: " + (r.stdout + r.stderr).strip())
finish()
