// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV key importer (reports/KeyImport): a file as `keyward key import` reads it, checked line by
// line against a real workspace (one project, one key already in it). A dry run, so the workspace
// stays the same from one input to the next; the first byte picks the import's format.
#include "FuzzSupport.h"
#include "reports/KeyImport.h"
#include "store/Inventory.h"
#include "store/Workspace.h"

namespace {

struct Setup
{
    std::unique_ptr<kw::Workspace> ws;
    std::unique_ptr<kw::Inventory> inventory;
};

Setup& setup()
{
    static Setup s = [] {
        using namespace kw;
        kw::fuzz::startQt();
        Setup made;
        Result<std::unique_ptr<Workspace>> ws =
            Workspace::open(kw::fuzz::scratchDir() + QStringLiteral("/import.keyward"));
        if (!ws) {
            qFatal("cannot open the workspace: %s", qPrintable(ws.error().message));
        }
        made.ws = std::move(*ws);
        made.inventory = std::make_unique<Inventory>(*made.ws, QStringLiteral("fuzz"));
        ProjectDraft draft;
        draft.name = QStringLiteral("chat-api");
        draft.prefix = QStringLiteral("chat");
        Result<Project> project = made.inventory->createProject(draft);
        if (!project) {
            qFatal("cannot create the project: %s", qPrintable(project.error().message));
        }
        IssueRequest request;
        request.projectId = project->id;
        request.name = QStringLiteral("gateway");
        Result<PreparedIssue> prepared = made.inventory->prepareIssue(request);
        if (!prepared || !made.inventory->commitIssue(*prepared)) {
            qFatal("cannot issue a key");
        }
        return made;
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kw;
    Setup& s = setup();
    if (size == 0) {
        return 0;
    }
    KeyImportOptions options;
    options.project = QStringLiteral("chat-api");
    options.dryRun = true;
    switch (data[0] % 3) {
    case 0:
        options.format = KeyImportFormat::Aws;
        break;
    case 1:
        options.format = KeyImportFormat::Hashes;
        break;
    default:
        options.format = KeyImportFormat::Mapped;
        options.map = {{QStringLiteral("key"), QStringLiteral("secret")},
                       {QStringLiteral("name"), QStringLiteral("label")},
                       {QStringLiteral("expires"), QStringLiteral("until")},
                       {QStringLiteral("scopes"), QStringLiteral("scopes")}};
        break;
    }
    const QString path = kw::fuzz::writeScratch(QStringLiteral("keys.csv"), data + 1, size - 1);
    Result<KeyImportResult> result = importKeys(*s.inventory, path, options);
    if (result && result->committed) {
        qFatal("a dry run committed");
    }
    return 0;
}
