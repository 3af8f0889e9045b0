// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kw::cli {

class Context;

// One `keyward <noun> <verb>`: setup adds its options, run does the work and returns the exit code.
struct Command
{
    QString noun;
    QString verb;
    QString summary;
    QString arguments; // positional syntax for the help text, e.g. "KEY"
    void (*setup)(QCommandLineParser& parser);
    int (*run)(Context& context);
};

QList<Command> projectCommands();
QList<Command> keyCommands();
QList<Command> auditCommands();
QList<Command> logsCommands();
QList<Command> usageCommands();
QList<Command> registryCommands();
QList<Command> gatewayCommands();
QList<Command> reportCommands();
Command keyImportCommand();

// Options several commands share.
void noOptions(QCommandLineParser& parser);
void addTierOptions(QCommandLineParser& parser);
void addPolicyOptions(QCommandLineParser& parser);
QCommandLineOption valueOption(const QString& name, const QString& description, const QString& valueName);

} // namespace kw::cli

namespace kw {
struct Policy;
struct RateTier;
struct KeyFilter;
class Inventory;
} // namespace kw

namespace kw::cli {
// Apply the options that are set onto the given values; false after printing a usage error.
bool readTier(Context& context, RateTier& tier, bool* anySet = nullptr);
bool readPolicy(Context& context, Policy& policy);
// The key list filters (--project --env --state --owner --scope --text), shared with reports.
void addKeyFilterOptions(QCommandLineParser& parser);
bool readKeyFilter(Context& context, KeyFilter& filter);
// Opens the workspace and turns the filter's project name into its id.
Result<Inventory*> openForKeyFilter(Context& context, KeyFilter& filter);
// The audit list filters (--project --key --actor-name --action --since --until, and --limit).
void addAuditFilterOptions(QCommandLineParser& parser);
bool readTimeOption(Context& context, const QString& option, QDateTime& into);
} // namespace kw::cli
