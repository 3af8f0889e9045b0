// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Time.h"
#include "reports/ReportRun.h"
#include "store/Inventory.h"

namespace kw {

namespace {

void timeCell(CsvWriter& csv, const QDateTime& t)
{
    if (t.isValid()) {
        csv.text(toIso(t));
    } else {
        csv.empty();
    }
}

} // namespace

Result<ExportSummary> exportInventory(Inventory& inventory, const KeyFilter& filter, bool withHashes,
                                      const ExportOptions& options)
{
    Result<QList<Project>> projects = inventory.projects();
    if (!projects) {
        return projects.error();
    }
    QHash<QString, QString> projectNames;
    for (const Project& p : std::as_const(*projects)) {
        projectNames.insert(p.id, p.name);
    }
    QStringList header{QStringLiteral("key_id"),        QStringLiteral("project"),
                       QStringLiteral("name"),          QStringLiteral("owner"),
                       QStringLiteral("env"),           QStringLiteral("hint"),
                       QStringLiteral("state"),         QStringLiteral("status"),
                       QStringLiteral("scopes"),        QStringLiteral("models"),
                       QStringLiteral("rpm"),           QStringLiteral("tpm"),
                       QStringLiteral("monthly_quota"), QStringLiteral("created_at"),
                       QStringLiteral("created_by"),    QStringLiteral("expires_at"),
                       QStringLiteral("last_used_at"),  QStringLiteral("grace_until"),
                       QStringLiteral("rotated_from"),  QStringLiteral("rotated_to"),
                       QStringLiteral("revoked_at"),    QStringLiteral("revoked_by"),
                       QStringLiteral("revoke_reason"), QStringLiteral("revoke_note"),
                       QStringLiteral("notes"),         QStringLiteral("kept_in_keychain")};
    if (withHashes) {
        header.append(QStringLiteral("sha256"));
    }
    ReportRun run(options);
    if (Result<void> r = run.open(header); !r) {
        return r.error();
    }
    CsvWriter& csv = run.csv();
    Result<void> read = inventory.scanKeys(filter, [&](KeyRecord&& k, KeyState state) {
        csv.text(k.id);
        csv.text(projectNames.value(k.projectId));
        csv.text(k.name);
        csv.text(k.owner);
        csv.text(envName(k.env));
        csv.text(k.hint);
        csv.text(stateName(state));
        csv.text(statusName(k.status));
        csv.text(k.scopes.join(u' '));
        csv.text(k.models.join(u' '));
        csv.number(k.tier.requestsPerMinute);
        csv.number(k.tier.tokensPerMinute);
        csv.number(k.tier.monthlyQuota);
        timeCell(csv, k.createdAt);
        csv.text(k.createdBy);
        timeCell(csv, k.expiresAt);
        timeCell(csv, k.lastUsedAt);
        timeCell(csv, k.graceUntil);
        csv.text(k.rotatedFrom);
        csv.text(k.rotatedTo);
        timeCell(csv, k.revokedAt);
        csv.text(k.revokedBy);
        csv.text(k.revokeReason ? reasonName(*k.revokeReason) : QStringView());
        csv.text(k.revokeNote);
        csv.text(k.notes);
        csv.text(k.keptInKeychain ? QStringLiteral("yes") : QStringLiteral("no"));
        if (withHashes) {
            csv.text(k.hash);
        }
        return run.rowDone();
    });
    return run.finish({}, read);
}

} // namespace kw
