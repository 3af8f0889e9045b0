// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/usage/UsageStyle.h"

#include "gui/common/StateStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

namespace kw::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::gui::Usage", text);
}

} // namespace

QColor outcomeColor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Valid:
        return QColor(0x009e73); // bluish green
    case Outcome::Invalid:
        return QColor(0xd55e00); // vermillion
    case Outcome::Expired:
        return QColor(0xe69f00); // orange
    case Outcome::Revoked:
        return QColor(0xcc79a7); // reddish purple
    case Outcome::RateLimited:
        return QColor(0x56b4e9); // sky blue
    case Outcome::Forbidden:
        return QColor(0x0072b2); // blue
    }
    return QColor(Qt::gray);
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Valid:
        return tr("Valid");
    case Outcome::Invalid:
        return tr("Invalid");
    case Outcome::Expired:
        return tr("Expired");
    case Outcome::Revoked:
        return tr("Revoked");
    case Outcome::RateLimited:
        return tr("Rate-limited");
    case Outcome::Forbidden:
        return tr("Forbidden");
    }
    return {};
}

QColor healthColor(HealthLevel level, const QPalette& palette)
{
    switch (level) {
    case HealthLevel::Good:
        return positiveText(palette);
    case HealthLevel::Bad:
        return negativeText(palette);
    case HealthLevel::Warning:
        return isDark(palette) ? QColor(0xf0c05a) : QColor(0x8a5300);
    case HealthLevel::NoData:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString healthLevelLabel(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Good:
        return tr("good");
    case HealthLevel::Warning:
        return tr("warning");
    case HealthLevel::Bad:
        return tr("bad");
    case HealthLevel::NoData:
        break;
    }
    return tr("no data");
}

QString findingLabel(const QString& kind)
{
    if (kind == QLatin1String("plaintext_key")) {
        return tr("Log contains plaintext keys");
    }
    if (kind == QLatin1String("accepted_expired")) {
        return tr("Gateway accepted an expired key");
    }
    if (kind == QLatin1String("accepted_revoked")) {
        return tr("Gateway accepted a revoked key");
    }
    return kind;
}

QString percentText(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace kw::gui
