// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward registry add|edit|list|remove`: the profiles, with their secrets in the keychain.
#include "cli/Context.h"
#include "cli/RegistryParts.h"
#include "cli/Table.h"
#include "core/Tr.h"
#include "registry/Profile.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Inventory.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <termios.h>
#include <unistd.h>

namespace kw::cli::registry {

namespace {

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

} // namespace

QTextStream& stdinStream()
{
    static QTextStream in(stdin);
    return in;
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

} // namespace kw::cli::registry
