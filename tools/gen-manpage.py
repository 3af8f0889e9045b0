#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes keyward.1 from packaging/keyward.1.in and the CLI's own help, so the manual lists every
command and option exactly as `keyward --help` and `keyward NOUN VERB --help` do.

  gen-manpage.py KEYWARD_BINARY TEMPLATE OUTPUT

Also imported by tests/packaging/check-manpage.py, which compares an installed page with the help.
"""
import os
import re
import subprocess
import sys
import tempfile

COMMAND_LINE = re.compile(r"^  (\S+) (\S+)(.*?)\s{2,}(\S.*)$")


def help_env():
    env = dict(os.environ)
    # English, and no user's workspace or settings touched.
    tmp = tempfile.mkdtemp(prefix="keyward-man-")
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="", HOME=tmp, XDG_CONFIG_HOME=tmp,
               XDG_DATA_HOME=tmp, QT_QPA_PLATFORM="offscreen")
    return env


def run(binary, *args):
    return subprocess.run([binary, *args], env=help_env(), check=True, capture_output=True,
                          text=True).stdout


def commands(binary):
    """[(noun, verb, arguments, summary)] from the overview."""
    out = []
    for line in run(binary, "--help").splitlines():
        m = COMMAND_LINE.match(line)
        if m:
            out.append((m.group(1), m.group(2), m.group(3).strip(), m.group(4).strip()))
    return out


def options(binary, noun, verb):
    """[(names, value, description)] of one command's --help, continuation lines joined."""
    text = run(binary, noun, verb, "--help")
    out = []
    in_options = False
    for line in text.splitlines():
        if line.startswith("Options:"):
            in_options = True
            continue
        if not in_options or not line.strip():
            continue
        m = re.match(r"^  (-\S.*?)(?:\s{2,}(\S.*))?$", line)
        if m and line.startswith("  -"):
            spec, desc = m.group(1).strip(), (m.group(2) or "").strip()
            value = ""
            vm = re.search(r"\s<([^>]+)>$", spec)
            if vm:
                value, spec = vm.group(1), spec[: vm.start()]
            names = [n.strip() for n in spec.split(",")]
            out.append([names, value, desc])
        elif out:
            out[-1][2] = (out[-1][2] + " " + line.strip()).strip()
    description = text.splitlines()[1].strip() if len(text.splitlines()) > 1 else ""
    return description, out


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


def render_commands(binary):
    lines = []
    current = None
    for noun, verb, arguments, summary in commands(binary):
        if noun != current:
            lines.append(".SS %s" % roff(noun))
            current = noun
        _, opts = options(binary, noun, verb)
        synopsis = "\\fBkeyward %s %s\\fR" % (roff(noun), roff(verb))
        if arguments:
            synopsis += " \\fI%s\\fR" % roff(arguments)
        lines += [".TP", synopsis, roff(summary)]
        for names, value, desc in opts:
            if "--help" in names or "--workspace" in names or "--json" in names or "--actor" in names:
                continue  # the global options, described once
            head = ", ".join("\\fB%s\\fR" % roff(n) for n in names)
            if value:
                head += " \\fI%s\\fR" % roff(value)
            lines += [".RS", ".TP", head, roff(desc), ".RE"]
    return "\n".join(lines)


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    binary, template, output = argv[1:]
    version = run(binary, "--version").split()[-1]
    with open(template, encoding="utf-8") as f:
        page = f.read()
    page = page.replace("@VERSION@", version).replace("@COMMANDS@", render_commands(binary))
    with open(output, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main(sys.argv)
