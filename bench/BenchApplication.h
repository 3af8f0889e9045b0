// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppInfo.h"

#include <QApplication>

namespace kw::bench {

// The GUI benchmarks' application: offscreen when there is no display (the platform must be
// chosen before QApplication exists, hence the helper in the base's initialiser), and Keyward's
// identity so settings and paths are the console's.
class BenchApplication final : public QApplication
{
public:
    BenchApplication(int& argc, char** argv)
        : QApplication(offscreenWithoutDisplay(argc), argv)
    {
        applyApplicationIdentity();
    }

private:
    static int& offscreenWithoutDisplay(int& argc)
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        return argc;
    }
};

} // namespace kw::bench
