#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The MIME package recognises a workspace by its name (*.keyward) and by its content (SQLite with
the application_id 'KWRD'), and leaves other SQLite files alone: shared-mime-info's own database
built from packaging/dev.keyward.Keyward.mime.xml, asked through gio as a file manager does."""
import os
import shutil
import sqlite3
import subprocess
import sys

from common import Home, check, finish

binary, package = sys.argv[1], sys.argv[2]
for tool in ("update-mime-database", "gio"):
    if not shutil.which(tool):
        if os.environ.get("CI"):
            sys.exit("FAIL: %s is missing; run packaging/install-deps.sh" % tool)
        print("SKIP: %s is not installed" % tool)
        sys.exit(77)

home = Home()
share = os.path.join(home.root, "share")
os.makedirs(os.path.join(share, "mime", "packages"))
shutil.copy(package, os.path.join(share, "mime", "packages", "dev.keyward.Keyward.xml"))
subprocess.run(["update-mime-database", os.path.join(share, "mime")], check=True)

workspace = os.path.join(home.root, "w.keyward")
r = home.run(binary, "--workspace", workspace, "project", "create", "a-api", "--prefix", "aap")
check(r.returncode == 0, "a workspace made by the binary")
renamed = os.path.join(home.root, "backup.db")
shutil.copy(workspace, renamed)
plain = os.path.join(home.root, "plain.db")
sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.commit()


def content_type(path):
    env = dict(home.env, XDG_DATA_HOME=share, XDG_DATA_DIRS="/usr/share")
    out = subprocess.run(["gio", "info", "-a", "standard::content-type", path], env=env,
                         capture_output=True, text=True).stdout
    return out.rsplit(":", 1)[-1].strip()


check(content_type(workspace) == "application/x-keyward-workspace", "by name: %s" % content_type(workspace))
check(content_type(renamed) == "application/x-keyward-workspace", "by content: %s" % content_type(renamed))
check(content_type(plain) == "application/vnd.sqlite3", "another SQLite file stays SQLite: %s" % content_type(plain))
finish()
