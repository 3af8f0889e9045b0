// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiModule.h"

#include <array>
#include <cstdio>
#include <dlfcn.h>
#include <filesystem>
#include <string>
#include <system_error>

namespace kw {

namespace {

std::filesystem::path binaryDir()
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : self.parent_path();
}

} // namespace

int runGuiModule(int& argc, char** argv)
{
    const std::filesystem::path dir = binaryDir();
    const std::array candidates{dir / KEYWARD_GUI_MODULE,
                                (dir / KEYWARD_GUI_MODULE_INSTALLED / KEYWARD_GUI_MODULE).lexically_normal()};
    std::string failures;
    for (const std::filesystem::path& path : candidates) {
        std::error_code error;
        if (!std::filesystem::exists(path, error)) {
            failures += "\n  " + path.string() + ": not found";
            continue;
        }
        // Never closed: the console's objects live until the process ends.
        void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            failures += "\n  " + std::string(dlerror());
            continue;
        }
        if (auto entry = reinterpret_cast<GuiEntry>(dlsym(module, GuiEntryName))) {
            return entry(&argc, argv);
        }
        failures += "\n  " + path.string() + ": no " + GuiEntryName;
    }
    std::fprintf(stderr,
                 "keyward: the console cannot open: its module %s is missing or broken:%s\n"
                 "The command line works without it: keyward --help\n",
                 KEYWARD_GUI_MODULE, failures.c_str());
    return 1;
}

} // namespace kw
