// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kw {
class SecretStore;
}

namespace kw::gui {

// Renders the main window on a demo workspace (light and dark) and every dialog into DIR as PNG
// files, for docs/screenshots. Returns a process exit code.
int renderScreenshots(const QString& dir, SecretStore& secrets);

} // namespace kw::gui
