// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/KeyOutput.h"

#include "cli/Context.h"
#include "cli/Table.h"
#include "core/Json.h"
#include "core/KeyFormat.h"
#include "core/Tr.h"
#include "store/Inventory.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kw::cli {

namespace {

QString dateOrDash(const QDateTime& t)
{
    return t.isValid() ? toIso(t) : QStringLiteral("-");
}

QJsonObject withState(Inventory& inv, const KeyRecord& key)
{
    QJsonObject o = toJson(key);
    o.insert(QStringLiteral("state"), stateName(inv.stateOf(key)).toString());
    return o;
}

bool acceptable(KeyState state)
{
    return state == KeyState::Active || state == KeyState::Expiring || state == KeyState::InGrace;
}

} // namespace

int printKeyList(Context& c, Inventory& inv, const KeyFilter& filter)
{
    // Streamed row by row: a project may hold 100,000 keys, and the list must not hold them all.
    QString buffer;
    const auto flush = [&](bool force) {
        if (force || buffer.size() > (1 << 16)) {
            c.out() << buffer;
            buffer.clear();
        }
    };
    qint64 count = 0;
    Result<void> r;
    if (c.json()) {
        buffer += u'[';
        r = inv.scanKeys(filter, [&](KeyRecord&& k, KeyState state) {
            QJsonObject o = toJson(k);
            o.insert(QStringLiteral("state"), stateName(state).toString());
            buffer += (count++ ? QStringLiteral(",\n") : QStringLiteral("\n")) +
                      QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            flush(false);
            return true;
        });
        buffer += QStringLiteral("\n]\n");
    } else {
        // Fixed widths known up front, so rows print as they come; long owners push the name right.
        qsizetype hintWidth = 4;
        if (Result<QList<Project>> projects = inv.projects()) {
            for (const Project& p : std::as_const(*projects)) {
                hintWidth = std::max(hintWidth, p.prefix.size() + 12);
            }
        }
        const auto cell = [&](const QString& text, qsizetype width) {
            buffer += text;
            buffer.resize(buffer.size() + std::max<qsizetype>(1, width + 1 - text.size()), u' ');
        };
        const auto row = [&](const QString& id, const QString& hint, const QString& env, const QString& state,
                             const QString& expires, const QString& owner, const QString& name) {
            cell(id, 20);
            cell(hint, hintWidth);
            cell(env, 4);
            cell(state, 8);
            cell(expires, 20);
            cell(owner, 12);
            buffer += name + u'\n';
        };
        row(tr("ID"), tr("HINT"), tr("ENV"), tr("STATE"), tr("EXPIRES"), tr("OWNER"), tr("NAME"));
        r = inv.scanKeys(filter, [&](KeyRecord&& k, KeyState state) {
            row(k.id, k.hint, envName(k.env).toString(), stateName(state).toString(), dateOrDash(k.expiresAt),
                k.owner.isEmpty() ? QStringLiteral("-") : k.owner, k.name);
            ++count;
            flush(false);
            return true;
        });
    }
    flush(true);
    if (!r) {
        return c.fail(r.error());
    }
    c.note(tr("%n key(s)", nullptr, int(count)));
    return 0;
}

void printKey(Context& c, Inventory& inv, const KeyRecord& k)
{
    if (c.json()) {
        c.printJson(withState(inv, k));
        return;
    }
    const Result<Project> p = inv.project(k.projectId);
    QString revoked = QStringLiteral("-");
    if (k.status == KeyStatus::Revoked) {
        revoked = tr("%1 by %2, %3%4")
                      .arg(toIso(k.revokedAt), k.revokedBy,
                           k.revokeReason ? reasonName(*k.revokeReason) : QStringView())
                      .arg(k.revokeNote.isEmpty() ? QString() : QStringLiteral(": ") + k.revokeNote);
    }
    printFields(c.out(), {{tr("Key"), k.id},
                          {tr("Name"), k.name},
                          {tr("Project"), p ? p->name : k.projectId},
                          {tr("Hint"), k.hint},
                          {tr("Env"), envName(k.env).toString()},
                          {tr("State"), stateName(inv.stateOf(k)).toString()},
                          {tr("Owner"), k.owner},
                          {tr("Scopes"), k.scopes.join(u", ")},
                          {tr("Models"), k.models.join(u", ")},
                          {tr("Tier"), describeTier(k.tier)},
                          {tr("Created"), tr("%1 by %2").arg(toIso(k.createdAt), k.createdBy)},
                          {tr("Expires"), dateOrDash(k.expiresAt)},
                          {tr("Last used"), dateOrDash(k.lastUsedAt)},
                          {tr("Rotated from"), k.rotatedFrom.isEmpty() ? QStringLiteral("-") : k.rotatedFrom},
                          {tr("Rotated to"), k.rotatedTo.isEmpty() ? QStringLiteral("-") : k.rotatedTo},
                          {tr("Grace until"), dateOrDash(k.graceUntil)},
                          {tr("Revoked"), revoked},
                          {tr("In keychain"), k.keptInKeychain ? tr("yes") : tr("no")},
                          {tr("SHA-256"), k.hash},
                          {tr("Notes"), k.notes}});
}

void printRevoked(Context& c, const QList<KeyRecord>& keys)
{
    if (c.json()) {
        QJsonArray array;
        for (const KeyRecord& k : keys) {
            array.append(toJson(k));
        }
        c.printJson(array);
        return;
    }
    for (const KeyRecord& k : keys) {
        c.out() << tr("Revoked %1 (%2).").arg(k.id, k.hint) << Qt::endl;
    }
    if (keys.size() != 1) {
        c.note(tr("%n key(s) revoked.", nullptr, int(keys.size())));
    }
}

int printVerification(Context& c, Inventory& inv, const QString& presented)
{
    // By hash first: a key imported from another system (aws, hashes) is in no Keyward shape, and
    // the shape and checksum rules only explain why a key of this workspace's format is wrong.
    Result<std::optional<KeyRecord>> found = inv.keyByHash(keyHash(presented));
    if (!found) {
        return c.fail(found.error());
    }
    const ParsedKey parsed = parseKey(presented);
    QJsonObject o{{QStringLiteral("valid"), false}};
    QString message;
    int code = ExitFailure;
    if (!found->has_value() && !parsed.ok()) {
        message = describeParseError(parsed);
        o.insert(QStringLiteral("reason"), QStringLiteral("malformed"));
    } else if (!found->has_value()) {
        message = tr("%1… is well-formed but is not a key of this workspace.").arg(parsed.hint);
        o.insert(QStringLiteral("reason"), QStringLiteral("unknown"));
    } else {
        const KeyRecord& k = **found;
        const KeyState state = inv.stateOf(k);
        const Result<Project> p = inv.project(k.projectId);
        o = withState(inv, k);
        o.insert(QStringLiteral("project"), p ? p->name : k.projectId);
        o.insert(QStringLiteral("valid"), acceptable(state));
        if (!acceptable(state)) {
            o.insert(QStringLiteral("reason"), stateName(state).toString());
        }
        message = tr("%1: %2 (%3) in project %4, %5.")
                      .arg(acceptable(state) ? tr("valid") : tr("not valid"), k.id, k.hint,
                           p ? p->name : k.projectId, stateName(state));
        code = acceptable(state) ? ExitOk : ExitFailure;
    }
    if (c.json()) {
        c.printJson(o);
    } else {
        (code == ExitOk ? c.out() : c.err()) << message << Qt::endl;
    }
    return code;
}

} // namespace kw::cli
