// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <optional>
#include <string_view>

namespace kw {

// Design §4: what a request meant for the key it presented.
enum class Outcome
{
    Valid,
    Invalid,
    Expired,
    Revoked,
    RateLimited,
    Forbidden,
};
inline constexpr int OutcomeCount = 6;

// Canonical names (valid, invalid, expired, revoked, rate_limited, forbidden): CLI, CSV, database.
QStringView outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(QStringView name);

// Design §4 rule 1: the synonyms gateways write in an explicit outcome field, case-insensitive.
// nullopt means the value is none of them, which makes the line a rejected one.
std::optional<Outcome> parseOutcomeField(std::string_view value);

} // namespace kw
