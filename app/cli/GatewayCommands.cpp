// SPDX-License-Identifier: GPL-3.0-or-later
// `keyward gateway serve`: the registry's keys for nginx auth_request and Envoy ext_authz
// (docs/gateway.md).
#include "cli/Command.h"
#include "cli/Context.h"
#include "core/Tr.h"
#include "registry/Binding.h"
#include "registry/ConnectionTest.h"
#include "registry/gateway/GatewayCopy.h"
#include "registry/gateway/GatewayFeed.h"
#include "registry/gateway/GatewayService.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"

#include <QDateTime>
#include <QSet>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

namespace kw::cli {

namespace {

// One line on stderr, with the time: the gateway's log. Never a secret: only states and counts.
void logLine(const QString& line)
{
    const QByteArray text = (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) +
                             QStringLiteral(" keyward gateway: ") + line + u'\n')
                                .toLocal8Bit();
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
    std::fflush(stderr);
}

void setupServe(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("profile"),
                            tr("Registry profile to follow (read access is enough)."), tr("NAME")));
    p.addOption(valueOption(QStringLiteral("listen"),
                            tr("Address and port to serve on, e.g. 127.0.0.1:9181."), tr("HOST:PORT")));
    p.addOption(valueOption(QStringLiteral("key-header"),
                            tr("Header holding the key (Authorization: Bearer is always read)."),
                            tr("NAME")));
    p.addOption(valueOption(QStringLiteral("scope-header"),
                            tr("Request header naming the scope(s) asked for; checked against the key's."),
                            tr("NAME")));
    p.addOption(valueOption(QStringLiteral("model-header"),
                            tr("Request header naming the model; checked against the key's."), tr("NAME")));
    p.addOption(valueOption(QStringLiteral("ok-status"),
                            tr("Status of a valid key: 204 (default) or 200 (Envoy's ext_authz needs 200)."),
                            tr("CODE")));
    p.addOption(
        valueOption(QStringLiteral("threads"), tr("HTTP worker threads (default: one per core)."), tr("N")));
    p.addOption(QCommandLineOption(QStringLiteral("password-stdin"),
                                   tr("Read the etcd password from stdin instead of the keychain.")));
}

// The profile's checks, read-only; prints them. An endpoint that does not answer is tolerated
// while another passes every check (the feed fails over); anything else refuses the start.
bool profilePasses(Context& c, const RegistryProfile& p, const RegistrySecrets& secrets)
{
    const QList<ConnectionCheck> checks =
        testConnection(p, secrets.password, secrets.keyPassphrase, RegistryAccess::ReadOnly);
    bool refused = checks.isEmpty();
    QSet<QString> failing;
    for (const ConnectionCheck& check : checks) {
        logLine(QStringLiteral("%1 %2 %3 %4")
                    .arg(check.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), check.endpoint,
                         check.step, check.message));
        if (!check.ok) {
            failing.insert(check.endpoint);
            refused = refused || check.step != QLatin1String("reach");
        }
    }
    if (failing.size() == p.endpoints.size()) {
        refused = true;
    }
    if (refused) {
        c.err() << tr("keyward: profile %1 fails `keyward registry test %1 --read-only`: the gateway does "
                      "not start.")
                       .arg(p.name)
                << Qt::endl;
    }
    return !refused;
}

Result<RegistrySecrets> gatewaySecrets(Context& c, const RegistryProfile& p)
{
    KeychainSecretStore keychain;
    if (!c.args().isSet(QStringLiteral("password-stdin"))) {
        return readRegistrySecrets(keychain, p);
    }
    QTextStream in(stdin);
    RegistrySecrets secrets;
    secrets.password = in.readLine().toUtf8();
    if (secrets.password.isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("--password-stdin: the first line of stdin is empty."));
    }
    if (!p.clientKey.isEmpty()) {
        Result<QByteArray> passphrase = readSecret(keychain, p.passphraseEntry());
        if (passphrase) {
            secrets.keyPassphrase = *passphrase;
        }
    }
    return secrets;
}

std::string headerOption(Context& c, const QString& name)
{
    return c.args().value(name).trimmed().toStdString();
}

int serve(Context& c)
{
    const QString profileName = c.args().value(QStringLiteral("profile"));
    const QString listen = c.args().value(QStringLiteral("listen"));
    if (profileName.isEmpty() || listen.isEmpty() || !c.positional().isEmpty()) {
        return c.usage(tr("gateway serve takes --profile NAME and --listen HOST:PORT."));
    }
    bool bad = false;
    const std::optional<qint64> okStatus = c.numberOption(QStringLiteral("ok-status"), 200, 204, &bad);
    const std::optional<qint64> threads = c.numberOption(QStringLiteral("threads"), 1, 64, &bad);
    if (bad) {
        return ExitUsage;
    }
    if (okStatus && *okStatus != 200 && *okStatus != 204) {
        return c.usage(tr("--ok-status takes 200 or 204."));
    }
    gateway::GatewayOptions options;
    options.keyHeader = headerOption(c, QStringLiteral("key-header"));
    options.scopeHeader = headerOption(c, QStringLiteral("scope-header"));
    options.modelHeader = headerOption(c, QStringLiteral("model-header"));
    options.okStatus = int(okStatus.value_or(204));

    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<RegistryProfile> p = ProfileRepo((*inv)->workspace()).get(profileName);
    if (!p) {
        return c.fail(p.error());
    }
    if (p->usesHttp()) {
        return c.fail(makeError(ErrorCode::Invalid,
                                tr("profile %1 uses plain http://: the gateway only follows a registry over "
                                   "TLS.")
                                    .arg(p->name)));
    }
    Result<RegistrySecrets> secrets = gatewaySecrets(c, *p);
    if (!secrets) {
        return c.fail(secrets.error());
    }
    if (!profilePasses(c, *p, *secrets)) {
        return ExitFailure;
    }

    // SIGINT and SIGTERM are taken by sigwait() below: blocked here, before any thread starts,
    // so every thread inherits the mask and none is interrupted by them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    gateway::GatewayCopy copy;
    gateway::GatewayFeed feed(*p, secrets->password, secrets->keyPassphrase, copy);
    secrets->password.fill('\0');
    feed.setLog(&logLine);
    if (Result<void> started = feed.start(300000); !started) {
        return c.fail(started.error());
    }
    gateway::HttpServer server([&copy, options] { return gateway::gatewayHandler(copy, options); });
    if (Result<void> l = server.listen(listen); !l) {
        return c.fail(l.error());
    }
    if (!listen.startsWith(QLatin1String("127."))) {
        logLine(tr("warning: %1 is not a loopback address; the gateway speaks plain HTTP, so the keys "
                   "nginx or Envoy pass on cross the network unencrypted")
                    .arg(listen));
    }
    const int workers = int(threads.value_or(std::max(1u, std::thread::hardware_concurrency())));
    if (Result<void> s = server.start(workers); !s) {
        return c.fail(s.error());
    }
    logLine(tr("serving profile %1 on %2 with %n worker(s); health at http://%2%3", nullptr, workers)
                .arg(p->name, listen.left(listen.lastIndexOf(u':') + 1) + QString::number(server.port()),
                     QString::fromLatin1(gateway::HealthPath.data(), qsizetype(gateway::HealthPath.size()))));
    int signal = 0;
    sigwait(&stopSignals, &signal);
    logLine(tr("stopping (%1)").arg(QString::fromLatin1(strsignal(signal))));
    server.stop();
    feed.stop();
    return ExitOk;
}

} // namespace

QList<Command> gatewayCommands()
{
    return {
        {QStringLiteral("gateway"),
         QStringLiteral("serve"),
         tr("Answer nginx auth_request / Envoy ext_authz from a live copy of the registry."),
         {},
         setupServe,
         serve},
    };
}

} // namespace kw::cli
