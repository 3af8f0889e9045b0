// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Time.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace kw {

Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

qint64 toMs(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString toIso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

std::optional<QDateTime> parseIsoTime(const QString& text)
{
    const QString s = text.trimmed();
    if (s.isEmpty()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(s, Qt::ISODate);
    if (date.isValid() && s.size() == 10) {
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    // A time without zone is taken as UTC: the tool works in UTC throughout. It is parsed as UTC
    // directly, not as local time first, or a time in a local DST gap would be refused.
    QDateTime t = QDateTime::fromString(s + u'Z', Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(s, Qt::ISODateWithMs);
    }
    if (!t.isValid()) {
        return std::nullopt;
    }
    if (t.timeSpec() == Qt::LocalTime) {
        t = QDateTime(t.date(), t.time(), QTimeZone::utc());
    }
    return t.toUTC();
}

std::optional<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,9})\\s*(s|min|m|h|d|w)\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    qint64 factor = 1;
    if (unit == QLatin1String("min") || unit == QLatin1String("m")) {
        factor = 60;
    } else if (unit == QLatin1String("h")) {
        factor = 3600;
    } else if (unit == QLatin1String("d")) {
        factor = 86400;
    } else if (unit == QLatin1String("w")) {
        factor = 7 * 86400;
    }
    return n * factor;
}

} // namespace kw
