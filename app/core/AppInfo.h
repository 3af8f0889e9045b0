// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace kw {

// Both faces of the binary share one identity, so QSettings and QStandardPaths agree:
// ~/.config/keyward/console.conf and ~/.local/share/keyward/console/workspace.keyward.
inline void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
}

} // namespace kw
