// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kw {

// The reverse-DNS id the desktop file, the AppStream metainfo, the icon and the MIME package are
// named after (packaging/), and the console's QGuiApplication::desktopFileName.
inline constexpr char AppId[] = "dev.keyward.Keyward";

// Both faces of the binary share one identity, so QSettings agree on ~/.config/keyward/keyward.conf.
void applyApplicationIdentity();

// What a real run (the CLI or the console, not a test or benchmark) does first, right after the
// application object exists: the identity, moving files from where earlier versions kept them,
// and the translations for the system locale.
void startApplication();

// The data folder, ~/.local/share/keyward: Qt's AppDataLocation would add the application name
// below the organisation's folder.
QString dataDirectory();

// ~/.local/share/keyward/workspace.keyward, or the one an earlier version kept in
// ~/.local/share/keyward/console/ while it could not be moved (see moveEarlierFiles()).
QString defaultWorkspacePath();

// Earlier versions kept the default workspace in ~/.local/share/keyward/console/ and the settings
// in ~/.config/keyward/console.conf. Moves them to today's places when nothing is there yet. A
// workspace with a write-ahead log or journal beside it is in use (or was left by a crash) and
// stays where it is: defaultWorkspacePath() then opens it in place, so it is never lost.
void moveEarlierFiles();

// Installs Keyward's translation and Qt's own (qtbase_*.qm) for the system locale, when there are
// ones; English otherwise.
void installTranslations();

} // namespace kw
