#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The manual lists every command and every option of the CLI's --help, and man renders it without
warnings."""
import os
import re
import subprocess
import sys

from common import check, finish

binary, page = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import importlib.util  # noqa: E402

spec = importlib.util.spec_from_file_location(
    "gen", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "gen-manpage.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

text = open(page, encoding="utf-8").read()
plain = subprocess.run(["man", "--warnings", "-l", page], capture_output=True, text=True,
                       env=dict(os.environ, MANWIDTH="200", LC_ALL="C.UTF-8", MAN_KEEP_FORMATTING=""))
check(plain.returncode == 0 and not plain.stderr.strip(), "man renders it without warnings: " + plain.stderr.strip())
rendered = re.sub(r".\x08", "", plain.stdout).replace("\u2010", "-").replace("\u2212", "-")

commands = gen.commands(binary)
check(len(commands) >= 30, "the overview lists the commands (%d)" % len(commands))
missing = []
for noun, verb, _, _ in commands:
    if not re.search(r"keyward %s %s\b" % (re.escape(noun), re.escape(verb)), rendered):
        missing.append("%s %s" % (noun, verb))
    # Every option the command's --help shows, found with the command's own text in the page.
    help_text = gen.run(binary, noun, verb, "--help")
    for option in sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", help_text))):
        if option not in rendered:
            missing.append("%s %s %s" % (noun, verb, option))
check(not missing, "every command and option is in the manual; missing: %s" % ", ".join(missing[:20]))
version = gen.run(binary, "--version").split()[-1]
check(("keyward " + version) in text, "the manual names the binary's version " + version)
finish()
