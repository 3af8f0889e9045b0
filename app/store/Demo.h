// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace kw {

class Workspace;

struct DemoSummary
{
    int projects = 0;
    int keys = 0;
    int events = 0;
};

// Fills an empty workspace with a few projects and a few dozen keys in every state (active,
// expiring, in grace, expired, revoked; live and test) as of `now`. Everything goes through
// Inventory on a clock moved back in time, so the audit trail is a real chain that verifies and
// reads in time order. Key material is real but thrown away: the demo keeps no secrets.
Result<DemoSummary> populateDemo(Workspace& ws, const QDateTime& now);

} // namespace kw
