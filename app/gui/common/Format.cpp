// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace kw::gui {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("kw::gui", text, disambiguation);
}

} // namespace

QString dateText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString dateTimeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

QString relativeText(const QDateTime& t, const QDateTime& now)
{
    if (!t.isValid()) {
        return QStringLiteral("—");
    }
    const qint64 secs = now.secsTo(t);
    const qint64 magnitude = secs < 0 ? -secs : secs;
    QString amount;
    if (magnitude < 3600) {
        amount = counted(std::max<qint64>(1, magnitude / 60), tr("1 minute"), tr("%1 minutes"));
    } else if (magnitude < 2 * 86400) {
        amount = counted(magnitude / 3600, tr("1 hour"), tr("%1 hours"));
    } else {
        // Its own message: after "in" or before "ago", languages may inflect it (German: Tagen).
        amount = counted(magnitude / 86400, tr("1 day"), tr("%1 days", "in %1 / %1 ago"));
    }
    return secs >= 0 ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QString expiryText(const QDateTime& expiresAt)
{
    return expiresAt.isValid() ? dateText(expiresAt) : tr("never");
}

QString stateLabel(KeyState state)
{
    switch (state) {
    case KeyState::Active:
        return tr("active");
    case KeyState::Expiring:
        return tr("expiring");
    case KeyState::InGrace:
        return tr("in grace");
    case KeyState::Expired:
        return tr("expired");
    case KeyState::Revoked:
        return tr("revoked");
    }
    return {};
}

QString reasonLabel(RevokeReason reason)
{
    switch (reason) {
    case RevokeReason::Compromised:
        return tr("Compromised");
    case RevokeReason::Unused:
        return tr("Unused");
    case RevokeReason::Rotated:
        return tr("Rotated (successor in use)");
    case RevokeReason::OwnerLeft:
        return tr("Owner left");
    case RevokeReason::Other:
        return tr("Other");
    }
    return {};
}

QString counted(qint64 n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

QString listText(const QStringList& items, const QString& whenEmpty)
{
    return items.isEmpty() ? whenEmpty : items.join(QStringLiteral(", "));
}

QString tierText(const RateTier& tier)
{
    if (tier == RateTier()) {
        return tr("unlimited");
    }
    const QLocale locale;
    const auto part = [&](qint64 v, const QString& unit) {
        return v > 0 ? locale.toString(v) % QLatin1Char(' ') % unit : QString();
    };
    QStringList parts{part(tier.requestsPerMinute, tr("rpm")), part(tier.tokensPerMinute, tr("tpm")),
                      part(tier.monthlyQuota, tr("/ month"))};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

} // namespace kw::gui
