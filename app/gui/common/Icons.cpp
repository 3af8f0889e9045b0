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

QIcon bundled(const char* file, const QColor& color)
{
    QFile f(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray svg = f.readAll();
    svg.replace("currentColor", color.name().toLatin1());
    QIcon out;
    // Pixmaps at the sizes toolbars, menus and dialogs ask for, so nothing is scaled from a bitmap.
    for (const int size : {16, 20, 22, 24, 32, 48, 64, 96}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (!image.isNull()) {
            out.addPixmap(QPixmap::fromImage(image));
        }
    }
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
        return bundled(source.file, palette.color(QPalette::WindowText));
    }
    return {};
}

} // namespace kw::gui
