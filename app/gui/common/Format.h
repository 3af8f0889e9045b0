// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QDateTime>
#include <QString>

namespace kw::gui {

// Dates are shown in local time; ISO order so a column sorts and reads the same everywhere.
QString dateText(const QDateTime& t);
QString dateTimeText(const QDateTime& t);
// "in 3 days", "2 hours ago": for reminders and the detail pane.
QString relativeText(const QDateTime& t, const QDateTime& now);
QString expiryText(const QDateTime& expiresAt);

QString stateLabel(KeyState state);
QString reasonLabel(RevokeReason reason);
QString listText(const QStringList& items, const QString& whenEmpty);
QString tierText(const RateTier& tier);
// `one` when n is 1, else `many` with %1 replaced by n in the locale's digits.
QString counted(qint64 n, const QString& one, const QString& many);

} // namespace kw::gui
