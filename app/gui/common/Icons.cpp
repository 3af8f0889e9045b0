// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Icons.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>

static void initKeywardResources()
{
    Q_INIT_RESOURCE(keyward);
}

namespace kw::gui {

namespace {

struct IconSource
{
    Icon id;
    const char* themeName; // nullptr: there is no freedesktop name for it
    const char* file;
};

constexpr IconSource Sources[] = {
    {Icon::App, nullptr, "keyward"},
    {Icon::Key, nullptr, "key"},
    {Icon::Issue, nullptr, "key-issue"},
    {Icon::Rotate, nullptr, "key-rotate"},
    {Icon::Revoke, nullptr, "key-revoke"},
    {Icon::Edit, "document-edit", "key-edit"},
    {Icon::Reveal, nullptr, "key-reveal"},
    {Icon::ProjectNew, "folder-new", "project-new"},
    {Icon::ProjectEdit, nullptr, "project-edit"},
    {Icon::Refresh, "view-refresh", "refresh"},
    {Icon::Verify, nullptr, "verify"},
    {Icon::Open, "document-open", "open"},
    {Icon::NewWorkspace, "document-new", "workspace-new"},
    {Icon::Demo, nullptr, "demo"},
    {Icon::Find, "edit-find", "find"},
    {Icon::Copy, "edit-copy", "copy"},
    {Icon::CopyId, nullptr, "copy-id"},
    {Icon::Audit, nullptr, "audit"},
    {Icon::Quit, "application-exit", "quit"},
    {Icon::About, "help-about", "about"},
    {Icon::Warning, nullptr, "warning"},
    {Icon::Error, nullptr, "error"},
    {Icon::Info, nullptr, "info"},
    {Icon::Success, nullptr, "success"},
    {Icon::Usage, nullptr, "usage"},
    {Icon::Registry, nullptr, "registry"},
    {Icon::Projects, nullptr, "projects"},
};

// Adds the SVG drawn in `color` at the sizes toolbars, menus and dialogs ask for, so nothing is
// scaled from a bitmap.
void addRendered(QIcon& out, QByteArray svg, const QColor& color, QIcon::Mode mode)
{
    svg.replace("currentColor", color.name().toLatin1());
    for (const int size : {16, 20, 22, 24, 32, 48, 64, 96}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (!image.isNull()) {
            out.addPixmap(QPixmap::fromImage(image), mode);
        }
    }
}

QIcon bundled(const char* file, const QPalette& palette)
{
    QFile f(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray svg = f.readAll();
    QIcon out;
    addRendered(out, svg, palette.color(QPalette::Active, QPalette::WindowText), QIcon::Normal);
    // The style's generated disabled pixmap of a one-colour glyph barely differs from the enabled
    // one: a disabled action must look disabled, so it gets the palette's disabled text colour.
    addRendered(out, svg, palette.color(QPalette::Disabled, QPalette::WindowText), QIcon::Disabled);
    return out;
}

} // namespace

void initResources()
{
    initKeywardResources();
}

QIcon icon(Icon id, const QPalette& palette)
{
    for (const IconSource& source : Sources) {
        if (source.id != id) {
            continue;
        }
        if (source.themeName) {
            const QString name = QLatin1String(source.themeName);
            if (QIcon::hasThemeIcon(name)) {
                return QIcon::fromTheme(name);
            }
        }
        return bundled(source.file, palette);
    }
    return {};
}

} // namespace kw::gui
