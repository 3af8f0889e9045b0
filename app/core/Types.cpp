// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Types.h"

#include <array>
#include <utility>

namespace kw {

namespace {

template<typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, QStringView>, N>& table, QStringView name)
{
    for (const auto& [value, text] : table) {
        if (text.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringView nameOf(const std::array<std::pair<E, QStringView>, N>& table, E value)
{
    for (const auto& [v, text] : table) {
        if (v == value) {
            return text;
        }
    }
    return {};
}

constexpr std::array<std::pair<Env, QStringView>, 2> envs{{{Env::Test, u"test"}, {Env::Live, u"live"}}};
constexpr std::array<std::pair<KeyStatus, QStringView>, 2> statuses{
    {{KeyStatus::Active, u"active"}, {KeyStatus::Revoked, u"revoked"}}};
constexpr std::array<std::pair<KeyState, QStringView>, 5> states{{{KeyState::Active, u"active"},
                                                                  {KeyState::Expiring, u"expiring"},
                                                                  {KeyState::InGrace, u"in-grace"},
                                                                  {KeyState::Expired, u"expired"},
                                                                  {KeyState::Revoked, u"revoked"}}};
constexpr std::array<std::pair<RevokeReason, QStringView>, 5> reasons{
    {{RevokeReason::Compromised, u"compromised"},
     {RevokeReason::Unused, u"unused"},
     {RevokeReason::Rotated, u"rotated"},
     {RevokeReason::OwnerLeft, u"owner-left"},
     {RevokeReason::Other, u"other"}}};

} // namespace

QStringView envName(Env env)
{
    return nameOf(envs, env);
}
std::optional<Env> envFromName(QStringView name)
{
    return lookup(envs, name);
}
QStringView statusName(KeyStatus status)
{
    return nameOf(statuses, status);
}
std::optional<KeyStatus> statusFromName(QStringView name)
{
    return lookup(statuses, name);
}
QStringView stateName(KeyState state)
{
    return nameOf(states, state);
}
std::optional<KeyState> stateFromName(QStringView name)
{
    return lookup(states, name);
}
QStringView reasonName(RevokeReason reason)
{
    return nameOf(reasons, reason);
}
std::optional<RevokeReason> reasonFromName(QStringView name)
{
    return lookup(reasons, name);
}

QString describeTier(const RateTier& tier)
{
    const auto part = [](qint64 v) {
        return v > 0 ? QString::number(v) : QStringLiteral("∞");
    };
    return part(tier.requestsPerMinute) % QStringLiteral(" rpm · ") % part(tier.tokensPerMinute) %
           QStringLiteral(" tpm · ") % part(tier.monthlyQuota) % QStringLiteral("/month");
}

} // namespace kw
