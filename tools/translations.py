#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps resources/translations/keyward_*.ts in step with the sources.

  translations.py update [TS...]   rewrite the .ts files from the sources (tools/update-translations.sh)
  translations.py check  [TS...]   exit 1 when a .ts file is out of date or has untranslated messages

lupdate collects the messages; this script then merges them into ONE context, "keyward", keyed by
source text and disambiguation, keeping the translations already made. Why one context: the
non-GUI code translates through helpers (core/Tr.h and others) whose run-time context differs from
the calling class lupdate records, so Keyward's translator looks messages up by text alone
(app/core/AppInfo.cpp). Messages no source uses any more are dropped; locations are relative.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "resources", "translations")
SOURCE_DIRS = ["app", "ui"]  # everything the binary shows: code and forms
CONTEXT = "keyward"


def lupdate_binary():
    for candidate in (os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("translations.py: lupdate not found (Debian: qt6-l10n-tools); set LUPDATE")


def default_ts_files():
    return sorted(os.path.join(TS_DIR, f) for f in os.listdir(TS_DIR) if f.endswith(".ts"))


def collect(language):
    """Every message of the sources: {(source, comment): {"numerus": bool, "locations": [...]}}."""
    dirs = [os.path.join(ROOT, d) for d in SOURCE_DIRS if os.path.isdir(os.path.join(ROOT, d))]
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw_%s.ts" % language)
        subprocess.run([lupdate_binary(), "-silent", "-locations", "absolute", "-no-obsolete",
                        "-target-language", language, *dirs, "-ts", raw],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree = ET.parse(raw)
    messages = {}
    for message in tree.iter("message"):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        entry = messages.setdefault(key, {"numerus": False, "locations": []})
        entry["numerus"] |= message.get("numerus") == "yes"
        for loc in message.findall("location"):
            path = os.path.relpath(loc.get("filename"), TS_DIR)
            entry["locations"].append((path, int(loc.get("line", "0"))))
    return messages


def read_ts(path):
    """The translations made so far: {(source, comment): [forms] or None when unfinished}."""
    if not os.path.exists(path):
        return {}
    done = {}
    for message in ET.parse(path).iter("message"):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            done[key] = None
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        done[key] = forms if forms else [translation.text or ""]
    return done


def language_of(path):
    name = os.path.basename(path)[: -len(".ts")]
    return name.split("_", 1)[1] if "_" in name else name


def render(path, messages, done):
    language = language_of(path)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="%s" sourcelanguage="en">' % language, "<context>",
           "    <name>%s</name>" % CONTEXT]
    for (source, comment), entry in messages.items():
        numerus = entry["numerus"]
        out.append('    <message numerus="yes">' if numerus else "    <message>")
        for file, line in sorted(set(entry["locations"])):
            out.append('        <location filename="%s" line="%d"/>' % (escape(file, {'"': "&quot;"}), line))
        out.append("        <source>%s</source>" % escape(source))
        if comment:
            out.append("        <comment>%s</comment>" % escape(comment))
        forms = done.get((source, comment))
        if not forms or not any(forms):
            if numerus:
                out.append('        <translation type="unfinished">')
                out.append("            <numerusform></numerusform>")
                out.append("            <numerusform></numerusform>")
                out.append("        </translation>")
            else:
                out.append('        <translation type="unfinished"></translation>')
        elif numerus:
            if len(forms) == 1:
                forms = forms * 2
            out.append("        <translation>")
            out.extend("            <numerusform>%s</numerusform>" % escape(f) for f in forms)
            out.append("        </translation>")
        else:
            out.append("        <translation>%s</translation>" % escape(forms[0]))
        out.append("    </message>")
    out += ["</context>", "</TS>", ""]
    return "\n".join(out)


def key_set(path):
    return {k for k in read_ts(path)}


def main(argv):
    if len(argv) < 2 or argv[1] not in ("update", "check"):
        sys.exit(__doc__)
    files = [os.path.abspath(f) for f in argv[2:]] or default_ts_files()
    failed = False
    for path in files:
        messages = collect(language_of(path))
        done = read_ts(path)
        if argv[1] == "update":
            with open(path, "w", encoding="utf-8") as f:
                f.write(render(path, messages, done))
            missing = sum(1 for k in messages if not done.get(k))
            print("%s: %d messages, %d to translate" % (os.path.relpath(path, ROOT), len(messages), missing))
            continue
        rel = os.path.relpath(path, ROOT)
        new = [k for k in messages if k not in done]
        gone = [k for k in done if k not in messages]
        untranslated = [k for k in messages if k in done and not done[k]]
        for label, keys in (("not in the .ts file", new), ("no longer in the sources", gone),
                            ("untranslated", untranslated)):
            for source, comment in keys[:20]:
                print("%s: %s: %r%s" % (rel, label, source, " (%s)" % comment if comment else ""))
            if len(keys) > 20:
                print("%s: ... and %d more %s" % (rel, len(keys) - 20, label))
        if new or gone or untranslated:
            failed = True
            print("%s: out of date; run tools/update-translations.sh and translate what it marks unfinished" % rel)
        else:
            print("%s: %d messages, all translated and current" % (rel, len(messages)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
