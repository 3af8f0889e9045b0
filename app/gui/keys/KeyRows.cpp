// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyRows.h"

#include "core/Json.h"
#include "core/Lifecycle.h"
#include "core/Time.h"
#include "gui/common/Format.h"
#include "store/Cursor.h"
#include "store/KeyViews.h"

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
    using namespace keyviews;
    std::deque<KeyRow> rows;
    TextCache scopes;
    TextCache models;
    TextCache tiers;
    KeyRecord probe; // what deriveState reads, reused across rows
    Result<void> read = tableRows(ws, project.id, [&](const Cursor& c) {
        KeyRow& r = rows.emplace_back();
        r.id = c.text(TableId);
        r.name = c.text(TableName);
        r.owner = c.text(TableOwner);
        r.env = c.textEquals(TableEnv, "live") ? kw::Env::Live : kw::Env::Test;
        r.hint = c.text(TableHint);
        r.scopes = c.textEquals(TableScopes, "[]") ? QString() : scopes.list(c, TableScopes);
        r.models = c.textEquals(TableModels, "[]") ? QString() : models.list(c, TableModels);
        r.tier = tiers.tier(
            RateTier{int(c.integer(TableRpm)), int(c.integer(TableTpm)), c.integer(TableMonthlyQuota)});
        r.createdAt = fromMs(c.integer(TableCreatedAt));
        r.expiresAt = fromMs(c.integer(TableExpiresAt));
        r.lastUsedAt = fromMs(c.integer(TableLastUsedAt));
        r.status = c.textEquals(TableStatus, "revoked") ? KeyStatus::Revoked : KeyStatus::Active;
        r.revokedAt = fromMs(c.integer(TableRevokedAt));
        if (!c.isEmptyText(TableRotatedFrom)) {
            r.rotatedFrom = c.text(TableRotatedFrom);
        }
        if (!c.isEmptyText(TableRotatedTo)) {
            r.rotatedTo = c.text(TableRotatedTo);
        }
        r.graceUntil = fromMs(c.integer(TableGraceUntil));
        r.keptInKeychain = c.integer(TableKeptInKeychain) != 0;
        probe.status = r.status;
        probe.expiresAt = r.expiresAt;
        probe.graceUntil = r.graceUntil;
        r.state = deriveState(probe, now, project.policy.reminderDays);
    });
    if (!read) {
        return read.error();
    }
    return rows;
}

} // namespace kw::gui
