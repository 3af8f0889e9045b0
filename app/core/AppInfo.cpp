// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace kw {

namespace {

QString workspaceFile()
{
    return QStringLiteral("workspace.keyward");
}

QString earlierWorkspacePath()
{
    return dataDirectory() + QStringLiteral("/console/") + workspaceFile();
}

QString configDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/keyward");
}

// SQLite's files beside a database that is open, or was left open by a crash.
bool inUse(const QString& database)
{
    return QFileInfo::exists(database + QStringLiteral("-wal")) ||
           QFileInfo::exists(database + QStringLiteral("-journal"));
}

// Looks every message up by its source text alone. The source tree's contexts (classes, and the
// namespaces of the tr() helpers in core/Tr.h and elsewhere) are merged into one at build time
// (tools/flatten-ts.py), because the context lupdate records for a helper's call is the calling
// class, not the one the helper passes at run time.
class FlatTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        return QTranslator::translate("keyward", sourceText, disambiguation, n);
    }
};

} // namespace

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
}

void startApplication()
{
    applyApplicationIdentity();
    moveEarlierFiles();
    installTranslations();
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/keyward");
}

QString defaultWorkspacePath()
{
    const QString current = dataDirectory() + u'/' + workspaceFile();
    if (!QFileInfo::exists(current) && QFileInfo::exists(earlierWorkspacePath())) {
        return earlierWorkspacePath();
    }
    return current;
}

void moveEarlierFiles()
{
    const QString earlier = earlierWorkspacePath();
    const QString current = dataDirectory() + u'/' + workspaceFile();
    if (QFileInfo::exists(earlier) && !QFileInfo::exists(current) && !inUse(earlier) &&
        QDir().mkpath(dataDirectory()) && QFile::rename(earlier, current)) {
        // A closed WAL database may keep its shared-memory index; it is rebuilt when missing.
        QFile::remove(earlier + QStringLiteral("-shm"));
        QDir(dataDirectory()).rmdir(QStringLiteral("console")); // only when empty
    }
    const QString earlierSettings = configDirectory() + QStringLiteral("/console.conf");
    const QString settings = configDirectory() + QStringLiteral("/keyward.conf");
    if (QFileInfo::exists(earlierSettings) && !QFileInfo::exists(settings)) {
        QFile::rename(earlierSettings, settings);
    }
}

void installTranslations()
{
    auto* app = QCoreApplication::instance();
    const QLocale locale;
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    // Built into the binary (app/CMakeLists.txt); installed last, so asked first.
    auto* own = new FlatTranslator(app);
    if (own->load(locale, QStringLiteral("keyward"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
}

} // namespace kw
