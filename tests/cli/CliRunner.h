// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace kw::test {

struct CliResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real keyward binary on a private workspace, with HOME and XDG dirs in a temp dir so
// settings never leak between tests or into the developer's own.
class CliRunner
{
public:
    CliRunner();
    bool isValid() const { return m_dir.isValid(); }
    QString workspace() const { return m_dir.filePath(QStringLiteral("ws.keyward")); }
    QString dir() const { return m_dir.path(); }
    QString settingsFile() const;
    QProcessEnvironment& environment() { return m_env; }

    // launcher: a program the binary is started through, with its arguments (setpriv …).
    CliResult run(const QStringList& args, const QByteArray& stdinData = {},
                  const QStringList& launcher = {}) const;
    // Runs with --workspace pointing at this runner's workspace.
    CliResult ws(QStringList args, const QByteArray& stdinData = {}) const;

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

// Every row of every table of a workspace, in a stable order: equal snapshots mean nothing changed.
QByteArray snapshot(const QString& workspacePath);
// True when needle occurs in any file under dir (recursively), or in the given extra bytes.
QStringList filesContaining(const QString& dir, const QByteArray& needle);

} // namespace kw::test
