// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point of keyward-remote.so (app/Modules.h); everything else in the module is hidden.
#include "cli/Remote.h"

#include <cstring>

// Null for a binary of another version: the two share the layout of the command line's types.
extern "C" __attribute__((visibility("default"))) const kw::cli::Remote* keyward_remote(const char* version)
{
    return std::strcmp(version, KEYWARD_VERSION) == 0 ? &kw::cli::remoteParts() : nullptr;
}
