// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace kw {

// Injected wherever "now" matters, so lifecycle rules can be tested at any instant.
using Clock = std::function<QDateTime()>;
Clock systemClock();

// a / b rounded down (b > 0): a time before 1970 stays in its own second, minute, hour or bucket,
// where C++'s division would round it towards zero, into the next one.
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

// Stored form: UTC milliseconds since the epoch; 0 / NULL means "not set".
qint64 toMs(const QDateTime& t);
QDateTime fromMs(qint64 ms);

// ISO 8601 in UTC with a Z, seconds precision: what exports and the CLI print.
QString toIso(const QDateTime& t);
// Accepts 2027-01-31, 2027-01-31T12:00, 2027-01-31T12:00:00Z, with offsets; dates mean 00:00 UTC.
std::optional<QDateTime> parseIsoTime(const QString& text);
// "90d", "12h", "2w", "30min", "45s" -> seconds.
std::optional<qint64> parseDuration(const QString& text);
// An ISO 8601 time as above, or a duration ("7d", "12h") meaning that long before `now`: what
// --since and --until take.
std::optional<QDateTime> parseTimeOrAgo(const QString& text, const QDateTime& now);

} // namespace kw
