#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""bash completion (packaging/keyward.bash-completion) through bash-completion, on the real binary:
nouns, verbs, options, project names and registry profile names."""
import os
import subprocess
import sys

from common import Home, check, finish

binary, script = sys.argv[1], sys.argv[2]
LIBRARY = "/usr/share/bash-completion/bash_completion"
if not os.path.exists(LIBRARY):
    if os.environ.get("CI"):
        sys.exit("FAIL: bash-completion is missing; run packaging/install-deps.sh")
    print("SKIP: bash-completion is not installed")
    sys.exit(77)

home = Home()
ws = os.path.join(home.root, "w.keyward")
for name, prefix in (("chat-api", "chat"), ("billing", "bill")):
    home.run(binary, "--workspace", ws, "project", "create", name, "--prefix", prefix)


def complete(*words):
    """COMPREPLY for the command line `keyward WORDS...` (the last word is the one completed)."""
    driver = f"""
source {LIBRARY}
source {script}
COMP_WORDS=({binary} {' '.join("'%s'" % w for w in words)})
COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
_keyward
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    r = subprocess.run(["bash", "-c", driver], env=home.env, capture_output=True, text=True,
                       cwd=home.root, timeout=60)
    return set(r.stdout.split())


got = complete("")
check({"project", "key", "audit", "logs", "usage", "report", "registry"} <= got, "nouns: %s" % sorted(got))
check(complete("ke") == {"key"}, "a noun's prefix")
got = complete("key", "")
check({"issue", "list", "rotate", "revoke", "verify"} <= got, "verbs of key: %s" % sorted(got))
check(complete("key", "issue", "--pr") == {"--project"}, "a command's option")
check({"--env", "--owner", "--expires"} <= complete("key", "issue", "--"), "all of a command's options")
check(complete("--workspace", ws, "key", "list", "--project", "") == {"billing", "chat-api"},
      "project names of the workspace on the line")
check(complete("--workspace", ws, "project", "show", "b") == {"billing"}, "a project name as argument")
check(complete("--workspace", ws, "registry", "bind", "chat-api", "") == set(),
      "no registry profiles, none offered")
finish()
