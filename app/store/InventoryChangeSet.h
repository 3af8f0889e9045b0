// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Inventory's sources: how a change is described in its audit event.

#include "core/Json.h"
#include "core/Time.h"
#include "core/Types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace kw::inventory {

inline QJsonValue jsonOf(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toIso(t)) : QJsonValue(QJsonValue::Null);
}

// Records "field: from -> to" only for fields that really change.
class ChangeSet
{
public:
    template<typename T, typename ToJson>
    void compare(const QString& field, const T& from, const T& to, ToJson toJsonFn)
    {
        if (!(from == to)) {
            m_changes.insert(field, QJsonObject{{QStringLiteral("from"), toJsonFn(from)},
                                                {QStringLiteral("to"), toJsonFn(to)}});
        }
    }
    bool isEmpty() const { return m_changes.isEmpty(); }
    QJsonObject json() const { return m_changes; }

private:
    QJsonObject m_changes;
};

inline const auto asText = [](const QString& s) {
    return QJsonValue(s);
};
inline const auto asList = [](const QStringList& l) {
    return QJsonValue(toJsonArray(l));
};
inline const auto asTime = [](const QDateTime& t) {
    return jsonOf(t);
};
inline const auto asTier = [](const RateTier& t) {
    return QJsonValue(toJson(t));
};
inline const auto asPolicy = [](const Policy& p) {
    return QJsonValue(toJson(p));
};

} // namespace kw::inventory
