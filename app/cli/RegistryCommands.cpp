// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward registry ...`: profiles, bindings, sync and the gateway's lookup (docs/registry.md).
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/Table.h"
#include "core/Tr.h"
#include "registry/Binding.h"
#include "registry/ConnectionTest.h"
#include "registry/EtcdClient.h"
#include "registry/Lookup.h"
#include "registry/SyncJob.h"
#include "registry/SyncState.h"
#include "secrets/KeychainSecretStore.h"
#include "store/ProjectRepo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <termios.h>
#include <unistd.h>

namespace kw::cli {

namespace {

QTextStream& stdinStream()
{
    static QTextStream in(stdin);
    return in;
}

// A line from stdin; on a terminal it is prompted for and not echoed.
QByteArray readSecretLine(Context& c, const QString& prompt)
{
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        c.err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString line = stdinStream().readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        c.err() << Qt::endl;
    }
    return line.toUtf8();
}

void setupProfile(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("endpoint"), tr("https://host:port; repeat or comma-separate."),
                            tr("URL")));
    p.addOption(valueOption(QStringLiteral("ca"), tr("CA file (PEM) that signed the etcd certificates."),
                            tr("FILE")));
    p.addOption(valueOption(QStringLiteral("cert"), tr("Client certificate (PEM), optional."), tr("FILE")));
    p.addOption(valueOption(QStringLiteral("key"), tr("Client key (PEM), optional."), tr("FILE")));
    p.addOption(valueOption(QStringLiteral("pin"),
                            tr("SHA-256 of the server's public key (SPKI), hex or sha256//BASE64."),
                            tr("PIN")));
    p.addOption(valueOption(QStringLiteral("user"), tr("etcd user name."), tr("USER")));
    p.addOption(valueOption(QStringLiteral("namespace"), tr("Key prefix (default /keyward/v1)."), tr("NS")));
    p.addOption(QCommandLineOption(QStringLiteral("allow-http-loopback"),
                                   tr("Allow http:// to 127.0.0.1/::1/localhost (unencrypted!).")));
    p.addOption(QCommandLineOption(QStringLiteral("password-stdin"),
                                   tr("Read the etcd password from the first line of stdin.")));
    p.addOption(QCommandLineOption(QStringLiteral("key-passphrase-stdin"),
                                   tr("Read the client key's passphrase from the next line of stdin.")));
}

void setupProfileOption(QCommandLineParser& p)
{
    p.addOption(
        valueOption(QStringLiteral("profile"), tr("Registry profile (default: the only one)."), tr("NAME")));
}

void applyProfileOptions(Context& c, RegistryProfile& p)
{
    const auto set = [&](const QString& option, QString& field) {
        if (c.args().isSet(option)) {
            field = c.args().value(option);
        }
    };
    if (c.args().isSet(QStringLiteral("endpoint"))) {
        p.endpoints = c.listOption(QStringLiteral("endpoint"));
    }
    set(QStringLiteral("ca"), p.caFile);
    set(QStringLiteral("cert"), p.clientCert);
    set(QStringLiteral("key"), p.clientKey);
    set(QStringLiteral("pin"), p.pin);
    set(QStringLiteral("user"), p.user);
    set(QStringLiteral("namespace"), p.ns);
    if (c.args().isSet(QStringLiteral("allow-http-loopback"))) {
        p.allowHttpLoopback = true;
    }
}

// Stores the secrets the command line asked for; the password is mandatory for a new profile.
int storeSecrets(Context& c, const RegistryProfile& p, bool needPassword)
{
    KeychainSecretStore keychain;
    if (needPassword || c.args().isSet(QStringLiteral("password-stdin"))) {
        QByteArray password = readSecretLine(c, tr("etcd password for %1: ").arg(p.user));
        if (password.isEmpty()) {
            return c.usage(
                tr("No password given: pipe it on stdin (--password-stdin) or type it at the prompt."));
        }
        Result<void> w = writeSecret(keychain, p.passwordEntry(), password);
        password.fill('\0');
        if (!w) {
            return c.fail(w.error());
        }
    }
    if (c.args().isSet(QStringLiteral("key-passphrase-stdin"))) {
        QByteArray passphrase = readSecretLine(c, tr("Passphrase of %1: ").arg(p.clientKey));
        Result<void> w = writeSecret(keychain, p.passphraseEntry(), passphrase);
        passphrase.fill('\0');
        if (!w) {
            return c.fail(w.error());
        }
    }
    return ExitOk;
}

void warnHttp(Context& c, const RegistryProfile& p)
{
    if (p.usesHttp()) {
        c.err() << tr("warning: profile %1 uses plain http:// (allowed for loopback only): nothing it sends "
                      "is encrypted.")
                       .arg(p.name)
                << Qt::endl;
    }
}

int add(Context& c)
{
    if (c.positional().size() != 1) {
        return c.usage(tr("registry add takes one NAME."));
    }
    RegistryProfile p;
    p.name = c.positional().at(0);
    applyProfileOptions(c, p);
    if (Result<void> v = validateProfile(p); !v) {
        return c.fail(v.error());
    }
    Result<Inventory*> inv = c.inventory();
    if (!inv) {
        return c.fail(inv.error());
    }
    if (ProfileRepo(inv.value()->workspace()).get(p.name)) {
        return c.fail(
            makeError(ErrorCode::Conflict, tr("A registry profile %1 already exists.").arg(p.name)));
    }
    if (const int code = storeSecrets(c, p, true); code != ExitOk) {
        return code;
    }
    p.createdAt = p.updatedAt = (*inv)->now();
    if (Result<void> r = ProfileRepo((*inv)->workspace()).insert(p); !r) {
        return c.fail(r.error());
    }
    warnHttp(c, p);
    c.note(
        tr("Added registry profile %1 (password in the keychain entry %2).").arg(p.name, p.passwordEntry()));
    return ExitOk;
}

int edit(Context& c)
{
    if (c.positional().size() != 1) {
        return c.usage(tr("registry edit takes one NAME."));
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    ProfileRepo repo((*inv)->workspace());
    Result<RegistryProfile> p = repo.get(c.positional().at(0));
    if (!p) {
        return c.fail(p.error());
    }
    applyProfileOptions(c, *p);
    if (Result<void> v = validateProfile(*p); !v) {
        return c.fail(v.error());
    }
    if (const int code = storeSecrets(c, *p, false); code != ExitOk) {
        return code;
    }
    p->updatedAt = (*inv)->now();
    if (Result<void> r = repo.update(*p); !r) {
        return c.fail(r.error());
    }
    warnHttp(c, *p);
    c.note(tr("Updated registry profile %1.").arg(p->name));
    return ExitOk;
}

QJsonObject profileJson(const RegistryProfile& p, const QStringList& bound)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("endpoints"), QJsonArray::fromStringList(p.endpoints)},
            {QStringLiteral("ca_file"), p.caFile},
            {QStringLiteral("client_cert"), p.clientCert},
            {QStringLiteral("client_key"), p.clientKey},
            {QStringLiteral("pin"), p.pin},
            {QStringLiteral("user"), p.user},
            {QStringLiteral("namespace"), p.ns},
            {QStringLiteral("allow_http_loopback"), p.allowHttpLoopback},
            {QStringLiteral("projects"), QJsonArray::fromStringList(bound)}};
}

int list(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    ProfileRepo repo((*inv)->workspace());
    Result<QList<RegistryProfile>> all = repo.all();
    if (!all) {
        return c.fail(all.error());
    }
    QJsonArray json;
    Table table({tr("PROFILE"), tr("ENDPOINTS"), tr("USER"), tr("NAMESPACE"), tr("PROJECTS")});
    for (const RegistryProfile& p : std::as_const(*all)) {
        const QStringList bound = repo.boundProjects(p.name).value();
        json.append(profileJson(p, bound));
        table.add({p.name, p.endpoints.join(u',') + (p.usesHttp() ? tr(" (UNENCRYPTED)") : QString()), p.user,
                   p.ns, bound.join(u',')});
    }
    if (c.json()) {
        c.printJson(json);
    } else if (table.rowCount() == 0) {
        c.note(tr("No registry profiles. Add one with keyward registry add NAME --endpoint https://host:2379 "
                  "--ca FILE --user USER."));
    } else {
        table.print(c.out());
    }
    return ExitOk;
}

int remove(Context& c)
{
    if (c.positional().size() != 1) {
        return c.usage(tr("registry remove takes one NAME."));
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<RegistryProfile> p = ProfileRepo((*inv)->workspace()).get(c.positional().at(0));
    if (!p) {
        return c.fail(p.error());
    }
    if (Result<void> r = ProfileRepo((*inv)->workspace()).remove(p->name); !r) {
        return c.fail(r.error());
    }
    KeychainSecretStore keychain;
    for (const QString& entry : {p->passwordEntry(), p->passphraseEntry()}) {
        if (Result<void> r = removeSecret(keychain, entry); !r) {
            c.err() << tr("warning: %1").arg(r.error().message) << Qt::endl;
        }
    }
    c.note(tr("Removed registry profile %1 and its keychain entries.").arg(p->name));
    return ExitOk;
}

// The profile named by --profile or the positional NAME, else the only one.
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
    const QList<ConnectionCheck> checks = testConnection(*p, secrets->password, secrets->keyPassphrase);
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
    for (const RegistryProfile& p : std::as_const(profiles)) {
        warnHttp(c, p);
        KeychainSecretStore keychain;
        Result<RegistrySecrets> secrets = readRegistrySecrets(keychain, p);
        if (!secrets) {
            code = c.fail(secrets.error());
            continue;
        }
        SyncJob job((*inv)->workspace().path(), p, secrets->password, secrets->keyPassphrase,
                    (*inv)->actor());
        secrets->password.fill('\0');
        if (tty) {
            QObject::connect(&job, &SyncJob::stepProgress, &job,
                             [&c, &p](qint64 done, qint64 total, const QString& step) {
                                 c.err() << '\r' << p.name << ": " << step << ' ' << done
                                         << (total > 0 ? QStringLiteral("/%1").arg(total) : QString())
                                         << "\x1b[K" << Qt::flush;
                             });
        }
        job.start();
        job.waitForFinished();
        if (tty) {
            c.err() << "\r\x1b[K" << Qt::flush;
        }
        if (!job.ok()) {
            code = c.fail(makeError(job.error().code, tr("%1: %2").arg(p.name, job.error().message)));
            continue;
        }
        const SyncReport& r = job.report();
        for (const QString& problem : r.problems) {
            c.err() << tr("warning: %1").arg(problem) << Qt::endl;
        }
        json.append(reportJson(p.name, r));
        if (!c.json()) {
            c.out() << tr("%1: pushed %2, pulled %3 (%4 new), %5 conflicts, %6 skipped; at revision %7")
                           .arg(p.name)
                           .arg(r.pushed)
                           .arg(r.pulled)
                           .arg(r.created)
                           .arg(r.conflicts)
                           .arg(r.skipped)
                           .arg(r.revision)
                    << Qt::endl;
        }
    }
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
         tr("[NAME]"), noOptions, test},
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
