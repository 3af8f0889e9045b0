// SPDX-License-Identifier: GPL-3.0-or-later
// The registry benchmark against a local TLS etcd (bench/run-registry.sh starts it): first pull of
// 100,000 keys, delta pull of one change, push of 1,000 issued keys, and a bulk revocation of
// 10,000 keys until `etcdctl get` shows it, each next to `etcdctl get` of the same data in the
// same run. Prints figures and ratios; asserts nothing.
#include "core/KeyFormat.h"
#include "registry/Binding.h"
#include "registry/EtcdClient.h"
#include "registry/Records.h"
#include "registry/SyncEngine.h"
#include "store/Inventory.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace kw;

namespace {

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

RegistryProfile profile()
{
    RegistryProfile p;
    p.name = QStringLiteral("bench");
    p.endpoints = env("ETCD_ENDPOINTS").split(u',');
    p.caFile = env("ETCD_PKI") + QStringLiteral("/ca.pem");
    p.user = env("ETCD_USER");
    p.ns = QStringLiteral("/keyward/v1/bench");
    return p;
}

// Best of three runs of etcdctl reading what the console read, output discarded.
double etcdctlSeconds(const QStringList& args)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("etcdctl"),
                QStringList{QStringLiteral("--endpoints=") + env("ETCD_ENDPOINTS").section(u',', 0, 0),
                            QStringLiteral("--cacert=") + env("ETCD_PKI") + QStringLiteral("/ca.pem"),
                            QStringLiteral("--user=root:") + env("ETCD_ROOT_PASSWORD")} +
                    args);
        p.waitForFinished(120000);
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    return best;
}

std::unique_ptr<Workspace> workspace(const QString& path, const RegistryProfile& p)
{
    std::unique_ptr<Workspace> ws = std::move(Workspace::open(path).value());
    RegistryProfile copy = p;
    copy.createdAt = copy.updatedAt = QDateTime::currentDateTimeUtc();
    (void)ProfileRepo(*ws).insert(copy);
    return ws;
}

// goalRatio > 0: the goal is that many times the etcdctl figure; else goal seconds.
void report(const char* what, double seconds, double goal, double baseline, double goalRatio = 0)
{
    const double limit = goalRatio > 0 ? goalRatio * baseline : goal;
    std::printf("%-40s %8.3f s   etcdctl, same data %7.3f s   ratio %5.2fx   goal <= %.3f s%s: %s\n", what,
                seconds, baseline, seconds / baseline, limit,
                goalRatio > 0 ? qPrintable(QStringLiteral(" (%1x etcdctl)").arg(goalRatio)) : "",
                seconds <= limit ? "met" : "NOT met");
    std::fflush(stdout);
}

// One etcdctl get of a key, its output captured.
QByteArray etcdctlGet(const QString& key)
{
    QProcess p;
    p.start(QStringLiteral("etcdctl"),
            {QStringLiteral("--endpoints=") + env("ETCD_ENDPOINTS").section(u',', 0, 0),
             QStringLiteral("--cacert=") + env("ETCD_PKI") + QStringLiteral("/ca.pem"),
             QStringLiteral("--user=root:") + env("ETCD_ROOT_PASSWORD"), QStringLiteral("get"), key,
             QStringLiteral("--print-value-only")});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int keys = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const RegistryProfile p = profile();
    const QByteArray password = env("ETCD_PASSWORD").toUtf8();
    QTemporaryDir dir;
    EtcdClient client(p, password);
    if (!client.configure()) {
        return 1;
    }

    // Seed: one project and `keys` key records, 128 puts (etcd's --max-txn-ops) per txn.
    Project project;
    project.id = newProjectId();
    project.name = QStringLiteral("bench");
    project.prefix = QStringLiteral("bench");
    project.createdAt = project.updatedAt = QDateTime::currentDateTimeUtc();
    project.updatedBy = QStringLiteral("bench");
    (void)client.put(layout::projectKey(p.ns, project.id),
                     QJsonDocument(registryRecord(project)).toJson(QJsonDocument::Compact));
    QElapsedTimer seedTimer;
    seedTimer.start();
    KeyRecord sample;
    for (int i = 0; i < keys; i += 128) {
        QJsonArray puts;
        for (int j = i; j < std::min(keys, i + 128); ++j) {
            const GeneratedKey g = generateKey(project.prefix, Env::Live);
            sample.id = newKeyId();
            sample.projectId = project.id;
            sample.name = QStringLiteral("key %1").arg(j);
            sample.env = Env::Live;
            sample.hint = g.hint;
            sample.hash = g.hash;
            sample.scopes = {QStringLiteral("chat")};
            sample.createdAt = sample.updatedAt = project.createdAt;
            sample.createdBy = sample.updatedBy = QStringLiteral("bench");
            puts.append(QJsonObject{
                {QStringLiteral("request_put"),
                 QJsonObject{
                     {QStringLiteral("key"), EtcdClient::b64(layout::keyKey(p.ns, project.id, sample.id))},
                     {QStringLiteral("value"), EtcdClient::b64(QJsonDocument(registryRecord(sample))
                                                                   .toJson(QJsonDocument::Compact))}}}});
        }
        if (!client.txn({{QStringLiteral("success"), puts}})) {
            std::fprintf(stderr, "seeding failed\n");
            return 1;
        }
    }
    std::printf("seeded %d key records in %.1f s\n", keys, seedTimer.nsecsElapsed() / 1e9);

    const QString keysPrefix = p.ns + QStringLiteral("/keys/");
    const double baselineAll =
        etcdctlSeconds({QStringLiteral("get"), QStringLiteral("--prefix"), keysPrefix});

    // First pull into an empty workspace.
    std::unique_ptr<Workspace> b = workspace(dir.filePath(QStringLiteral("b.keyward")), p);
    EtcdClient bClient(p, password);
    (void)bClient.configure();
    SyncEngine bEngine(*b, bClient, QStringLiteral("bench"));
    QElapsedTimer t;
    t.start();
    Result<SyncReport> first = bEngine.pullOnly();
    const double firstPull = t.nsecsElapsed() / 1e9;
    if (!first || first->created != keys + 1) {
        std::fprintf(stderr, "first pull failed: %s\n",
                     first ? "wrong count" : qPrintable(first.error().message));
        return 1;
    }
    report(qPrintable(QStringLiteral("first pull of %1 keys").arg(keys)), firstPull, 0, baselineAll, 2.0);
    // The pull reads and applies at the same time; reading alone, for comparison.
    t.restart();
    const QByteArray keysBytes = keysPrefix.toUtf8();
    qint64 read = 0;
    for (QByteArray from = keysBytes; !from.isEmpty();) {
        Result<EtcdRange> page =
            bClient.range(from, EtcdClient::prefixEnd(keysBytes), 5000, 0, first->revision);
        if (!page) {
            return 1;
        }
        read += page->kvs.size();
        from = page->more && !page->kvs.isEmpty() ? page->kvs.constLast().key + '\0' : QByteArray();
    }
    std::printf("  reading the same %lld records alone (pages of 5,000): %.3f s\n", read,
                t.nsecsElapsed() / 1e9);
    // Delta: one key changes in the registry.
    sample.name = QStringLiteral("renamed");
    sample.updatedAt = QDateTime::currentDateTimeUtc();
    const QByteArray changedKey = layout::keyKey(p.ns, project.id, sample.id);
    (void)client.put(changedKey, QJsonDocument(registryRecord(sample)).toJson(QJsonDocument::Compact));
    t.restart();
    Result<SyncReport> delta = bEngine.pullOnly();
    const double deltaPull = t.nsecsElapsed() / 1e9;
    if (!delta || delta->pulled != 1) {
        std::fprintf(stderr, "delta pull failed\n");
        return 1;
    }
    report("delta pull of one change", deltaPull, 0.1,
           etcdctlSeconds({QStringLiteral("get"), QString::fromUtf8(changedKey)}));

    // Push: 1,000 keys issued in a bound project of a third workspace.
    std::unique_ptr<Workspace> c = workspace(dir.filePath(QStringLiteral("c.keyward")), p);
    Inventory inv(*c, QStringLiteral("bench"));
    ProjectDraft draft;
    draft.name = QStringLiteral("pushed");
    draft.prefix = QStringLiteral("push");
    Result<Project> pushed = inv.createProject(draft);
    (void)bindProject(inv, QStringLiteral("pushed"), p.name);
    for (int i = 0; i < 1000; ++i) {
        IssueRequest r;
        r.projectId = pushed->id;
        r.name = QStringLiteral("k%1").arg(i);
        (void)inv.commitIssue(inv.prepareIssue(r).value());
    }
    EtcdClient cClient(p, password);
    (void)cClient.configure();
    SyncEngine cEngine(*c, cClient, QStringLiteral("bench"));
    // Bring C up to date first, so the figure is the push alone.
    (void)cEngine.pullOnly();
    t.restart();
    Result<SyncReport> push = cEngine.sync();
    const double pushTime = t.nsecsElapsed() / 1e9;
    if (!push || push->pushed != 1001) {
        std::fprintf(stderr, "push failed: %s\n", push ? "wrong count" : qPrintable(push.error().message));
        return 1;
    }
    report(
        "push of 1,000 issued keys", pushTime, 10.0,
        etcdctlSeconds({QStringLiteral("get"), QStringLiteral("--prefix"), keysPrefix + pushed->id + u'/'}));

    // Bulk revocation in an incident: 10,000 keys of the project, revoked in one go, pushed and
    // then visible to a gateway reading etcd (etcdctl get of the last one shows it revoked).
    for (int i = 1000; i < 10000; ++i) {
        IssueRequest r;
        r.projectId = pushed->id;
        r.name = QStringLiteral("k%1").arg(i);
        (void)inv.commitIssue(inv.prepareIssue(r).value());
    }
    if (Result<SyncReport> setup = cEngine.sync(); !setup || setup->pushed != 9000) {
        std::fprintf(stderr, "pushing the 10,000 keys failed\n");
        return 1;
    }
    KeyFilter all;
    all.projectId = pushed->id;
    Result<QList<KeyRecord>> revoked =
        inv.bulkRevoke(all, RevokeReason::Compromised, QStringLiteral("bench"));
    if (!revoked || revoked->size() != 10000) {
        std::fprintf(stderr, "bulk revoke failed\n");
        return 1;
    }
    // Up to date first (the pull would otherwise re-read this console's own 9,000 pushes), so the
    // figure is what an incident costs: the revocation's push.
    (void)cEngine.pullOnly();
    const QString lastRevoked = QString::fromUtf8(layout::keyKey(p.ns, pushed->id, revoked->constLast().id));
    t.restart();
    Result<SyncReport> revokePush = cEngine.sync();
    const bool visible = etcdctlGet(lastRevoked).contains("\"status\":\"revoked\"");
    const double revokeTime = t.nsecsElapsed() / 1e9;
    if (!revokePush || revokePush->pushed != 10000 || !visible) {
        std::fprintf(stderr, "bulk revoke push failed: %s (pushed %lld, etcdctl get %s: %s)\n",
                     revokePush ? "" : qPrintable(revokePush.error().message),
                     revokePush ? revokePush->pushed : 0LL, qPrintable(lastRevoked),
                     etcdctlGet(lastRevoked).left(200).constData());
        return 1;
    }
    report(
        "bulk revoke of 10,000 keys, pushed+visible", revokeTime, 3.0,
        etcdctlSeconds({QStringLiteral("get"), QStringLiteral("--prefix"), keysPrefix + pushed->id + u'/'}));
    std::printf("  (%d txns of up to %d operations)\n", cEngine.pusher().txnsSent(),
                cEngine.pusher().maxTxnOps());
    return 0;
}
