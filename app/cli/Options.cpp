// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"
#include "cli/Context.h"
#include "core/Lifecycle.h"
#include "core/Tr.h"

namespace kw::cli {

QCommandLineOption valueOption(const QString& name, const QString& description, const QString& valueName)
{
    return QCommandLineOption(name, description, valueName);
}

void noOptions(QCommandLineParser&) {}

void addTierOptions(QCommandLineParser& parser)
{
    parser.addOption(valueOption(QStringLiteral("rpm"), tr("Requests per minute (0: no limit)."), tr("N")));
    parser.addOption(valueOption(QStringLiteral("tpm"), tr("Tokens per minute (0: no limit)."), tr("N")));
    parser.addOption(
        valueOption(QStringLiteral("quota"), tr("Monthly request quota (0: no limit)."), tr("N")));
}

void addPolicyOptions(QCommandLineParser& parser)
{
    parser.addOption(valueOption(QStringLiteral("allow-scope"),
                                 tr("Scope keys may have; repeat or comma-separate (none: any)."),
                                 tr("SCOPE")));
    parser.addOption(valueOption(QStringLiteral("allow-model"),
                                 tr("Model keys may use; repeat or comma-separate (none: any)."),
                                 tr("MODEL")));
    parser.addOption(valueOption(QStringLiteral("max-lifetime"),
                                 tr("Longest key lifetime in days (0: unlimited)."), tr("DAYS")));
    parser.addOption(
        valueOption(QStringLiteral("reminder"), tr("Warn this many days before expiry."), tr("DAYS")));
    parser.addOption(
        valueOption(QStringLiteral("grace"), tr("Default rotation grace period in days."), tr("DAYS")));
    addTierOptions(parser);
}

bool readTier(Context& context, RateTier& tier, bool* anySet)
{
    bool bad = false;
    const auto rpm = context.numberOption(QStringLiteral("rpm"), 0, 1'000'000'000, &bad);
    const auto tpm = context.numberOption(QStringLiteral("tpm"), 0, 1'000'000'000, &bad);
    const auto quota = context.numberOption(QStringLiteral("quota"), 0, 1'000'000'000'000'000, &bad);
    if (bad) {
        return false;
    }
    tier.requestsPerMinute = static_cast<int>(rpm.value_or(tier.requestsPerMinute));
    tier.tokensPerMinute = static_cast<int>(tpm.value_or(tier.tokensPerMinute));
    tier.monthlyQuota = quota.value_or(tier.monthlyQuota);
    if (anySet) {
        *anySet = rpm || tpm || quota;
    }
    return true;
}

bool readPolicy(Context& context, Policy& policy)
{
    QCommandLineParser& args = context.args();
    if (args.isSet(QStringLiteral("allow-scope"))) {
        policy.allowedScopes = context.listOption(QStringLiteral("allow-scope"));
    }
    if (args.isSet(QStringLiteral("allow-model"))) {
        policy.allowedModels = context.listOption(QStringLiteral("allow-model"));
    }
    bool bad = false;
    const auto lifetime = context.numberOption(QStringLiteral("max-lifetime"), 0, 36500, &bad);
    const auto reminder = context.numberOption(QStringLiteral("reminder"), 0, 365, &bad);
    const auto grace = context.numberOption(QStringLiteral("grace"), 0, 365, &bad);
    if (bad) {
        return false;
    }
    policy.maxLifetimeDays = static_cast<int>(lifetime.value_or(policy.maxLifetimeDays));
    policy.reminderDays = static_cast<int>(reminder.value_or(policy.reminderDays));
    policy.graceDays = static_cast<int>(grace.value_or(policy.graceDays));
    return readTier(context, policy.defaultTier);
}

} // namespace kw::cli
