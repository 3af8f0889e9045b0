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

// Qt::UTC, not QTimeZone::utc(): the spec is a fast path, and lists of 100,000 keys convert
// seven times per row.
QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString toIso(const QDateTime& t)
{
    if (!t.isValid()) {
        return {};
    }
    // Formatted by hand: QDateTime::toString goes through the locale machinery, and exports and
    // lists format hundreds of thousands of times.
    const QDateTime utc = t.timeSpec() == Qt::UTC ? t : t.toUTC();
    const QDate d = utc.date();
    const QTime tm = utc.time();
    if (d.year() < 0 || d.year() > 9999) {
        return utc.toString(Qt::ISODate);
    }
    char16_t buf[20];
    const auto put = [&buf](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buf[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    buf[10] = u'T';
    put(11, tm.hour(), 2);
    buf[13] = u':';
    put(14, tm.minute(), 2);
    buf[16] = u':';
    put(17, tm.second(), 2);
    buf[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(buf), 20);
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

std::optional<QDateTime> parseTimeOrAgo(const QString& text, const QDateTime& now)
{
    if (std::optional<QDateTime> t = parseIsoTime(text)) {
        return t;
    }
    if (const std::optional<qint64> ago = parseDuration(text)) {
        return now.toUTC().addSecs(-*ago);
    }
    return std::nullopt;
}

} // namespace kw
