// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyRows.h"

#include "core/Json.h"
#include "core/Lifecycle.h"
#include "core/Time.h"
#include "gui/common/Format.h"
#include "store/Cursor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace kw::gui {

namespace {

void appendLowerUtf8(QByteArray& out, QStringView text)
{
    // Names, hints and ids are ASCII nearly always: lower-case them byte by byte, without a copy.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        out.append(text.toString().toLower().toUtf8());
        return;
    }
    for (const QChar c : text) {
        const char b = char(c.unicode());
        out.append(b >= 'A' && b <= 'Z' ? char(b - 'A' + 'a') : b);
    }
}

// Keys of a project mostly share their scopes, models and tier: computing a text once and sharing
// it (QString is implicitly shared) saves both the work and the memory.
class TextCache
{
public:
    // The display text of a JSON list column; the bytes are compared before any conversion.
    const QString& list(const Cursor& row, int column)
    {
        if (m_lastJson.isNull() || !row.textEquals(column, m_lastJson.constData())) {
            const QString json = row.text(column);
            m_lastJson = json.toUtf8();
            m_lastList = listFromJson(json);
        }
        return m_lastList;
    }

    const QString& tier(const RateTier& tier)
    {
        for (const auto& [known, text] : m_tiers) {
            if (known == tier) {
                return text;
            }
        }
        m_tiers.emplace_back(tier, tierText(tier));
        return m_tiers.back().second;
    }

private:
    // The stored form is compact JSON, ["a","b"]; without escapes it is read without a parser.
    static QString listFromJson(const QString& json)
    {
        if (json.size() <= 4) {
            return {};
        }
        if (!json.contains(u'\\')) {
            QString inner = json.mid(2, json.size() - 4);
            return inner.replace(QStringLiteral("\",\""), QStringLiteral(", "));
        }
        return listText(stringListFromJson(QJsonDocument::fromJson(json.toUtf8()).array()), QString());
    }

    QByteArray m_lastJson;
    QString m_lastList;
    std::vector<std::pair<RateTier, QString>> m_tiers;
};

} // namespace

void appendSearchText(QByteArray& out, const KeyRow& row)
{
    appendLowerUtf8(out, row.name);
    out.append(SearchSeparator);
    appendLowerUtf8(out, row.hint);
    out.append(SearchSeparator);
    appendLowerUtf8(out, row.owner);
    out.append(SearchSeparator);
    appendLowerUtf8(out, row.id);
}

KeyRow keyRowOf(const KeyRecord& key, KeyState state)
{
    KeyRow r;
    r.id = key.id;
    r.name = key.name;
    r.owner = key.owner;
    r.hint = key.hint;
    r.scopes = listText(key.scopes, QString());
    r.models = listText(key.models, QString());
    r.tier = tierText(key.tier);
    r.rotatedFrom = key.rotatedFrom;
    r.rotatedTo = key.rotatedTo;
    r.createdAt = key.createdAt;
    r.expiresAt = key.expiresAt;
    r.lastUsedAt = key.lastUsedAt;
    r.graceUntil = key.graceUntil;
    r.revokedAt = key.revokedAt;
    r.env = key.env;
    r.status = key.status;
    r.state = state;
    r.keptInKeychain = key.keptInKeychain;
    return r;
}

Result<std::deque<KeyRow>> readKeyRows(Workspace& ws, const Project& project, const QDateTime& now)
{
    std::deque<KeyRow> rows;
    // Issue order, which the index on (project_id, created_at) gives without a sort.
    Cursor c(ws,
             QStringLiteral(
                 "SELECT id, name, owner, env, hint, scopes, models, rpm, tpm, monthly_quota, created_at,"
                 " expires_at, last_used_at, status, revoked_at, rotated_from, rotated_to, grace_until,"
                 " kept_in_keychain FROM keys WHERE project_id = ? ORDER BY created_at"),
             {project.id});
    if (Result<void> s = c.status(); !s) {
        return s.error();
    }
    TextCache scopes;
    TextCache models;
    TextCache tiers;
    KeyRecord probe; // what deriveState reads, reused across rows
    while (c.next()) {
        KeyRow& r = rows.emplace_back();
        r.id = c.text(0);
        r.name = c.text(1);
        r.owner = c.text(2);
        r.env = c.textEquals(3, "live") ? Env::Live : Env::Test;
        r.hint = c.text(4);
        r.scopes = c.textEquals(5, "[]") ? QString() : scopes.list(c, 5);
        r.models = c.textEquals(6, "[]") ? QString() : models.list(c, 6);
        r.tier = tiers.tier(RateTier{int(c.integer(7)), int(c.integer(8)), c.integer(9)});
        r.createdAt = fromMs(c.integer(10));
        r.expiresAt = fromMs(c.integer(11));
        r.lastUsedAt = fromMs(c.integer(12));
        r.status = c.textEquals(13, "revoked") ? KeyStatus::Revoked : KeyStatus::Active;
        r.revokedAt = fromMs(c.integer(14));
        if (!c.isEmptyText(15)) {
            r.rotatedFrom = c.text(15);
        }
        if (!c.isEmptyText(16)) {
            r.rotatedTo = c.text(16);
        }
        r.graceUntil = fromMs(c.integer(17));
        r.keptInKeychain = c.integer(18) != 0;
        probe.status = r.status;
        probe.expiresAt = r.expiresAt;
        probe.graceUntil = r.graceUntil;
        r.state = deriveState(probe, now, project.policy.reminderDays);
    }
    if (Result<void> s = c.status(); !s) {
        return s.error();
    }
    return rows;
}

} // namespace kw::gui
