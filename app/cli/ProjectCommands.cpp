// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/Table.h"
#include "core/Json.h"
#include "core/Tr.h"

#include <QJsonArray>

namespace kw::cli {

namespace {

QString orAny(const QStringList& list)
{
    return list.isEmpty() ? tr("any") : list.join(u", ");
}

void printProject(Context& c, const Project& p, const QMap<KeyState, int>& counts)
{
    QStringList countText;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        countText.append(QStringLiteral("%1 %2").arg(it.value()).arg(stateName(it.key())));
    }
    printFields(c.out(), {{tr("Project"), p.name},
                          {tr("Id"), p.id},
                          {tr("Key prefix"), p.prefix},
                          {tr("Description"), p.description},
                          {tr("Allowed scopes"), orAny(p.policy.allowedScopes)},
                          {tr("Allowed models"), orAny(p.policy.allowedModels)},
                          {tr("Max lifetime"), p.policy.maxLifetimeDays > 0
                                                   ? tr("%1 days").arg(p.policy.maxLifetimeDays)
                                                   : tr("unlimited")},
                          {tr("Default tier"), describeTier(p.policy.defaultTier)},
                          {tr("Expiry reminder"), tr("%1 days").arg(p.policy.reminderDays)},
                          {tr("Rotation grace"), tr("%1 days").arg(p.policy.graceDays)},
                          {tr("Registry"), p.registryProfile.isEmpty() ? tr("not bound") : p.registryProfile},
                          {tr("Keys"), countText.isEmpty() ? tr("none") : countText.join(u", ")}});
}

QMap<KeyState, int> countByState(Inventory& inv, const QString& projectId)
{
    QMap<KeyState, int> counts;
    KeyFilter filter;
    filter.projectId = projectId;
    if (Result<QList<KeyRecord>> keys = inv.keys(filter)) {
        for (const KeyRecord& k : std::as_const(*keys)) {
            ++counts[inv.stateOf(k)];
        }
    }
    return counts;
}

int create(Context& c)
{
    if (c.positional().size() != 1) {
        return c.usage(tr("project create takes one NAME."));
    }
    if (!c.args().isSet(QStringLiteral("prefix"))) {
        return c.usage(tr("project create needs --prefix (the start of every key, e.g. chat)."));
    }
    ProjectDraft draft;
    draft.name = c.positional().at(0);
    draft.prefix = c.args().value(QStringLiteral("prefix"));
    draft.description = c.args().value(QStringLiteral("description"));
    if (!readPolicy(c, draft.policy)) {
        return ExitUsage;
    }
    Result<Inventory*> inv = c.inventory();
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<Project> p = (*inv)->createProject(draft);
    if (!p) {
        return c.fail(p.error());
    }
    if (c.json()) {
        c.printJson(toJson(*p));
    } else {
        c.out() << tr("Created project %1 (%2), key prefix %3.").arg(p->name, p->id, p->prefix) << Qt::endl;
    }
    return ExitOk;
}

int list(Context& c)
{
    Result<Inventory*> inv = c.inventory(Workspace::OpenMode::OpenExisting);
    if (!inv) {
        return c.fail(inv.error());
    }
    Result<QList<Project>> all = (*inv)->projects();
    if (!all) {
        return c.fail(all.error());
    }
    if (c.json()) {
        QJsonArray array;
        for (const Project& p : std::as_const(*all)) {
            array.append(toJson(p));
        }
        c.printJson(array);
        return ExitOk;
    }
    Table table({tr("NAME"), tr("PREFIX"), tr("KEYS"), tr("REGISTRY"), tr("DESCRIPTION")});
    for (const Project& p : std::as_const(*all)) {
        Result<qint64> n = KeyRepo((*inv)->workspace()).count(p.id);
        table.add({p.name, p.prefix, QString::number(n ? *n : 0),
                   p.registryProfile.isEmpty() ? QStringLiteral("-") : p.registryProfile, p.description});
    }
    table.print(c.out());
    return ExitOk;
}

int show(Context& c)
{
    Inventory* inv = nullptr;
    if (const int code = c.openForOne(tr("project show takes one NAME."), &inv)) {
        return code;
    }
    Result<Project> p = inv->project(c.positional().at(0));
    if (!p) {
        return c.fail(p.error());
    }
    const QMap<KeyState, int> counts = countByState(*inv, p->id);
    if (c.json()) {
        QJsonObject o = toJson(*p);
        QJsonObject byState;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            byState.insert(stateName(it.key()).toString(), it.value());
        }
        o.insert(QStringLiteral("key_counts"), byState);
        c.printJson(o);
    } else {
        printProject(c, *p, counts);
    }
    return ExitOk;
}

int edit(Context& c)
{
    Inventory* inv = nullptr;
    if (const int code = c.openForOne(tr("project edit takes one NAME."), &inv)) {
        return code;
    }
    Result<Project> p = inv->project(c.positional().at(0));
    if (!p) {
        return c.fail(p.error());
    }
    ProjectDraft draft{p->name, p->prefix, p->description, p->policy};
    if (c.args().isSet(QStringLiteral("description"))) {
        draft.description = c.args().value(QStringLiteral("description"));
    }
    if (!readPolicy(c, draft.policy)) {
        return ExitUsage;
    }
    Result<Project> edited = inv->editProject(p->id, draft);
    if (!edited) {
        return c.fail(edited.error());
    }
    if (c.json()) {
        c.printJson(toJson(*edited));
    } else {
        c.out() << tr("Updated project %1.").arg(edited->name) << Qt::endl;
    }
    return ExitOk;
}

void setupCreate(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("prefix"), tr("Key prefix, [a-z][a-z0-9]{1,11}."), tr("PREFIX")));
    p.addOption(valueOption(QStringLiteral("description"), tr("What the project is for."), tr("TEXT")));
    addPolicyOptions(p);
}

void setupEdit(QCommandLineParser& p)
{
    p.addOption(valueOption(QStringLiteral("description"), tr("What the project is for."), tr("TEXT")));
    addPolicyOptions(p);
}

} // namespace

QList<Command> projectCommands()
{
    const QString project = QStringLiteral("project");
    return {
        {project, QStringLiteral("create"), tr("Create a project with its key prefix and policy."),
         tr("NAME"), setupCreate, create},
        {project, QStringLiteral("list"), tr("List the projects of the workspace."), {}, noOptions, list},
        {project, QStringLiteral("show"), tr("Show a project, its policy and key counts."), tr("NAME"),
         noOptions, show},
        {project, QStringLiteral("edit"), tr("Change a project's description or policy."), tr("NAME"),
         setupEdit, edit},
    };
}

} // namespace kw::cli
