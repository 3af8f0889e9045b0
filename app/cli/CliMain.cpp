// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliMain.h"

#include "cli/Command.h"
#include "cli/Context.h"
#include "core/AppInfo.h"
#include "core/Tr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <limits>

namespace kw::cli {

namespace {

// Global options that take a value: their value is not a noun or a verb.
const QStringList ValuedGlobals{QStringLiteral("--workspace"), QStringLiteral("--actor")};

// The commands in this binary; the registry's come from the remote part (cli/Remote.h).
QList<Command> localCommands()
{
    return projectCommands() + keyCommands() + auditCommands() + logsCommands() + usageCommands() +
           reportCommands();
}

bool hasNoun(const QList<Command>& commands, const QString& noun)
{
    return std::any_of(commands.begin(), commands.end(), [&](const Command& c) { return c.noun == noun; });
}

void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption(valueOption(QStringLiteral("workspace"),
                                 tr("Workspace file (default: the one in your data directory)."),
                                 tr("FILE")));
    parser.addOption(valueOption(QStringLiteral("actor"),
                                 tr("Administrator name written to the audit trail."), tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Machine-readable JSON output.")));
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
}

// The positional words of the command line, with global options and their values skipped.
QStringList words(const QStringList& args)
{
    QStringList out;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (ValuedGlobals.contains(a)) {
            ++i;
        } else if (!a.startsWith(u'-')) {
            out.append(a);
        }
    }
    return out;
}

// The positional arguments a command's syntax allows: "KEY" one, "[KEY]" at most one, "[KEY...]"
// any number, "FILE..." one or more, none when it names none.
bool positionalCountFits(const QString& syntax, qsizetype given)
{
    qsizetype min = 0;
    qsizetype max = 0;
    for (const QString& word : syntax.split(u' ', Qt::SkipEmptyParts)) {
        const bool variadic = word.contains(QLatin1String("...")) || word.contains(u'…');
        if (!word.startsWith(u'[')) {
            ++min;
        }
        max = variadic ? std::numeric_limits<qsizetype>::max() : max + 1;
    }
    return given >= min && given <= max;
}

QString overview(const QList<Command>& commands, const QString& onlyNoun)
{
    QString text = tr("Usage: keyward [--workspace FILE] [--json] <noun> <verb> [options]\n"
                      "       keyward [--workspace FILE]      (opens the console)\n\nCommands:\n");
    for (const Command& c : commands) {
        if (onlyNoun.isEmpty() || c.noun == onlyNoun) {
            text += QStringLiteral("  %1 %2\n")
                        .arg(c.noun + u' ' + c.verb + u' ' + c.arguments, -34)
                        .arg(c.summary);
        }
    }
    text += tr("\nEach command takes --help. Exit codes: 0 ok, 1 failure, 2 usage error.\n");
    return text;
}

} // namespace

bool wantsCli(int argc, char** argv)
{
    // The console's own options; those with a value skip it. Anything else is a command.
    const auto is = [](const char* a, const char* option) {
        return std::strcmp(a, option) == 0;
    };
    // A workspace file named alone, as a launcher or a double-click passes it (ending in .keyward,
    // or an existing file named by its path), is the console's too.
    const auto isWorkspaceFile = [](const char* a) {
        const std::size_t length = std::strlen(a);
        return (length > 8 && std::strcmp(a + length - 8, ".keyward") == 0) ||
               (std::strchr(a, '/') != nullptr && QFileInfo(QString::fromLocal8Bit(a)).isFile());
    };
    bool file = false;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (is(a, "--workspace") || is(a, "-platform")) {
            ++i;
        } else if (a[0] != '-' && !file && isWorkspaceFile(a)) {
            file = true;
        } else if (!is(a, "--demo") && !is(a, "--new-workspace") &&
                   std::strncmp(a, "--workspace=", 12) != 0) {
            return true;
        }
    }
    return false;
}

int runCli(int& argc, char** argv, RemoteLoader remote)
{
    QCoreApplication app(argc, argv);
    startApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();

    if (args.contains(QStringLiteral("--version"))) {
        out << "keyward " << KEYWARD_VERSION << Qt::endl;
        return ExitOk;
    }
    const QStringList w = words(args);
    QList<Command> commands = localCommands();
    // Any other noun (or none: the overview) may be the registry's: only then is the remote part
    // loaded. Without it the overview still lists the rest, and says why the registry is missing.
    if (w.isEmpty() || !hasNoun(commands, w.at(0))) {
        if (Result<const Remote*> loaded = remote()) {
            commands += (*loaded)->registryCommands();
        } else {
            err << "keyward: " << loaded.error().message << Qt::endl;
            if (!w.isEmpty()) {
                return ExitFailure; // a registry command, or a typo: the installation needs mending first
            }
        }
    }
    const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    if (w.isEmpty()) {
        (help ? out : err) << overview(commands, {});
        return help ? ExitOk : ExitUsage;
    }
    const Command* command = nullptr;
    for (const Command& c : commands) {
        if (w.size() >= 2 && c.noun == w.at(0) && c.verb == w.at(1)) {
            command = &c;
        }
    }
    if (!command) {
        const bool knownNoun = hasNoun(commands, w.at(0));
        if (knownNoun && help) {
            out << overview(commands, w.at(0));
            return ExitOk;
        }
        // Named only when it is made of command-like words: a pasted secret is never echoed.
        const QString typed = w.mid(0, 2).join(u' ');
        static const QRegularExpression wordsOnly(QStringLiteral("^[a-z][a-z-]{0,20}( [a-z][a-z-]{0,20})?$"));
        const QString unknown = wordsOnly.match(typed).hasMatch() ? tr("unknown command '%1'.").arg(typed)
                                                                  : tr("unknown command.");
        if (args.contains(QStringLiteral("--json"))) {
            printError(err, true, ExitUsage, unknown);
        } else {
            err << "keyward: " << unknown << Qt::endl << overview(commands, knownNoun ? w.at(0) : QString());
        }
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    command->setup(parser);
    const bool json = args.contains(QStringLiteral("--json"));
    if (!parser.parse(args)) {
        printError(err, json, ExitUsage, parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the binary's path and misplaces the noun and verb; say it plainly.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        // Qt's own heading, in the language Qt's translation gives it.
        const QString arguments = QCoreApplication::translate("QCommandLineParser", "Arguments:");
        out << tr("Usage: keyward %1 %2 [options]").arg(command->noun, command->verb)
            << (command->arguments.isEmpty() ? QString() : u' ' + command->arguments) << '\n'
            << text.left(text.lastIndexOf(arguments)).trimmed() << '\n';
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments().mid(2);
    if (!positionalCountFits(command->arguments, positional.size())) {
        // The arguments are not repeated: one may be a secret pasted in the wrong place.
        const QString syntax = command->arguments.isEmpty() ? tr("no arguments") : command->arguments;
        printError(err, json, ExitUsage,
                   tr("%1 %2 takes %3; %n argument(s) given.", nullptr, int(positional.size()))
                       .arg(command->noun, command->verb, syntax));
        return ExitUsage;
    }
    Context context(parser, positional, out, err, remote);
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace kw::cli
