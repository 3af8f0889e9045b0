// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/Outcome.h"

#include <QtGlobal>
#include <array>

namespace kw {

// Requests per outcome, indexed by int(Outcome).
using OutcomeCounts = std::array<qint64, OutcomeCount>;

enum class HealthLevel
{
    NoData,
    Good,
    Warning,
    Bad,
};

// Design §4 thresholds. The invalid-key rate counts every request whose key was not valid to
// present (invalid, expired, revoked) over all counted requests; the success rate is valid over
// all. Between the design's "good" and "bad" lines is a warning; success has no "bad" line in the
// design, so below 95 % is bad (docs/usage.md).
struct Health
{
    qint64 total = 0;
    double invalidKeyRate = 0.0; // 0..1
    double successRate = 0.0;    // 0..1
    HealthLevel invalidLevel = HealthLevel::NoData;
    HealthLevel successLevel = HealthLevel::NoData;
};

inline constexpr double InvalidGoodBelow = 0.01;
inline constexpr double InvalidBadAbove = 0.05;
inline constexpr double SuccessGoodAbove = 0.99;
inline constexpr double SuccessBadBelow = 0.95;

Health healthOf(const OutcomeCounts& counts);

} // namespace kw
