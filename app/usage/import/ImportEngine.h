// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/ImportJob.h"

#include <atomic>

namespace kw {

class KeyIndex;
class Workspace;

// Callbacks of a running import, called on the thread that runs it.
struct ImportHooks
{
    std::function<void(const QString& path)> fileStarted;
    std::function<void(qint64 bytesDone, qint64 bytesTotal, qint64 lines)> progress; // throttled
    const std::atomic<bool>* cancel = nullptr;
};

// The import itself, on the calling thread (the job's worker thread), parsing on a few more.
// Opens its own connection to the workspace file.
Result<QList<FileSummary>> runImport(const QString& workspacePath, const ImportOptions& options,
                                     const ImportHooks& hooks);

// Adds project `projectId`'s keys to `keys`: what an import resolves the references of its logs against.
Result<void> loadKeyIndex(Workspace& ws, const QString& projectId, KeyIndex& keys);

// The name of the setting that holds import profile `name`.
QString importProfileSetting(const QString& name);

} // namespace kw
