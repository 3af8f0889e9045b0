#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The default workspace and settings live in ~/.local/share/keyward/ and ~/.config/keyward/; ones
an earlier version kept in .../keyward/console/ and console.conf are moved there, or opened in
place while in use, never lost."""
import json
import os
import sys

from common import Home, check, finish

binary = sys.argv[1]

# An earlier version's workspace and settings, made with today's binary at the earlier paths.
home = Home()
old_dir = os.path.join(home.data, "keyward", "console")
old_ws = os.path.join(old_dir, "workspace.keyward")
os.makedirs(old_dir)
r = home.run(binary, "--workspace", old_ws, "project", "create", "legacy-api", "--prefix", "leg")
check(r.returncode == 0, "a workspace made at the earlier place: " + r.stderr.strip())
os.makedirs(os.path.join(home.config, "keyward"), exist_ok=True)
with open(os.path.join(home.config, "keyward", "console.conf"), "w") as f:
    f.write("[admin]\nname=ana\n")

r = home.run(binary, "project", "list", "--json")
check(r.returncode == 0 and "legacy-api" in r.stdout, "the default workspace is the earlier one's content")
new_ws = os.path.join(home.data, "keyward", "workspace.keyward")
check(os.path.isfile(new_ws), "moved to ~/.local/share/keyward/workspace.keyward")
check(not os.path.exists(old_ws), "nothing left at the earlier place")
check(not os.path.exists(old_dir), "the emptied console folder is gone")
check(os.path.isfile(os.path.join(home.config, "keyward", "keyward.conf")), "settings moved to keyward.conf")
check(not os.path.exists(os.path.join(home.config, "keyward", "console.conf")), "console.conf moved, not copied")

# Settings are read from the new file: the administrator name set there is the audit actor.
r = home.run(binary, "project", "create", "second-api", "--prefix", "sec", env={"KEYWARD_ACTOR": ""})
r = home.run(binary, "audit", "list", "--json", "--project", "second-api", env={"KEYWARD_ACTOR": ""})
check(r.returncode == 0 and '"ana"' in r.stdout, "the moved settings are the ones in use (actor ana)")

# A second run finds everything at the new place and moves nothing again.
r = home.run(binary, "project", "list", "--json")
names = sorted(p["name"] for p in json.loads(r.stdout)) if r.returncode == 0 else []
check(names == ["legacy-api", "second-api"], "both projects in the one default workspace: %s" % names)

# An earlier workspace in use (its write-ahead log beside it) stays and is opened where it is.
home2 = Home()
old_dir2 = os.path.join(home2.data, "keyward", "console")
old_ws2 = os.path.join(old_dir2, "workspace.keyward")
os.makedirs(old_dir2)
home2.run(binary, "--workspace", old_ws2, "project", "create", "busy-api", "--prefix", "busy")
open(old_ws2 + "-wal", "wb").close()
r = home2.run(binary, "project", "list", "--json")
check(r.returncode == 0 and "busy-api" in r.stdout, "a workspace in use is opened in place")
check(os.path.isfile(old_ws2), "and not moved while in use")
check(not os.path.exists(os.path.join(home2.data, "keyward", "workspace.keyward")),
      "no empty workspace made at the new place beside it")

# A workspace already at the new place wins; the earlier one is left alone, not overwritten.
home3 = Home()
old_ws3 = os.path.join(home3.data, "keyward", "console", "workspace.keyward")
os.makedirs(os.path.dirname(old_ws3))
# (The new one first: any run moves an earlier workspace while the new place is free.)
home3.run(binary, "--workspace", os.path.join(home3.data, "keyward", "workspace.keyward"),
          "project", "create", "new-api", "--prefix", "new")
home3.run(binary, "--workspace", old_ws3, "project", "create", "old-api", "--prefix", "old")
r = home3.run(binary, "project", "list", "--json")
check("new-api" in r.stdout and "old-api" not in r.stdout, "the workspace at the new place is the default")
check(os.path.isfile(old_ws3), "the earlier one is kept")
finish()
