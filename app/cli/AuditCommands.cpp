// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/Table.h"
#include "core/Tr.h"
#include "store/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kw::cli {

namespace {

QJsonObject eventJson(const AuditEvent& e)
{
    QJsonObject o = toJson(e, toIso(e.at));
    o.insert(QStringLiteral("seq"), e.seq);
    return o;
}

bool readTime(Context& c, const QString& option, QDateTime& into)
{
    const QString text = c.args().value(option);
    if (text.isEmpty()) {
        return true;
    }
    const std::optional<QDateTime> t = parseTimeOrAgo(text, QDateTime::currentDateTimeUtc());
    if (!t) {
        c.usage(tr("--%1 takes an ISO 8601 date or time, or a duration ago such as 7d or 12h, not '%2'.")
                    .arg(option, text));
        return false;
    }
    into = *t;
    return true;
}

int list(Context& c)
{
    AuditFilter filter;
    filter.actor = c.args().value(QStringLiteral("actor-name"));
    filter.action = c.args().value(QStringLiteral("action"));
    bool bad = false;
    filter.limit =
        static_cast<int>(c.numberOption(QStringLiteral("limit"), 1, 100'000'000, &bad).value_or(0));
    if (bad || !readTime(c, QStringLiteral("since"), filter.from) ||
        !readTime(c, QStringLiteral("until"), filter.to)) {
        return ExitUsage;
    }
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    if (const QString project = c.args().value(QStringLiteral("project")); !project.isEmpty()) {
        Result<Project> p = (*inv)->project(project);
        if (!p) {
            return c.fail(p.error());
        }
        filter.projectId = p->id;
    }
    if (const QString key = c.args().value(QStringLiteral("key")); !key.isEmpty()) {
        Result<KeyRecord> k = c.resolveKey(**inv, key);
        if (!k) {
            return c.fail(k.error());
        }
        filter.keyId = k->id;
    }
    Result<QList<AuditEvent>> events = AuditLog((*inv)->workspace()).list(filter);
    if (!events) {
        return c.fail(events.error());
    }
    if (c.json()) {
        QJsonArray array;
        for (const AuditEvent& e : std::as_const(*events)) {
            array.append(eventJson(e));
        }
        c.printJson(array);
        return ExitOk;
    }
    Table table({tr("SEQ"), tr("TIME"), tr("ACTOR"), tr("ACTION"), tr("KEY"), tr("DETAILS")});
    for (const AuditEvent& e : std::as_const(*events)) {
        table.add({QString::number(e.seq), toIso(e.at), e.actor, e.action,
                   e.details.value(QStringLiteral("key_hint")).toString(),
                   QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))});
    }
    table.print(c.out());
    return ExitOk;
}

int verify(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<AuditVerification> v = AuditLog((*inv)->workspace()).verify();
    if (!v) {
        return c.fail(v.error());
    }
    if (c.json()) {
        c.printJson(QJsonObject{{QStringLiteral("ok"), v->ok},
                                {QStringLiteral("checked"), v->checked},
                                {QStringLiteral("last_good_seq"), v->lastGoodSeq},
                                {QStringLiteral("first_bad_id"), v->firstBadId},
                                {QStringLiteral("first_bad_seq"), v->firstBadSeq},
                                {QStringLiteral("bad_key_id"), v->badKeyId},
                                {QStringLiteral("problem"), v->problem}});
    } else if (v->ok) {
        c.out() << tr("Audit chain verified: %n event(s), intact.", nullptr, int(v->checked)) << Qt::endl;
    } else if (!v->badKeyId.isEmpty()) {
        c.err() << tr("Audit trail intact (%n event(s)), but the keys do not match it: %1.", nullptr,
                      int(v->checked))
                       .arg(v->problem)
                << Qt::endl;
    } else {
        c.err() << tr("Audit chain BROKEN at event %1 (%2): %3. Verified up to event %4.")
                       .arg(v->firstBadSeq)
                       .arg(v->firstBadId.isEmpty() ? QStringLiteral("-") : v->firstBadId, v->problem)
                       .arg(v->lastGoodSeq)
                << Qt::endl;
    }
    return v->ok ? ExitOk : ExitFailure;
}

void setupList(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("project"), tr("Only events of this project."), tr("PROJECT")));
    p.addOption(valueOption(QStringLiteral("key"), tr("Only events of this key."), tr("KEY")));
    p.addOption(
        valueOption(QStringLiteral("actor-name"), tr("Only events by this administrator."), tr("NAME")));
    p.addOption(valueOption(QStringLiteral("action"),
                            tr("Only this action, or a prefix ending in '.' (key.)."), tr("ACTION")));
    p.addOption(
        valueOption(QStringLiteral("since"), tr("From this time (ISO 8601, inclusive)."), tr("TIME")));
    p.addOption(valueOption(QStringLiteral("until"), tr("Up to this time (exclusive)."), tr("TIME")));
    p.addOption(valueOption(QStringLiteral("limit"), tr("At most N events."), tr("N")));
}

} // namespace

bool readTimeOption(Context& context, const QString& option, QDateTime& into)
{
    return readTime(context, option, into);
}

void addAuditFilterOptions(QCommandLineParser& parser)
{
    setupList(parser);
}

QList<Command> auditCommands()
{
    const QString audit = QStringLiteral("audit");
    return {
        {audit, QStringLiteral("list"), tr("List audit events, filtered."), {}, setupList, list},
        {audit,
         QStringLiteral("verify"),
         tr("Walk the hash chain and replay it onto the keys; exit 1 naming the first bad event or key."),
         {},
         noOptions,
         verify},
    };
}

} // namespace kw::cli
