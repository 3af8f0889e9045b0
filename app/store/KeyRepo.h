// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QList>
#include <QSet>
#include <functional>
#include <optional>

namespace kw {

class Workspace;

// Filters a key list; every set field must match. State is derived, so it is applied by Inventory.
struct KeyFilter
{
    QString projectId;
    std::optional<Env> env;
    std::optional<KeyState> state;
    QString owner;
    QString scope;
    QString text; // substring of name, hint, owner or key id, case-insensitive
    QStringList ids;
};

class KeyRepo final
{
public:
    explicit KeyRepo(Workspace& ws)
        : m_ws(ws)
    {}

    Result<KeyRecord> get(const QString& id);
    // A key id, or a hint that names exactly one key.
    Result<KeyRecord> resolve(const QString& reference);
    Result<std::optional<KeyRecord>> byHash(const QString& hash);
    // Streams rows to the visitor; stops early when it returns false.
    Result<void> scan(const KeyFilter& filter, const std::function<bool(KeyRecord&&)>& visit);
    Result<void> insert(const KeyRecord& key);
    Result<void> update(const KeyRecord& key);
    Result<qint64> count(const QString& projectId);
    // Every key id of the workspace: a large registry pull checks membership without a query per key.
    Result<QSet<QString>> ids();

private:
    Workspace& m_ws;
};

} // namespace kw
