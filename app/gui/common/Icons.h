// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

class QPalette;

namespace kw::gui {

enum class Icon
{
    App,
    Key,
    Issue,
    Rotate,
    Revoke,
    Edit,
    Reveal,
    ProjectNew,
    ProjectEdit,
    Refresh,
    Verify,
    Open,
    NewWorkspace,
    Demo,
    Find,
    Copy,
    CopyId,
    Audit,
    Quit,
    About,
    Warning,
    Error,
    Info,
    Success,
    Usage,
    Registry,
    Projects,
};

// Registers the bundled icons; the GUI library is static, so its resources need an explicit call.
void initResources();

// The desktop theme's icon where it has one, else the bundled SVG drawn in the palette's text
// colour, so the same icon reads on a light and a dark toolbar.
QIcon icon(Icon id, const QPalette& palette);

} // namespace kw::gui
