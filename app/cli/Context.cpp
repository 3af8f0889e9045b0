// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Context.h"

#include "core/KeyFormat.h"
#include "core/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::cli {

Context::Context(QCommandLineParser& parser, QStringList positional, QTextStream& out, QTextStream& err,
                 RemoteLoader loader)
    : m_parser(parser)
    , m_positional(std::move(positional))
    , m_out(out)
    , m_err(err)
    , m_remote(loader)
{}

Context::~Context() = default;

bool Context::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

Result<Inventory*> Context::inventory(Workspace::OpenMode mode)
{
    if (!m_inventory) {
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(workspacePath(), mode);
        if (!ws) {
            return ws.error();
        }
        m_workspace = std::move(ws.value());
        m_inventory = std::make_unique<Inventory>(*m_workspace, actor());
    }
    return m_inventory.get();
}

QString Context::workspacePath() const
{
    return m_parser.isSet(QStringLiteral("workspace")) ? m_parser.value(QStringLiteral("workspace"))
                                                       : Workspace::defaultPath();
}

QString Context::actor() const
{
    return resolveActor(m_parser.value(QStringLiteral("actor")));
}

int Context::openForOne(const QString& usageMessage, Inventory** inv)
{
    if (m_positional.size() != 1) {
        return usage(usageMessage);
    }
    Result<Inventory*> opened = inventory(Workspace::OpenMode::OpenExisting);
    if (!opened) {
        return fail(opened.error());
    }
    *inv = *opened;
    return ExitOk;
}

QString Context::stdinLine()
{
    if (!m_stdinLine) {
        QTextStream in(stdin);
        // A key is short: a line longer than this is not one, and must not fill memory.
        m_stdinLine = in.readLine(4096).trimmed();
    }
    return *m_stdinLine;
}

void Context::warnIfSecret(const QString& given)
{
    if (m_warnedSecret || given == QLatin1String("-") || isKeyIdShape(given) || isHintShape(given)) {
        return;
    }
    m_warnedSecret = true;
    const QString warning = tr("a key given as an argument stays in your shell history (and may show in the "
                               "process list). Name it by id or hint, or give - and pipe the key on standard "
                               "input.");
    if (json()) {
        m_err << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("warning"), warning}})
                                       .toJson(QJsonDocument::Compact))
              << Qt::endl;
    } else {
        m_err << "keyward: " << tr("warning: %1").arg(warning) << Qt::endl;
    }
}

Result<KeyRecord> Context::resolveKey(Inventory& inv, const QString& given)
{
    if (given == QLatin1String("-")) {
        const QString secret = stdinLine();
        if (secret.isEmpty()) {
            return makeError(ErrorCode::Invalid, tr("- reads the key from standard input, which was empty."));
        }
        return inv.key(secret);
    }
    warnIfSecret(given);
    return inv.key(given);
}

Result<const Remote*> Context::remote()
{
    return m_remote();
}

void printError(QTextStream& err, bool json, int exit, const QString& message)
{
    if (json) {
        const QJsonObject error{{QStringLiteral("exit"), exit}, {QStringLiteral("message"), message}};
        err << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                                     .toJson(QJsonDocument::Compact))
            << Qt::endl;
        return;
    }
    err << "keyward: " << message << Qt::endl;
    if (exit == ExitUsage) {
        err << tr("Run the command with --help for its options.") << Qt::endl;
    }
}

int Context::fail(const Error& error)
{
    printError(m_err, json(), ExitFailure, error.message);
    return ExitFailure;
}

int Context::usage(const QString& message)
{
    printError(m_err, json(), ExitUsage, message);
    return ExitUsage;
}

void Context::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::note(const QString& message)
{
    if (!json()) {
        m_err << message << Qt::endl;
    }
}

std::optional<qint64> Context::numberOption(const QString& name, qint64 min, qint64 max, bool* bad)
{
    if (!m_parser.isSet(name)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 v = m_parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usage(tr("--%1 takes a whole number from %2 to %3, not '%4'.")
                  .arg(name)
                  .arg(min)
                  .arg(max)
                  .arg(m_parser.value(name)));
        *bad = true;
        return std::nullopt;
    }
    return v;
}

QStringList Context::listOption(const QString& name) const
{
    QStringList out;
    const QStringList values = m_parser.values(name);
    for (const QString& v : values) {
        const QStringList parts = v.split(u',', Qt::SkipEmptyParts);
        for (const QString& p : parts) {
            if (!p.trimmed().isEmpty()) {
                out.append(p.trimmed());
            }
        }
    }
    return out;
}

} // namespace kw::cli
