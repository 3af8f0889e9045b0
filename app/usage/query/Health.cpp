// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/query/Health.h"

namespace kw {

Health healthOf(const OutcomeCounts& counts)
{
    Health h;
    for (const qint64 n : counts)
        h.total += n;
    if (h.total == 0)
        return h;
    const auto at = [&](Outcome o) {
        return counts[std::size_t(o)];
    };
    const double total = double(h.total);
    h.invalidKeyRate = double(at(Outcome::Invalid) + at(Outcome::Expired) + at(Outcome::Revoked)) / total;
    h.successRate = double(at(Outcome::Valid)) / total;
    h.invalidLevel = h.invalidKeyRate < InvalidGoodBelow  ? HealthLevel::Good
                     : h.invalidKeyRate > InvalidBadAbove ? HealthLevel::Bad
                                                          : HealthLevel::Warning;
    h.successLevel = h.successRate > SuccessGoodAbove  ? HealthLevel::Good
                     : h.successRate < SuccessBadBelow ? HealthLevel::Bad
                                                       : HealthLevel::Warning;
    return h;
}

} // namespace kw
