// SPDX-License-Identifier: GPL-3.0-or-later
// Issue throughput through the real lifecycle, then a 100,000-key project for the list benchmark.
// Usage: bench_keys WORKSPACE [ISSUES] [TOTAL]
#include "core/AppInfo.h"
#include "store/Inventory.h"
#include "store/KeyRepo.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace kw;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    applyApplicationIdentity();
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: bench_keys WORKSPACE [ISSUES] [TOTAL]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int issues = args.size() > 2 ? args.at(2).toInt() : 2000;
    const int total = args.size() > 3 ? args.at(3).toInt() : 100000;
    QFile::remove(path);
    auto ws = Workspace::open(path);
    if (!ws) {
        out << ws.error().message << '\n';
        return 1;
    }
    Inventory inv(**ws, QStringLiteral("bench"));
    ProjectDraft draft{QStringLiteral("bench"), QStringLiteral("bench"), {}, {}};
    draft.policy.allowedScopes = {QStringLiteral("chat:read"), QStringLiteral("chat:write")};
    auto project = inv.createProject(draft);
    if (!project) {
        out << project.error().message << '\n';
        return 1;
    }
    IssueRequest request;
    request.projectId = project->id;
    request.name = QStringLiteral("bench key");
    request.owner = QStringLiteral("ops");
    request.scopes = {QStringLiteral("chat:read")};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < issues; ++i) {
        auto prepared = inv.prepareIssue(request);
        if (!prepared || !inv.commitIssue(*prepared)) {
            out << "issue failed\n";
            return 1;
        }
    }
    const double issueMs = double(timer.nsecsElapsed()) / 1e6 / issues;
    out << QStringLiteral("issue: %1 keys, %2 ms/key, %3 keys/s (goal <= 5 ms/key)\n")
               .arg(issues)
               .arg(issueMs, 0, 'f', 3)
               .arg(1000.0 / issueMs, 0, 'f', 0);

    // Fill up to TOTAL quickly: same rows as issue writes, one transaction, no audit per row.
    KeyRepo repo(**ws);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<void> filled = (*ws)->transaction([&]() -> Result<void> {
        for (int i = issues; i < total; ++i) {
            const GeneratedKey g = generateKey(project->prefix, i % 3 ? Env::Test : Env::Live);
            KeyRecord k;
            k.id = newKeyId();
            k.projectId = project->id;
            k.name = QStringLiteral("key %1").arg(i);
            k.owner = QStringLiteral("owner%1").arg(i % 50);
            k.env = i % 3 ? Env::Test : Env::Live;
            k.hint = g.hint;
            k.hash = g.hash;
            k.scopes = {QStringLiteral("chat:read")};
            k.createdAt = k.updatedAt = now;
            k.createdBy = k.updatedBy = QStringLiteral("bench");
            k.expiresAt = now.addDays(1 + i % 400);
            if (Result<void> r = repo.insert(k); !r) {
                return r;
            }
        }
        return {};
    });
    if (!filled) {
        out << filled.error().message << '\n';
        return 1;
    }
    out << QStringLiteral("workspace: %1 keys in project bench\n").arg(total);
    return 0;
}
