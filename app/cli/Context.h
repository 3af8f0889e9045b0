// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Remote.h"
#include "core/Result.h"
#include "store/Inventory.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>
#include <memory>
#include <optional>

namespace kw::cli {

enum Exit
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// An error as the user sees it: `keyward: message` on stderr, or under --json one JSON object
// {"error": {"exit": N, "message": "…"}} on stderr (stdout keeps only a command's data).
void printError(QTextStream& err, bool json, int exit, const QString& message);

// What every command gets: its parsed arguments, the workspace (opened on first use) and the
// two output streams. Secrets go to out only, and only where a command says so.
class Context final
{
    Q_DISABLE_COPY_MOVE(Context)

public:
    Context(QCommandLineParser& parser, QStringList positional, QTextStream& out, QTextStream& err,
            RemoteLoader loader);
    ~Context();

    QCommandLineParser& args() { return m_parser; }
    const QStringList& positional() const { return m_positional; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool json() const;

    // Opens the workspace named by --workspace, or the default one.
    Result<Inventory*> inventory(Workspace::OpenMode mode = Workspace::OpenMode::OpenOrCreate);
    // For commands that open the workspace on a thread of their own (logs import): its path, and
    // who is acting (--actor, KEYWARD_ACTOR or the account), without opening it here.
    QString workspacePath() const;
    QString actor() const;

    // For commands on one named thing: exactly one positional argument, and an existing
    // workspace. Returns 0, or the exit code after reporting why not.
    int openForOne(const QString& usageMessage, Inventory** inventory);

    // A KEY as the administrator named it: a key id, a hint, the secret itself (found by its
    // hash, never repeated), or `-` for the secret on standard input. A secret on the command
    // line gets a warning on stderr: it stays in the shell's history.
    Result<KeyRecord> resolveKey(Inventory& inventory, const QString& given);
    // The first line of standard input, trimmed (read once: `-` may be named only once).
    QString stdinLine();
    // The warning for a secret given as an argument, when `given` is not an id or a hint.
    void warnIfSecret(const QString& given);

    // The OS keychain and the registry client (cli/Remote.h), loaded on first use.
    Result<const Remote*> remote();

    int fail(const Error& error);
    int usage(const QString& message);
    void printJson(const QJsonValue& value);
    void note(const QString& message); // human feedback on stderr, silent under --json

    // Typed option readers: nullopt when absent, an error message already printed on bad input.
    std::optional<qint64> numberOption(const QString& name, qint64 min, qint64 max, bool* bad);
    QStringList listOption(const QString& name) const;

private:
    QCommandLineParser& m_parser;
    QStringList m_positional;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Inventory> m_inventory;
    const RemoteLoader m_remote;
    std::optional<QString> m_stdinLine;
    bool m_warnedSecret = false;
};

} // namespace kw::cli
