// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the GUI tests: a private HOME for settings and the default workspace, and helpers to
// reach the dialogs the console opens (they are window-modal and non-blocking, children of it).
#pragma once

#include "gui/common/Icons.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFontMetricsF>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace kw::test {

// The first visible child of type T, or nullptr: dialogs closed a moment ago may linger until
// their deferred deletion.
template<typename T>
T* visibleChild(const QObject* parent)
{
    const QList<T*> all = parent->findChildren<T*>();
    for (T* child : all) {
        if (child->isVisible()) {
            return child;
        }
    }
    return nullptr;
}

inline QAbstractButton* dialogButton(const QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    return box ? box->button(which) : nullptr;
}

// Clicks like a user would, on a visible and enabled button.
inline void press(QAbstractButton* button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// True when the font's glyphs all advance by the same width, measured on the font the platform
// really picked. QFontInfo::fixedPitch() is not: fontconfig reports some monospaced fonts (Noto Mono
// among them) as proportional, so the answer would depend on what a machine has installed.
inline bool isMonospaced(const QFont& font)
{
    const QFontMetricsF metrics(font);
    const qreal narrow = metrics.horizontalAdvance(QStringLiteral("iiiiiiiiii"));
    const qreal wide = metrics.horizontalAdvance(QStringLiteral("MMMMMMMMMM"));
    const qreal digits = metrics.horizontalAdvance(QStringLiteral("0123456789"));
    return narrow > 0 && qFuzzyCompare(narrow, wide) && qFuzzyCompare(narrow, digits);
}

} // namespace kw::test

// Like QTEST_MAIN, with HOME and the XDG folders in a temporary folder made before the application
// exists, so settings and the default workspace of parallel tests never meet the user's or each other's.
#define KEYWARD_GUI_TEST_MAIN(TestClass)                                                                     \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        QTemporaryDir home;                                                                                  \
        if (!home.isValid()) {                                                                               \
            return 1;                                                                                        \
        }                                                                                                    \
        if (qEnvironmentVariableIsEmpty("KEYWARD_SECRET_SERVICE")) {                                         \
            qputenv("HOME", home.path().toUtf8());                                                           \
            qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());                    \
            qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());                        \
        }                                                                                                    \
        qputenv("KEYWARD_ACTOR", "tester");                                                                  \
        QApplication app(argc, argv);                                                                        \
        QCoreApplication::setOrganizationName(QStringLiteral("keyward"));                                    \
        QCoreApplication::setApplicationName(QStringLiteral("console"));                                     \
        kw::gui::initResources();                                                                            \
        TestClass test;                                                                                      \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
