// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Demo.h"

#include "core/Tr.h"
#include "store/AuditLog.h"
#include "store/Inventory.h"
#include "store/KeyRepo.h"
#include "store/Workspace.h"

#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace kw {

namespace {

QStringList csv(const char* text)
{
    return QString::fromUtf8(text).split(u',', Qt::SkipEmptyParts);
}

struct DemoProject
{
    const char* name;
    const char* prefix;
    const char* description;
    const char* scopes;
    const char* models;
    int maxLifetimeDays;
    RateTier tier;
    int reminderDays;
    int graceDays;
};

// Days are "days before now"; -1 means the event does not happen.
struct DemoKey
{
    int project;
    const char* name;
    const char* owner;
    Env env;
    const char* scopes;
    const char* models;
    int issuedAgo;
    int lifetimeDays; // 0: never expires
    int rotatedAgo = -1;
    int graceDays = 0;
    int revokedAgo = -1;
    RevokeReason reason = RevokeReason::Unused;
    const char* note = "";
    int editedAgo = -1;
    const char* newOwner = "";
    bool kept = false;
};

const DemoProject Projects[] = {
    {"chat-api", "chat", "Chat completions for the web, mobile and partner apps.",
     "chat:read,chat:write,chat:stream", "gpt-4o,gpt-4o-mini,claude-3-5-sonnet,llama-3-70b", 90,
     RateTier{600, 200000, 50000000}, 14, 7},
    {"embeddings", "emb", "Embedding endpoint behind search and recommendations.", "embed:create",
     "text-embedding-3-small,text-embedding-3-large", 180, RateTier{3000, 1000000, 0}, 21, 3},
    {"search-gateway", "srch", "Public and internal search API.", "", "", 365, RateTier{120, 0, 1000000}, 30,
     7},
    {"billing-webhooks", "bill", "Signed webhooks between billing and the payment providers.",
     "webhook:send,webhook:verify", "", 0, RateTier{60, 0, 0}, 14, 14},
};

using R = RevokeReason;
constexpr Env Live = Env::Live;
constexpr Env Test = Env::Test;

const DemoKey Keys[] = {
    {0, "web backend", "ana", Live, "chat:read,chat:write", "gpt-4o,gpt-4o-mini", 60, 90, 2, 7},
    {0, "ios app", "bruno", Live, "chat:read,chat:stream", "gpt-4o-mini", 80, 90, -1, 0, -1, R::Unused, "",
     -1, "", true},
    {0, "android app", "bruno", Live, "chat:read,chat:stream", "gpt-4o-mini", 30, 90},
    {0, "support bot", "chen", Live, "chat:read,chat:write", "claude-3-5-sonnet", 120, 90},
    {0, "batch summarizer", "dmitri", Live, "chat:read", "llama-3-70b", 100, 90, -1, 0, 40, R::Compromised,
     "found in a public gist"},
    {0, "staging smoke tests", "ci-bot", Test, "chat:read,chat:write", "gpt-4o-mini", 10, 30},
    {0, "load testing", "fatima", Test, "chat:read,chat:write,chat:stream", "gpt-4o-mini", 45, 30},
    {0, "partner: acme corp", "grace", Live, "chat:read", "gpt-4o", 85, 90, -1, 0, -1, R::Unused, "", 20,
     "hiro"},
    {0, "data labeling tool", "ana", Test, "chat:read", "claude-3-5-sonnet", 20, 60, -1, 0, 5, R::Unused},
    {0, "eval harness", "chen", Test, "chat:read,chat:write", "gpt-4o,claude-3-5-sonnet,llama-3-70b", 70, 90,
     30, 7},
    {0, "voice assistant", "ivan", Live, "chat:read,chat:stream", "gpt-4o", 5, 90, -1, 0, -1, R::Unused, "",
     -1, "", true},
    {0, "internal playground", "julia", Test, "chat:read,chat:write", "gpt-4o-mini,llama-3-70b", 87, 90},
    {1, "recsys indexer", "kofi", Live, "embed:create", "text-embedding-3-large", 165, 180},
    {1, "semantic search", "lena", Live, "embed:create", "text-embedding-3-small", 40, 180},
    {1, "doc ingestion pipeline", "mateo", Live, "embed:create", "text-embedding-3-large", 120, 180, 1, 3},
    {1, "notebook experiments", "nora", Test, "embed:create", "text-embedding-3-small", 200, 180},
    {1, "old crawler", "omar", Live, "embed:create", "text-embedding-3-small", 170, 180, -1, 0, 100,
     R::OwnerLeft},
    {1, "ci embeddings", "ci-bot", Test, "embed:create", "text-embedding-3-small", 15, 30},
    {2, "public site search", "priya", Live, "search:query", "", 300, 365},
    {2, "admin console", "quinn", Live, "search:query,search:admin", "", 340, 365},
    {2, "mobile search", "bruno", Live, "search:query", "", 50, 365},
    {2, "search relevance lab", "rosa", Test, "search:query,search:debug", "", 90, 180},
    {2, "legacy v1 client", "sam", Live, "search:query", "", 250, 365, 30, 21, 10, R::Rotated},
    {2, "partner: globex", "tara", Live, "search:query", "", 100, 365},
    {2, "staging search", "ci-bot", Test, "search:query,search:admin", "", 2, 90},
    {3, "stripe relay", "uma", Live, "webhook:send,webhook:verify", "", 400, 0},
    {3, "invoice mailer", "victor", Live, "webhook:send", "", 200, 0, -1, 0, -1, R::Unused, "", 35, "wen"},
    {3, "sandbox webhooks", "wen", Test, "webhook:send,webhook:verify", "", 60, 30},
    {3, "ledger sync", "xavier", Live, "webhook:verify", "", 180, 0, -1, 0, 3, R::Other,
     "service decommissioned"},
    {3, "payments replay", "yara", Live, "webhook:send", "", 90, 0, 10, 14},
};

const char* const Actors[] = {"ana", "bruno", "ops-lead"};

struct Step
{
    QDateTime at;
    int actor;
    std::function<Result<void>(Inventory&)> run;
};

class DemoBuilder
{
public:
    DemoBuilder(Workspace& ws, const QDateTime& now)
        : m_ws(ws)
        , m_now(now)
        , m_clock(std::make_shared<QDateTime>(now))
    {
        for (const char* actor : Actors) {
            auto clock = m_clock;
            m_inventories.push_back(
                std::make_unique<Inventory>(ws, QString::fromUtf8(actor), [clock] { return *clock; }));
        }
    }

    Result<DemoSummary> run()
    {
        planProjects();
        for (int i = 0; i < int(std::size(Keys)); ++i) {
            planKey(i);
        }
        std::stable_sort(m_steps.begin(), m_steps.end(),
                         [](const Step& a, const Step& b) { return a.at < b.at; });
        for (const Step& step : m_steps) {
            *m_clock = step.at;
            if (Result<void> r = step.run(*m_inventories.at(step.actor)); !r) {
                return r.error();
            }
        }
        *m_clock = m_now;
        if (Result<void> r = markUsage(); !r) {
            return r.error();
        }
        Result<QList<AuditEvent>> events = AuditLog(m_ws).list({});
        if (!events) {
            return events.error();
        }
        return DemoSummary{int(std::size(Projects)), m_keyCount, int(events->size())};
    }

private:
    // Spreads events over the working day so the trail does not show them all at midnight.
    QDateTime daysAgo(int days, int salt) const
    {
        return m_now.addDays(-days).addSecs(-3600 * (1 + salt % 9) - 60 * (salt * 7 % 60));
    }

    void plan(const QDateTime& at, int actor, std::function<Result<void>(Inventory&)> run)
    {
        m_steps.push_back(Step{at, actor % int(std::size(Actors)), std::move(run)});
    }

    void planProjects()
    {
        for (int i = 0; i < int(std::size(Projects)); ++i) {
            const DemoProject& p = Projects[i];
            plan(daysAgo(420 - i, i), 2, [this, i, p](Inventory& inv) -> Result<void> {
                ProjectDraft d;
                d.name = QString::fromUtf8(p.name);
                d.prefix = QString::fromUtf8(p.prefix);
                d.description = QString::fromUtf8(p.description);
                d.policy.allowedScopes = csv(p.scopes);
                d.policy.allowedModels = csv(p.models);
                d.policy.maxLifetimeDays = p.maxLifetimeDays;
                d.policy.defaultTier = p.tier;
                d.policy.reminderDays = p.reminderDays;
                d.policy.graceDays = p.graceDays;
                Result<Project> created = inv.createProject(d);
                if (!created) {
                    return created.error();
                }
                m_projectIds[i] = created->id;
                return {};
            });
        }
    }

    void planKey(int i)
    {
        const DemoKey& k = Keys[i];
        const QDateTime issuedAt = daysAgo(k.issuedAgo, i);
        plan(issuedAt, i, [this, i, k, issuedAt](Inventory& inv) -> Result<void> {
            IssueRequest r;
            r.projectId = m_projectIds[k.project];
            r.name = QString::fromUtf8(k.name);
            r.owner = QString::fromUtf8(k.owner);
            r.env = k.env;
            r.scopes = csv(k.scopes);
            r.models = csv(k.models);
            r.keepInKeychain = k.kept;
            if (k.lifetimeDays > 0) {
                r.expiresAt = issuedAt.addDays(k.lifetimeDays);
            }
            Result<PreparedIssue> prepared = inv.prepareIssue(r);
            if (!prepared) {
                return prepared.error();
            }
            Result<KeyRecord> issued = inv.commitIssue(*prepared);
            if (!issued) {
                return issued.error();
            }
            m_keyIds[i] = issued->id;
            ++m_keyCount;
            return {};
        });
        if (k.editedAgo >= 0) {
            plan(daysAgo(k.editedAgo, i), i + 1, [this, i, k](Inventory& inv) -> Result<void> {
                KeyEdit e;
                e.owner = QString::fromUtf8(k.newOwner);
                e.notes = QStringLiteral("Handed over from %1.").arg(QString::fromUtf8(k.owner));
                Result<KeyRecord> edited = inv.edit(m_keyIds[i], e);
                return edited ? Result<void>() : Result<void>(edited.error());
            });
        }
        if (k.rotatedAgo >= 0) {
            plan(daysAgo(k.rotatedAgo, i), i, [this, i, k](Inventory& inv) -> Result<void> {
                Result<PreparedRotation> prepared =
                    inv.prepareRotate(m_keyIds[i], qint64(k.graceDays) * 86400);
                if (!prepared) {
                    return prepared.error();
                }
                Result<KeyRecord> successor = inv.commitRotate(*prepared);
                if (!successor) {
                    return successor.error();
                }
                ++m_keyCount;
                return {};
            });
        }
        if (k.revokedAgo >= 0) {
            plan(daysAgo(k.revokedAgo, i), i + 2, [this, i, k](Inventory& inv) -> Result<void> {
                Result<KeyRecord> revoked = inv.revoke(m_keyIds[i], k.reason, QString::fromUtf8(k.note));
                return revoked ? Result<void>() : Result<void>(revoked.error());
            });
        }
    }

    // Gateways report use through imported logs (a later issue); the demo fakes a recent sighting
    // for live keys so the "last used" column is not empty. Not audited: usage never is.
    Result<void> markUsage()
    {
        KeyRepo repo(m_ws);
        std::vector<KeyRecord> used;
        int n = 0;
        Result<void> scanned = repo.scan({}, [&](KeyRecord&& k) {
            ++n;
            if (n % 4 != 0) {
                QDateTime seen = m_now.addSecs(-600 * (1 + n % 30) - 3600 * (n % 5));
                const QDateTime end = k.status == KeyStatus::Revoked ? k.revokedAt : k.expiresAt;
                if (end.isValid() && end < seen) {
                    seen = end.addSecs(-3600 * (1 + n % 7));
                }
                k.lastUsedAt = std::max(seen, k.createdAt.addSecs(600));
                used.push_back(std::move(k));
            }
            return true;
        });
        if (!scanned) {
            return scanned;
        }
        return m_ws.transaction([&]() -> Result<void> {
            for (const KeyRecord& k : used) {
                if (Result<void> r = repo.update(k); !r) {
                    return r;
                }
            }
            return {};
        });
    }

    Workspace& m_ws;
    QDateTime m_now;
    std::shared_ptr<QDateTime> m_clock;
    std::vector<std::unique_ptr<Inventory>> m_inventories;
    std::vector<Step> m_steps;
    QString m_projectIds[std::size(Projects)];
    QString m_keyIds[std::size(Keys)];
    int m_keyCount = 0;
};

} // namespace

Result<DemoSummary> populateDemo(Workspace& ws, const QDateTime& now)
{
    Result<QSqlQuery> existing = ws.exec(QStringLiteral("SELECT count(*) FROM projects"));
    if (!existing) {
        return existing.error();
    }
    if (existing->next() && existing->value(0).toInt() > 0) {
        return makeError(ErrorCode::Conflict, tr("The demo goes into an empty workspace only."));
    }
    return DemoBuilder(ws, now).run();
}

} // namespace kw
