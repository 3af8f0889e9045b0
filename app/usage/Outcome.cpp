// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/Outcome.h"

#include "usage/import/TextScan.h"

#include <array>

namespace kw {

namespace {

struct Synonym
{
    std::string_view text;
    Outcome outcome;
};

// The explicit outcome names (docs/usage.md, Outcomes, rule 1); anything else is rejected rather than
// guessed.
constexpr std::array<Synonym, 15> Synonyms{{
    {"valid", Outcome::Valid},
    {"ok", Outcome::Valid},
    {"success", Outcome::Valid},
    {"invalid", Outcome::Invalid},
    {"unknown", Outcome::Invalid},
    {"not_found", Outcome::Invalid},
    {"expired", Outcome::Expired},
    {"revoked", Outcome::Revoked},
    {"disabled", Outcome::Revoked},
    {"rate_limited", Outcome::RateLimited},
    {"ratelimited", Outcome::RateLimited},
    {"throttled", Outcome::RateLimited},
    {"usage_exceeded", Outcome::RateLimited},
    {"forbidden", Outcome::Forbidden},
    {"insufficient_permissions", Outcome::Forbidden},
}};

} // namespace

QStringView outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Valid:
        return u"valid";
    case Outcome::Invalid:
        return u"invalid";
    case Outcome::Expired:
        return u"expired";
    case Outcome::Revoked:
        return u"revoked";
    case Outcome::RateLimited:
        return u"rate_limited";
    case Outcome::Forbidden:
        return u"forbidden";
    }
    return u"invalid";
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (int i = 0; i < OutcomeCount; ++i) {
        const auto outcome = static_cast<Outcome>(i);
        if (outcomeName(outcome) == name) {
            return outcome;
        }
    }
    return std::nullopt;
}

std::optional<Outcome> parseOutcomeField(std::string_view value)
{
    const std::string_view trimmed = text::trim(value);
    for (const Synonym& s : Synonyms) {
        if (text::equalsIgnoreCase(trimmed, s.text)) {
            return s.outcome;
        }
    }
    return std::nullopt;
}

} // namespace kw
