// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCommandLineParser;
class QTextStream;

namespace kw {
struct RegistryProfile;
}

namespace kw::cli {
class Context;
}

// The `keyward registry` commands that manage profiles (RegistryProfileCommands.cpp), for the
// command table in RegistryCommands.cpp.
namespace kw::cli::registry {

// One reader of stdin for the whole command: a password line, then a presented key.
QTextStream& stdinStream();
void setupProfile(QCommandLineParser& p);
// Warns on stderr when the profile sends in clear (http:// to loopback).
void warnHttp(Context& c, const RegistryProfile& p);
int add(Context& c);
int edit(Context& c);
int list(Context& c);
int remove(Context& c);

} // namespace kw::cli::registry
