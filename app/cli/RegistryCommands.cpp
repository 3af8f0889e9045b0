// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward registry ...`: profiles, bindings, sync and the gateway's lookup (docs/registry.md).
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/RegistryParts.h"
#include "cli/Table.h"
#include "core/Tr.h"
#include "registry/Binding.h"
#include "registry/ConnectionTest.h"
#include "registry/EtcdClient.h"
#include "registry/Lookup.h"
#include "registry/SyncController.h"
#include "registry/SyncJob.h"
#include "registry/SyncState.h"
#include "secrets/KeychainSecretStore.h"
#include "store/ProjectRepo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

namespace kw::cli {

using namespace registry;

namespace {

void setupProfileOption(QCommandLineParser& p)
{
    p.addOption(
        valueOption(QStringLiteral("profile"), tr("Registry profile (default: the only one)."), tr("NAME")));
}

Result<RegistryProfile> chosenProfile(Context& c, Inventory& inv, const QString& named)
{
    ProfileRepo repo(inv.workspace());
    if (!named.isEmpty()) {
        return repo.get(named);
    }
    Result<QList<RegistryProfile>> all = repo.all();
    if (!all) {
        return all.error();
    }
    if (all->size() != 1) {
        return makeError(ErrorCode::Invalid, all->isEmpty()
                                                 ? tr("No registry profile in this workspace.")
                                                 : tr("Several registry profiles: name one with --profile."));
    }
    Q_UNUSED(c);
    return all->constFirst();
}

// The configured client with its keychain secrets, ready to talk.
Result<std::unique_ptr<EtcdClient>> clientFor(const RegistryProfile& p)
{
    KeychainSecretStore keychain;
    Result<RegistrySecrets> secrets = readRegistrySecrets(keychain, p);
    if (!secrets) {
        return secrets.error();
    }
    auto client = std::make_unique<EtcdClient>(p, secrets->password, secrets->keyPassphrase);
    secrets->password.fill('\0');
    if (Result<void> r = client->configure(); !r) {
        return r.error();
    }
    return client;
}

void setupTest(QCommandLineParser& p)
{
    p.addOption(QCommandLineOption(QStringLiteral("read-only"),
                                   tr("Check read access only (what keyward gateway serve needs).")));
}

int test(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<RegistryProfile> p = chosenProfile(c, **inv, c.positional().value(0));
    if (!p) {
        return c.fail(p.error());
    }
    warnHttp(c, *p);
    KeychainSecretStore keychain;
    Result<RegistrySecrets> secrets = readRegistrySecrets(keychain, *p);
    if (!secrets) {
        return c.fail(secrets.error());
    }
    const QList<ConnectionCheck> checks = testConnection(
        *p, secrets->password, secrets->keyPassphrase,
        c.args().isSet(QStringLiteral("read-only")) ? RegistryAccess::ReadOnly : RegistryAccess::ReadWrite);
    bool allOk = !checks.isEmpty();
    QJsonArray json;
    for (const ConnectionCheck& check : checks) {
        allOk = allOk && check.ok;
        json.append(QJsonObject{{QStringLiteral("endpoint"), check.endpoint},
                                {QStringLiteral("step"), check.step},
                                {QStringLiteral("ok"), check.ok},
                                {QStringLiteral("message"), check.message}});
        if (!c.json()) {
            c.out() << (check.ok ? QStringLiteral("ok   ") : QStringLiteral("FAIL ")) << check.endpoint << ' '
                    << QStringLiteral("%1").arg(check.step, -8) << check.message << Qt::endl;
        }
    }
    if (c.json()) {
        c.printJson(json);
    }
    return allOk ? ExitOk : ExitFailure;
}

int bind(Context& c)
{
    if (c.positional().size() != 2) {
        return c.usage(tr("registry bind takes PROJECT PROFILE."));
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    if (Result<void> r = bindProject(**inv, c.positional().at(0), c.positional().at(1)); !r) {
        return c.fail(r.error());
    }
    c.note(tr("Project %1 is bound to %2; the next sync publishes it.")
               .arg(c.positional().at(0), c.positional().at(1)));
    return ExitOk;
}

int unbind(Context& c)
{
    Inventory* inv = nullptr;
    if (const int code = c.openForOne(tr("registry unbind takes one PROJECT."), &inv); code != ExitOk) {
        return code;
    }
    if (Result<void> r = unbindProject(*inv, c.positional().at(0)); !r) {
        return c.fail(r.error());
    }
    c.note(tr("Project %1 is no longer bound to a registry.").arg(c.positional().at(0)));
    return ExitOk;
}

QJsonObject reportJson(const QString& profile, const SyncReport& r)
{
    return {{QStringLiteral("profile"), profile},
            {QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("created"), r.created},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("skipped"), r.skipped},
            {QStringLiteral("revision"), r.revision},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}};
}

int sync(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    QList<RegistryProfile> profiles;
    if (!c.positional().isEmpty()) {
        for (const QString& name : c.positional()) {
            Result<RegistryProfile> p = ProfileRepo((*inv)->workspace()).get(name);
            if (!p) {
                return c.fail(p.error());
            }
            profiles.append(*p);
        }
    } else if (Result<QList<RegistryProfile>> all = ProfileRepo((*inv)->workspace()).all()) {
        profiles = *all;
    } else {
        return c.fail(all.error());
    }
    const bool tty = isatty(STDERR_FILENO) != 0 && !c.json();
    QJsonArray json;
    int code = ExitOk;
    QStringList names;
    for (const RegistryProfile& p : std::as_const(profiles)) {
        warnHttp(c, p);
        names.append(p.name);
    }
    KeychainSecretStore keychain;
    SyncController controller;
    controller.setSession(*inv, &keychain, SyncController::Mode::OnDemand);
    QObject::connect(&controller, &SyncController::credentialsFailed, &controller,
                     [&](const RegistryProfile&, const QString& problem) {
                         code = c.fail(makeError(ErrorCode::NotFound, problem));
                     });
    QObject::connect(&controller, &SyncController::jobStarted, &controller, [&](SyncJob* job) {
        if (tty) {
            QObject::connect(
                job, &SyncJob::progress, job,
                [&c, name = job->profile().name](qint64 done, qint64 total, const QString& step) {
                    c.err() << '\r' << name << ": " << step << ' ' << done
                            << (total > 0 ? QStringLiteral("/%1").arg(total) : QString()) << "\x1b[K"
                            << Qt::flush;
                });
        }
    });
    QObject::connect(&controller, &SyncController::jobFinished, &controller, [&](SyncJob* job) {
        const QString& name = job->profile().name;
        if (tty) {
            c.err() << "\r\x1b[K" << Qt::flush;
        }
        if (!job->ok()) {
            code = c.fail(makeError(job->error().code, tr("%1: %2").arg(name, job->error().message)));
            return;
        }
        const SyncReport& r = job->report();
        for (const QString& problem : r.problems) {
            c.err() << tr("warning: %1").arg(problem) << Qt::endl;
        }
        json.append(reportJson(name, r));
        if (!c.json()) {
            c.out() << tr("%1: pushed %2, pulled %3 (%4 new), %5 conflicts, %6 skipped; at revision %7")
                           .arg(name)
                           .arg(r.pushed)
                           .arg(r.pulled)
                           .arg(r.created)
                           .arg(r.conflicts)
                           .arg(r.skipped)
                           .arg(r.revision)
                    << Qt::endl;
        }
    });
    controller.syncProfiles(names);
    controller.waitForIdle();
    if (c.json()) {
        c.printJson(json);
    }
    return code;
}

int status(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Workspace& ws = (*inv)->workspace();
    Result<QList<RegistryProfile>> all = ProfileRepo(ws).all();
    if (!all) {
        return c.fail(all.error());
    }
    QJsonArray json;
    Table table(
        {tr("PROFILE"), tr("STATE"), tr("LAST SYNC"), tr("PENDING"), tr("REVISION"), tr("LAST ERROR")});
    for (const RegistryProfile& p : std::as_const(*all)) {
        Result<SyncStatus> s = SyncState(ws).status(p.name);
        if (!s) {
            return c.fail(s.error());
        }
        const QString state =
            s->online() ? tr("online") : (s->lastAttemptAt.isValid() ? tr("offline") : tr("never synced"));
        json.append(QJsonObject{{QStringLiteral("profile"), p.name},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("last_sync_at"),
                                 s->lastSyncAt.isValid() ? s->lastSyncAt.toString(Qt::ISODate) : QString()},
                                {QStringLiteral("pending"), s->pending},
                                {QStringLiteral("applied_revision"), s->appliedRevision},
                                {QStringLiteral("last_error"), s->lastError}});
        table.add({p.name, state, s->lastSyncAt.isValid() ? s->lastSyncAt.toString(Qt::ISODate) : tr("never"),
                   QString::number(s->pending), QString::number(s->appliedRevision), s->lastError});
    }
    if (c.json()) {
        c.printJson(json);
    } else {
        table.print(c.out());
    }
    return ExitOk;
}

int conflicts(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<QList<SyncConflict>> all =
        SyncState((*inv)->workspace()).conflicts(c.args().value(QStringLiteral("profile")));
    if (!all) {
        return c.fail(all.error());
    }
    QJsonArray json;
    Table table({tr("WHEN"), tr("PROFILE"), tr("KEY"), tr("ORIGIN"), tr("FIELDS (kept)")});
    for (const SyncConflict& k : std::as_const(*all)) {
        QStringList fields;
        for (auto it = k.fields.begin(); it != k.fields.end(); ++it) {
            fields.append(it.key() + u'=' +
                          it.value().toObject().value(QStringLiteral("kept")).toVariant().toString());
        }
        json.append(QJsonObject{{QStringLiteral("at"), k.at.toString(Qt::ISODate)},
                                {QStringLiteral("profile"), k.profile},
                                {QStringLiteral("project_id"), k.projectId},
                                {QStringLiteral("key_id"), k.keyId},
                                {QStringLiteral("origin"), k.origin},
                                {QStringLiteral("event_id"), k.eventId},
                                {QStringLiteral("fields"), k.fields}});
        table.add(
            {k.at.toString(Qt::ISODate), k.profile, k.keyId, k.origin, fields.join(QStringLiteral("; "))});
    }
    if (c.json()) {
        c.printJson(json);
    } else if (table.rowCount() == 0) {
        c.note(tr("No conflicts."));
    } else {
        table.print(c.out());
    }
    return ExitOk;
}

int lookup(Context& c)
{
    if (!c.positional().isEmpty()) {
        return c.usage(tr("registry lookup reads the key from standard input, never from the command line."));
    }
    const QString presented = stdinStream().readLine().trimmed();
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<RegistryProfile> p = chosenProfile(c, **inv, c.args().value(QStringLiteral("profile")));
    if (!p) {
        return c.fail(p.error());
    }
    Result<std::unique_ptr<EtcdClient>> client = clientFor(*p);
    if (!client) {
        return c.fail(client.error());
    }
    Result<LookupAnswer> a = lookupKey(**client, presented, (*inv)->now());
    if (!a) {
        return c.fail(a.error());
    }
    if (c.json()) {
        c.printJson(QJsonObject{{QStringLiteral("outcome"), a->outcome},
                                {QStringLiteral("key_id"), a->keyId},
                                {QStringLiteral("project_id"), a->projectId},
                                {QStringLiteral("reason"), a->reason}});
    } else {
        c.out() << a->outcome << (a->keyId.isEmpty() ? QString() : u' ' + a->keyId)
                << (a->reason.isEmpty() ? QString() : QStringLiteral(" (") + a->reason + u')') << Qt::endl;
    }
    return a->outcome == QLatin1String("valid") ? ExitOk : ExitFailure;
}

} // namespace

QList<Command> registryCommands()
{
    const QString n = QStringLiteral("registry");
    return {
        {n, QStringLiteral("add"), tr("Add a registry profile; the password goes to the keychain."),
         tr("NAME"), setupProfile, add},
        {n, QStringLiteral("edit"), tr("Change a registry profile or its password."), tr("NAME"),
         setupProfile, edit},
        {n, QStringLiteral("list"), tr("List registry profiles and their projects."), {}, noOptions, list},
        {n, QStringLiteral("remove"), tr("Remove an unbound registry profile and its keychain entries."),
         tr("NAME"), noOptions, remove},
        {n, QStringLiteral("test"), tr("Check each endpoint: reach, TLS and pin, auth, read/write, version."),
         tr("[NAME]"), setupTest, test},
        {n, QStringLiteral("bind"), tr("Bind a project to a registry profile."), tr("PROJECT PROFILE"),
         noOptions, bind},
        {n, QStringLiteral("unbind"), tr("Unbind a project from its registry."), tr("PROJECT"), noOptions,
         unbind},
        {n, QStringLiteral("sync"), tr("Pull, merge and push now (all profiles, or those named)."),
         tr("[NAME...]"), noOptions, sync},
        {n,
         QStringLiteral("status"),
         tr("Online/offline, last sync, pending changes, last error."),
         {},
         noOptions,
         status},
        {n,
         QStringLiteral("conflicts"),
         tr("Merge conflicts and what was kept."),
         {},
         setupProfileOption,
         conflicts},
        {n,
         QStringLiteral("lookup"),
         tr("Read a presented key from stdin; answer from the registry alone."),
         {},
         setupProfileOption,
         lookup},
    };
}

} // namespace kw::cli
