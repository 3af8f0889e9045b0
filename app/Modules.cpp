// SPDX-License-Identifier: GPL-3.0-or-later
#include "Modules.h"

#include "core/Tr.h"

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

// The module's entry point, or null with what went wrong for each place it was looked for.
// Never closed: the module's objects live until the process ends.
void* moduleEntry(const char* file, const char* entryName, std::string& failures)
{
    const std::filesystem::path dir = binaryDir();
    const std::array candidates{dir / file, (dir / KEYWARD_MODULES_INSTALLED / file).lexically_normal()};
    for (const std::filesystem::path& path : candidates) {
        std::error_code error;
        if (!std::filesystem::exists(path, error)) {
            failures += "\n  " + path.string() + ": not found";
            continue;
        }
        void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            failures += "\n  " + std::string(dlerror());
            continue;
        }
        if (void* entry = dlsym(module, entryName)) {
            return entry;
        }
        failures += "\n  " + path.string() + ": no " + entryName;
    }
    return nullptr;
}

} // namespace

int runGuiModule(int& argc, char** argv)
{
    std::string failures;
    if (auto entry = reinterpret_cast<GuiEntry>(moduleEntry(KEYWARD_GUI_MODULE, GuiEntryName, failures))) {
        return entry(&argc, argv);
    }
    std::fprintf(stderr,
                 "keyward: the console cannot open: its module %s is missing or broken:%s\n"
                 "The command line works without it: keyward --help\n",
                 KEYWARD_GUI_MODULE, failures.c_str());
    return 1;
}

Result<const cli::Remote*> loadRemoteModule()
{
    static const cli::Remote* remote = nullptr;
    static std::string failures;
    if (!remote && failures.empty()) {
        if (auto entry = reinterpret_cast<RemoteEntry>(
                moduleEntry(KEYWARD_REMOTE_MODULE, RemoteEntryName, failures))) {
            remote = entry(KEYWARD_VERSION);
            if (!remote) {
                failures =
                    std::string("\n  ") + KEYWARD_REMOTE_MODULE + ": not of keyward " + KEYWARD_VERSION;
            }
        }
    }
    if (remote) {
        return remote;
    }
    return makeError(ErrorCode::External,
                     tr("the OS keychain and registry commands need the module %1, which is "
                        "missing or broken:%2")
                         .arg(QLatin1String(KEYWARD_REMOTE_MODULE), QString::fromLocal8Bit(failures)));
}

} // namespace kw
