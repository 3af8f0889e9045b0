// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/KeyOutput.h"
#include "core/Json.h"
#include "core/Tr.h"

#include <QJsonArray>
#include <cstdio>

namespace kw::cli {

namespace {

// Keeps a copy in the OS keychain before the key is committed: if the keychain fails, nothing
// was issued; if the commit fails, the copy is removed again.
class KeychainCopy final
{
public:
    Result<void> store(Context& c, const QString& keyId, const QString& secret)
    {
        Result<const Remote*> remote = c.remote();
        if (!remote) {
            return makeError(ErrorCode::External, remote.error().message + u'\n' + tr("No key was issued."));
        }
        const QString entry = keychainEntryFor(keyId);
        if (Result<void> kept = (*remote)->keepSecret(entry, secret.toUtf8()); !kept) {
            return makeError(ErrorCode::External, kept.error().message + u' ' + tr("No key was issued."));
        }
        m_remote = *remote;
        m_entry = entry;
        return {};
    }
    void rollback()
    {
        if (m_remote) {
            m_remote->forgetSecret(m_entry);
        }
    }

private:
    const Remote* m_remote = nullptr;
    QString m_entry;
};

bool readExpiry(Context& c, QDateTime& expiresAt, bool allowNever)
{
    const QString expires = c.args().value(QStringLiteral("expires"));
    const QString lifetime = c.args().value(QStringLiteral("lifetime"));
    if (!expires.isEmpty() && !lifetime.isEmpty()) {
        c.usage(tr("Give --expires or --lifetime, not both."));
        return false;
    }
    if (allowNever && expires == QLatin1String("never")) {
        expiresAt = QDateTime();
        return true;
    }
    if (!expires.isEmpty()) {
        const std::optional<QDateTime> t = parseIsoTime(expires);
        if (!t) {
            c.usage(
                tr("--expires takes an ISO 8601 date or time (2027-01-31 or 2027-01-31T12:00:00Z), not '%1'.")
                    .arg(expires));
            return false;
        }
        expiresAt = *t;
    }
    if (!lifetime.isEmpty()) {
        const std::optional<qint64> secs = parseDuration(lifetime);
        if (!secs || *secs <= 0) {
            c.usage(tr("--lifetime takes a duration such as 90d, 12h or 2w, not '%1'.").arg(lifetime));
            return false;
        }
        expiresAt = QDateTime::currentDateTimeUtc().addSecs(*secs);
    }
    return true;
}

int printIssued(Context& c, const KeyRecord& key, const QString& secret, const QString& verb)
{
    if (c.json()) {
        QJsonObject o = toJson(key);
        o.insert(QStringLiteral("secret"), secret);
        c.printJson(o);
    } else {
        c.out() << secret << Qt::endl;
        c.note(tr("%1 %2 (%3). The key above is shown once: store it now.").arg(verb, key.id, key.hint));
    }
    return ExitOk;
}

int issue(Context& c)
{
    if (!c.positional().isEmpty()) {
        return c.usage(tr("key issue takes no positional arguments."));
    }
    IssueRequest request;
    request.projectId = c.args().value(QStringLiteral("project"));
    request.name = c.args().value(QStringLiteral("name"));
    if (request.projectId.isEmpty() || request.name.isEmpty()) {
        return c.usage(tr("key issue needs --project and --name."));
    }
    request.owner = c.args().value(QStringLiteral("owner"));
    const QString env = c.args().value(QStringLiteral("env"));
    const std::optional<Env> parsedEnv = envFromName(env.isEmpty() ? QStringLiteral("test") : env);
    if (!parsedEnv) {
        return c.usage(tr("--env is live or test, not '%1'.").arg(env));
    }
    request.env = *parsedEnv;
    request.scopes = c.listOption(QStringLiteral("scope"));
    request.models = c.listOption(QStringLiteral("model"));
    request.notes = c.args().value(QStringLiteral("notes"));
    request.keepInKeychain = c.args().isSet(QStringLiteral("keep"));
    RateTier tier;
    bool tierSet = false;
    if (!readTier(c, tier, &tierSet) || !readExpiry(c, request.expiresAt, false)) {
        return ExitUsage;
    }
    if (tierSet) {
        request.tier = tier;
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<PreparedIssue> prepared = (*inv)->prepareIssue(request);
    if (!prepared) {
        return c.fail(prepared.error());
    }
    KeychainCopy copy;
    if (request.keepInKeychain) {
        if (Result<void> r = copy.store(c, prepared->keyId, prepared->generated.secret); !r) {
            return c.fail(r.error());
        }
    }
    Result<KeyRecord> key = (*inv)->commitIssue(*prepared);
    if (!key) {
        copy.rollback();
        return c.fail(key.error());
    }
    return printIssued(c, *key, prepared->generated.secret, tr("Issued"));
}

int rotate(Context& c)
{
    if (c.positional().size() != 1) {
        return c.usage(tr("key rotate takes one KEY (key id, hint, or - for the key on stdin)."));
    }
    std::optional<qint64> grace;
    if (c.args().isSet(QStringLiteral("grace"))) {
        grace = parseDuration(c.args().value(QStringLiteral("grace")));
        if (!grace) {
            return c.usage(tr("--grace takes a duration such as 7d or 12h."));
        }
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<KeyRecord> old = c.resolveKey(**inv, c.positional().at(0));
    if (!old) {
        return c.fail(old.error());
    }
    Result<PreparedRotation> prepared = (*inv)->prepareRotate(old->id, grace);
    if (!prepared) {
        return c.fail(prepared.error());
    }
    KeychainCopy copy;
    if (prepared->successor.request.keepInKeychain) {
        if (Result<void> r = copy.store(c, prepared->successor.keyId, prepared->successor.generated.secret);
            !r) {
            return c.fail(r.error());
        }
    }
    Result<KeyRecord> successor = (*inv)->commitRotate(*prepared);
    if (!successor) {
        copy.rollback();
        return c.fail(successor.error());
    }
    c.note(tr("%1 stays valid until %2 (grace period).")
               .arg(prepared->predecessor.id, toIso(prepared->graceUntil)));
    return printIssued(c, *successor, prepared->successor.generated.secret, tr("Rotated to"));
}

bool readFilter(Context& c, KeyFilter& filter)
{
    filter.projectId = c.args().value(QStringLiteral("project"));
    filter.owner = c.args().value(QStringLiteral("owner"));
    filter.scope = c.args().value(QStringLiteral("scope"));
    filter.text = c.args().value(QStringLiteral("text"));
    if (const QString env = c.args().value(QStringLiteral("env")); !env.isEmpty()) {
        filter.env = envFromName(env);
        if (!filter.env) {
            c.usage(tr("--env is live or test, not '%1'.").arg(env));
            return false;
        }
    }
    if (const QString state = c.args().value(QStringLiteral("state")); !state.isEmpty()) {
        filter.state = stateFromName(state);
        if (!filter.state) {
            c.usage(
                tr("--state is one of active, expiring, in-grace, expired, revoked; not '%1'.").arg(state));
            return false;
        }
    }
    return true;
}

int list(Context& c)
{
    KeyFilter filter;
    if (!readFilter(c, filter)) {
        return ExitUsage;
    }
    Result<Inventory*> inv = openForKeyFilter(c, filter);
    if (!inv) {
        return c.fail(inv.error());
    }
    return printKeyList(c, **inv, filter);
}

int show(Context& c)
{
    Inventory* inv = nullptr;
    if (const int code =
            c.openForOne(tr("key show takes one KEY (key id, hint, or - for the key on stdin)."), &inv)) {
        return code;
    }
    Result<KeyRecord> key = c.resolveKey(*inv, c.positional().at(0));
    if (!key) {
        return c.fail(key.error());
    }
    printKey(c, *inv, *key);
    return ExitOk;
}

std::optional<RevokeReason> readReason(Context& c)
{
    const QString reason = c.args().value(QStringLiteral("reason"));
    const std::optional<RevokeReason> r = reasonFromName(reason);
    if (!r) {
        c.usage(reason.isEmpty()
                    ? tr("key revoke needs --reason: compromised, unused, rotated, owner-left or other.")
                    : tr("--reason is one of compromised, unused, rotated, owner-left, other; not '%1'.")
                          .arg(reason));
    }
    return r;
}

int revoke(Context& c)
{
    const std::optional<RevokeReason> reason = readReason(c);
    if (!reason) {
        return ExitUsage;
    }
    const QString note = c.args().value(QStringLiteral("note"));
    if (*reason == RevokeReason::Other && note.trimmed().isEmpty()) {
        return c.usage(tr("--reason other needs --note saying why."));
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    if (c.positional().size() == 1) {
        Result<KeyRecord> named = c.resolveKey(**inv, c.positional().at(0));
        if (!named) {
            return c.fail(named.error());
        }
        Result<KeyRecord> key = (*inv)->revoke(named->id, *reason, note);
        if (!key) {
            return c.fail(key.error());
        }
        printRevoked(c, {*key});
        return ExitOk;
    }
    // Several keys or a filter: incident response, confirmed by naming the project.
    KeyFilter filter;
    if (!readFilter(c, filter)) {
        return ExitUsage;
    }
    if (c.positional().isEmpty() && !filter.state && !filter.env && filter.owner.isEmpty() &&
        filter.scope.isEmpty() && filter.text.isEmpty() && !c.args().isSet(QStringLiteral("all"))) {
        return c.usage(tr(
            "Name a KEY, several KEYs, or a filter (--state, --env, --owner, --scope, --text, or --all)."));
    }
    QString projectRef = filter.projectId;
    for (const QString& ref : c.positional()) {
        Result<KeyRecord> k = c.resolveKey(**inv, ref);
        if (!k) {
            return c.fail(k.error());
        }
        if (!projectRef.isEmpty() && projectRef != k->projectId && filter.projectId.isEmpty()) {
            return c.fail(makeError(ErrorCode::Invalid, tr("A bulk revoke works on one project at a time.")));
        }
        projectRef = k->projectId;
        filter.ids.append(k->id);
    }
    if (projectRef.isEmpty()) {
        return c.usage(tr("A bulk revoke needs --project."));
    }
    Result<Project> project = (*inv)->project(projectRef);
    if (!project) {
        return c.fail(project.error());
    }
    if (c.args().value(QStringLiteral("confirm")) != project->name) {
        return c.usage(tr("Revoking several keys is final: confirm with --confirm %1.").arg(project->name));
    }
    filter.projectId = project->id;
    Result<QList<KeyRecord>> done = (*inv)->bulkRevoke(filter, *reason, note);
    if (!done) {
        return c.fail(done.error());
    }
    printRevoked(c, *done);
    return ExitOk;
}

int edit(Context& c)
{
    if (c.positional().size() != 1) {
        return c.usage(tr("key edit takes one KEY (key id, hint, or - for the key on stdin)."));
    }
    KeyEdit e;
    const auto text = [&](const char* name, std::optional<QString>& field) {
        if (c.args().isSet(QString::fromLatin1(name))) {
            field = c.args().value(QString::fromLatin1(name));
        }
    };
    text("name", e.name);
    text("owner", e.owner);
    text("notes", e.notes);
    if (c.args().isSet(QStringLiteral("scope"))) {
        e.scopes = c.listOption(QStringLiteral("scope"));
    }
    if (c.args().isSet(QStringLiteral("model"))) {
        e.models = c.listOption(QStringLiteral("model"));
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<KeyRecord> current = c.resolveKey(**inv, c.positional().at(0));
    if (!current) {
        return c.fail(current.error());
    }
    RateTier tier = current->tier;
    bool tierSet = false;
    QDateTime expires = current->expiresAt;
    if (!readTier(c, tier, &tierSet) || !readExpiry(c, expires, true)) {
        return ExitUsage;
    }
    if (tierSet) {
        e.tier = tier;
    }
    if (c.args().isSet(QStringLiteral("expires")) || c.args().isSet(QStringLiteral("lifetime"))) {
        e.expiresAt = expires;
    }
    Result<KeyRecord> edited = (*inv)->edit(current->id, e);
    if (!edited) {
        return c.fail(edited.error());
    }
    if (c.json()) {
        c.printJson(toJson(*edited));
    } else {
        c.out() << tr("Updated %1 (%2).").arg(edited->id, edited->hint) << Qt::endl;
    }
    return ExitOk;
}

int reveal(Context& c)
{
    if (!c.args().isSet(QStringLiteral("yes"))) {
        return c.usage(
            tr("key reveal prints a secret: confirm with --yes. The reveal is written to the audit trail."));
    }
    Inventory* inv = nullptr;
    if (const int code = c.openForOne(tr("key reveal takes one KEY (key id or hint)."), &inv)) {
        return code;
    }
    Result<KeyRecord> key = c.resolveKey(*inv, c.positional().at(0));
    if (!key) {
        return c.fail(key.error());
    }
    if (!key->keptInKeychain) {
        return c.fail(
            makeError(ErrorCode::NotFound,
                      tr("Key %1 was issued without a copy in the OS keychain; it cannot be shown again.")
                          .arg(key->id)));
    }
    Result<const Remote*> remote = c.remote();
    if (!remote) {
        return c.fail(remote.error());
    }
    Result<QByteArray> secret = (*remote)->readSecret(keychainEntryFor(key->id));
    if (!secret) {
        return c.fail(secret.error());
    }
    if (Result<void> r = inv->recordReveal(key->id); !r) {
        return c.fail(r.error());
    }
    if (c.json()) {
        c.printJson(QJsonObject{{QStringLiteral("id"), key->id},
                                {QStringLiteral("secret"), QString::fromUtf8(*secret)}});
    } else {
        c.out() << QString::fromUtf8(*secret) << Qt::endl;
    }
    return ExitOk;
}

int verify(Context& c)
{
    if (c.positional().size() > 1) {
        return c.usage(tr("key verify takes at most one KEY; without one (or with -) it reads the key from "
                          "standard input."));
    }
    const QString given = c.positional().value(0, QStringLiteral("-"));
    c.warnIfSecret(given);
    const QString presented = given == QLatin1String("-") ? c.stdinLine() : given.trimmed();
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    return printVerification(c, **inv, presented);
}

void setupIssue(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("Project name or id."), tr("PROJECT")));
    p.addOption(valueOption(QStringLiteral("name"), tr("What the key is for."), tr("NAME")));
    p.addOption(valueOption(QStringLiteral("owner"), tr("Who answers for the key."), tr("OWNER")));
    p.addOption(valueOption(QStringLiteral("env"), tr("live (production) or test (default)."), tr("ENV")));
    p.addOption(valueOption(QStringLiteral("scope"), tr("Scope; repeat or comma-separate."), tr("SCOPE")));
    p.addOption(
        valueOption(QStringLiteral("model"), tr("Allowed model; repeat or comma-separate."), tr("MODEL")));
    p.addOption(valueOption(QStringLiteral("expires"), tr("Expiry, ISO 8601 (UTC)."), tr("DATE")));
    p.addOption(valueOption(QStringLiteral("lifetime"), tr("Expiry as a duration from now: 90d, 12h."),
                            tr("DURATION")));
    p.addOption(valueOption(QStringLiteral("notes"), tr("Free notes."), tr("TEXT")));
    p.addOption(
        QCommandLineOption(QStringLiteral("keep"), tr("Keep a copy in the OS keychain (for key reveal).")));
    addTierOptions(p);
}

void setupEdit(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("name"), tr("New name."), tr("NAME")));
    p.addOption(valueOption(QStringLiteral("owner"), tr("New owner."), tr("OWNER")));
    p.addOption(valueOption(QStringLiteral("scope"), tr("Replace the scopes; repeat or comma-separate."),
                            tr("SCOPE")));
    p.addOption(valueOption(QStringLiteral("model"), tr("Replace the models; repeat or comma-separate."),
                            tr("MODEL")));
    p.addOption(valueOption(QStringLiteral("expires"), tr("New expiry (ISO 8601) or 'never'."), tr("DATE")));
    p.addOption(
        valueOption(QStringLiteral("lifetime"), tr("New expiry as a duration from now."), tr("DURATION")));
    p.addOption(valueOption(QStringLiteral("notes"), tr("New notes."), tr("TEXT")));
    addTierOptions(p);
}

void addFilterOptions(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("Only keys of this project."), tr("PROJECT")));
    p.addOption(valueOption(QStringLiteral("env"), tr("Only live or test keys."), tr("ENV")));
    p.addOption(valueOption(QStringLiteral("state"), tr("active, expiring, in-grace, expired or revoked."),
                            tr("STATE")));
    p.addOption(valueOption(QStringLiteral("owner"), tr("Only keys of this owner."), tr("OWNER")));
    p.addOption(valueOption(QStringLiteral("scope"), tr("Only keys with this scope."), tr("SCOPE")));
    p.addOption(
        valueOption(QStringLiteral("text"), tr("Name, hint, owner or key id contains TEXT."), tr("TEXT")));
}

void setupRevoke(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("reason"),
                            tr("compromised, unused, rotated, owner-left or other."), tr("REASON")));
    p.addOption(valueOption(QStringLiteral("note"), tr("Why (required for 'other')."), tr("TEXT")));
    p.addOption(valueOption(QStringLiteral("confirm"), tr("The project's name, to confirm a bulk revoke."),
                            tr("PROJECT")));
    p.addOption(QCommandLineOption(QStringLiteral("all"), tr("Bulk: every key of --project.")));
    addFilterOptions(p);
}

void setupRotate(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("grace"),
                            tr("How long the old key stays valid (default: the project's)."),
                            tr("DURATION")));
}

void setupReveal(QCommandLineParser& p)
{
    p.addOption(QCommandLineOption(QStringLiteral("yes"), tr("Confirm that the secret may be printed.")));
}

} // namespace

void addKeyFilterOptions(QCommandLineParser& parser)
{
    addFilterOptions(parser);
}

bool readKeyFilter(Context& context, KeyFilter& filter)
{
    return readFilter(context, filter);
}

Result<Inventory*> openForKeyFilter(Context& context, KeyFilter& filter)
{
    Result<Inventory*> inv = context.inventory(Workspace::OpenMode::OpenExisting);
    if (inv && !filter.projectId.isEmpty()) {
        Result<Project> p = (*inv)->project(filter.projectId);
        if (!p) {
            return p.error();
        }
        filter.projectId = p->id;
    }
    return inv;
}

QList<Command> keyCommands()
{
    const QString key = QStringLiteral("key");
    return {
        {key, QStringLiteral("issue"), tr("Issue a key; prints the secret once."), {}, setupIssue, issue},
        {key, QStringLiteral("list"), tr("List keys, filtered."), {}, addFilterOptions, list},
        {key, QStringLiteral("show"), tr("Show one key's metadata and state."), tr("KEY"), noOptions, show},
        {key, QStringLiteral("rotate"), tr("Issue a successor; the old key lives on for a grace period."),
         tr("KEY"), setupRotate, rotate},
        {key, QStringLiteral("revoke"), tr("Revoke a key, several, or a filtered set, with a reason."),
         tr("[KEY...]"), setupRevoke, revoke},
        {key, QStringLiteral("edit"),
         tr("Change a key's name, owner, scopes, models, tier, expiry or notes."), tr("KEY"), setupEdit,
         edit},
        {key, QStringLiteral("reveal"), tr("Print a key kept in the OS keychain (audited)."), tr("KEY"),
         setupReveal, reveal},
        {key, QStringLiteral("verify"), tr("Say what a presented key is (read from stdin by default)."),
         tr("[KEY]"), noOptions, verify},
        keyImportCommand(),
    };
}

} // namespace kw::cli
