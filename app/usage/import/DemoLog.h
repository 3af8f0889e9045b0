// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace kw {

class Workspace;

// Writes a combined (nginx) access log of the `days` before `now` for a project's keys, as its
// gateway would: a daily rhythm of valid requests per live key, rate limiting at the peaks, a few
// forbidden calls, clients still trying expired and revoked keys, unknown keys with a burst of
// credential stuffing, a few plaintext keys in Authorization headers and two lines that are not
// log lines. For the demo workspace and the screenshots: the same traffic every run (weights
// follow key names; only the key ids differ). Returns the line count.
Result<qint64> writeDemoLog(Workspace& ws, const QString& projectId, const QDateTime& now, int days,
                            const QString& path);

} // namespace kw
