// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/KeyImport.h"

#include "core/KeyFormat.h"
#include "core/Lifecycle.h"
#include "core/Time.h"
#include "core/Tr.h"
#include "store/Inventory.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kw {

namespace {

constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;
constexpr int ProgressEvery = 64; // lines between progress calls and cancel checks

const QStringList Fields{QStringLiteral("name"),    QStringLiteral("key"),        QStringLiteral("hash"),
                         QStringLiteral("owner"),   QStringLiteral("env"),        QStringLiteral("notes"),
                         QStringLiteral("enabled"), QStringLiteral("scopes"),     QStringLiteral("models"),
                         QStringLiteral("expires"), QStringLiteral("usage_plans")};

const QStringList AwsHeader{QStringLiteral("Name"), QStringLiteral("Key"), QStringLiteral("Description"),
                            QStringLiteral("Enabled"), QStringLiteral("UsagePlanIds")};

int columnOf(const QStringList& header, const QString& name)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

std::optional<bool> parseEnabled(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")) {
        return true;
    }
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0")) {
        return false;
    }
    return std::nullopt;
}

QStringList splitList(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[;, ]+")), Qt::SkipEmptyParts);
}

// A key that is not in Keyward's format gets a hint made from its hash, never from its text:
// {prefix}_{env}_#{first 6 hex of the SHA-256}. '#' never occurs in a Keyward hint.
QString foreignHint(const QString& prefix, Env env, const QString& hash)
{
    return prefix + u'_' + envName(env) + QStringLiteral("_#") + hash.left(6);
}

struct Checked
{
    QString hash;
    QString hint;
    Env env = Env::Live;
    QString refusal;
};

class LineChecker
{
public:
    LineChecker(const Project& project, const QHash<QString, QString>& prefixes, Env defaultEnv)
        : m_project(project)
        , m_prefixes(prefixes)
        , m_defaultEnv(defaultEnv)
    {}

    Checked fromKey(const QString& text, std::optional<Env> env) const
    {
        Checked c;
        const QString key = text.trimmed();
        if (key.isEmpty()) {
            c.refusal = tr("the key is empty.");
            return c;
        }
        const ParsedKey parsed = parseKey(key);
        const bool knownPrefix = !parsed.prefix.isEmpty() && m_prefixes.contains(parsed.prefix);
        if (knownPrefix || parsed.ok()) {
            // Keyward's own shape: it must be this project's, and whole.
            if (parsed.prefix != m_project.prefix) {
                const QString owner = m_prefixes.value(parsed.prefix);
                c.refusal = owner.isEmpty() ? tr("a Keyward key with the prefix %1, not this project's %2.")
                                                  .arg(parsed.prefix, m_project.prefix)
                                            : tr("a key of project %1 (prefix %2), not of %3.")
                                                  .arg(owner, parsed.prefix, m_project.name);
                return c;
            }
            if (!parsed.ok()) {
                c.refusal = describeParseError(parsed);
                return c;
            }
            c.hash = keyHash(key);
            c.hint = parsed.hint;
            c.env = parsed.env;
            return c;
        }
        c.hash = keyHash(key);
        c.env = env.value_or(m_defaultEnv);
        c.hint = foreignHint(m_project.prefix, c.env, c.hash);
        return c;
    }

    Checked fromHash(const QString& text, std::optional<Env> env) const
    {
        Checked c;
        const QString hash = text.trimmed().toLower();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(hash).hasMatch()) {
            c.refusal = tr("the hash is not 64 hexadecimal characters (a SHA-256).");
            return c;
        }
        c.hash = hash;
        c.env = env.value_or(m_defaultEnv);
        c.hint = foreignHint(m_project.prefix, c.env, c.hash);
        return c;
    }

private:
    const Project& m_project;
    const QHash<QString, QString>& m_prefixes;
    Env m_defaultEnv;
};

QString formatName(KeyImportFormat f)
{
    switch (f) {
    case KeyImportFormat::Aws:
        return QStringLiteral("aws");
    case KeyImportFormat::Mapped:
        return QStringLiteral("mapped");
    case KeyImportFormat::Hashes:
        return QStringLiteral("hashes");
    }
    return {};
}

} // namespace

std::optional<KeyImportFormat> keyImportFormatFromName(QStringView name)
{
    for (const KeyImportFormat f : {KeyImportFormat::Aws, KeyImportFormat::Mapped, KeyImportFormat::Hashes}) {
        if (name == formatName(f)) {
            return f;
        }
    }
    return std::nullopt;
}

Result<QHash<QString, QString>> parseImportMap(const QString& spec)
{
    QHash<QString, QString> map;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString field = part.left(eq).trimmed().toLower();
        const QString column = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (eq < 0 || column.isEmpty() || !Fields.contains(field)) {
            return makeError(ErrorCode::Invalid, tr("--map takes field=Column pairs; fields: %1 (not '%2').")
                                                     .arg(Fields.join(QStringLiteral(", ")), part));
        }
        map.insert(field == QLatin1String("description") ? QStringLiteral("notes") : field, column);
    }
    return map;
}

Result<QHash<QString, int>> resolveImportColumns(const QStringList& header, const KeyImportOptions& options)
{
    QHash<QString, int> columns;
    const auto missing = [](const QString& column) {
        return makeError(ErrorCode::Invalid, tr("line 1: the header has no column '%1'.").arg(column));
    };
    switch (options.format) {
    case KeyImportFormat::Aws:
        if (header.size() != AwsHeader.size()) {
            return makeError(ErrorCode::Invalid,
                             tr("line 1: an AWS import file has the header %1.").arg(AwsHeader.join(u',')));
        }
        for (int i = 0; i < AwsHeader.size(); ++i) {
            if (columnOf(header, AwsHeader.at(i)) < 0) {
                return missing(AwsHeader.at(i));
            }
        }
        columns.insert(QStringLiteral("name"), columnOf(header, QStringLiteral("Name")));
        columns.insert(QStringLiteral("key"), columnOf(header, QStringLiteral("Key")));
        columns.insert(QStringLiteral("notes"), columnOf(header, QStringLiteral("Description")));
        columns.insert(QStringLiteral("enabled"), columnOf(header, QStringLiteral("Enabled")));
        columns.insert(QStringLiteral("usage_plans"), columnOf(header, QStringLiteral("UsagePlanIds")));
        break;
    case KeyImportFormat::Mapped:
        for (auto it = options.map.begin(); it != options.map.end(); ++it) {
            const int c = columnOf(header, it.value());
            if (c < 0) {
                return missing(it.value());
            }
            columns.insert(it.key(), c);
        }
        break;
    case KeyImportFormat::Hashes:
        for (const QString& field : Fields) {
            if (const int c = columnOf(header, field); c >= 0) {
                columns.insert(field, c);
            }
        }
        if (columns.contains(QStringLiteral("key"))) {
            return makeError(ErrorCode::Invalid,
                             tr("line 1: a hashes file holds no keys; use --format aws or mapped."));
        }
        break;
    }
    const bool key = columns.contains(QStringLiteral("key"));
    const bool hash = columns.contains(QStringLiteral("hash"));
    if (key == hash) {
        return makeError(ErrorCode::Invalid,
                         tr("Map exactly one of key= (the keys) or hash= (their SHA-256) to a column."));
    }
    return columns;
}

Result<QList<CsvRow>> readImportFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaxImportBytes) {
        return makeError(ErrorCode::Invalid, tr("%1 is larger than 64 MiB; split it.").arg(path));
    }
    Result<QList<CsvRow>> rows = parseCsv(file.readAll(), QFileInfo(path).fileName());
    if (!rows) {
        return rows;
    }
    if (rows->isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("%1 is empty: it needs a header line.").arg(path));
    }
    return rows;
}

Result<KeyImportResult> importKeys(Inventory& inventory, const QString& path, const KeyImportOptions& options)
{
    Result<Project> project = inventory.project(options.project);
    if (!project) {
        return project.error();
    }
    Result<QList<Project>> all = inventory.projects();
    if (!all) {
        return all.error();
    }
    QHash<QString, QString> prefixes; // prefix -> project name
    for (const Project& p : std::as_const(*all)) {
        prefixes.insert(p.prefix, p.name);
    }
    Result<QList<CsvRow>> rows = readImportFile(path);
    if (!rows) {
        return rows.error();
    }
    const QString fileName = QFileInfo(path).fileName();
    Result<QHash<QString, int>> columns = resolveImportColumns(rows->front().fields, options);
    if (!columns) {
        return makeError(ErrorCode::Invalid, fileName + u':' + columns.error().message);
    }
    const auto cell = [&](const CsvRow& row, const char* field) {
        const int c = columns->value(QLatin1String(field), -1);
        return c < 0 ? QString() : row.fields.at(c).trimmed();
    };
    const LineChecker checker(*project, prefixes, options.defaultEnv);
    const QDateTime now = inventory.now();
    KeyImportResult result;
    QHash<QString, int> seen; // hash -> line
    QList<ImportedKey> items;
    const int lines = int(rows->size() - 1);
    const auto cancelled = [&options] {
        return options.cancel && options.cancel->load();
    };
    const Error cancelError = makeError(ErrorCode::Invalid, tr("Import cancelled; nothing was imported."));
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const CsvRow& row = rows->at(r);
        ++result.rows;
        if (result.rows % ProgressEvery == 0) {
            if (cancelled()) {
                return cancelError;
            }
            if (options.progress) {
                options.progress(KeyImportStage::Checking, result.rows, lines);
            }
        }
        const auto refuse = [&](const QString& why) {
            result.refused.append({row.line, why});
        };
        std::optional<Env> env;
        if (const QString e = cell(row, "env"); !e.isEmpty()) {
            env = envFromName(e.toLower());
            if (!env) {
                refuse(tr("env is '%1'; expected live or test.").arg(e));
                continue;
            }
        }
        const Checked c = columns->contains(QStringLiteral("key")) ? checker.fromKey(cell(row, "key"), env)
                                                                   : checker.fromHash(cell(row, "hash"), env);
        if (!c.refusal.isEmpty()) {
            refuse(c.refusal);
            continue;
        }
        if (const auto dup = seen.constFind(c.hash); dup != seen.constEnd()) {
            refuse(tr("the same key as line %1.").arg(*dup));
            continue;
        }
        seen.insert(c.hash, row.line);
        Result<std::optional<KeyRecord>> existing = inventory.keyByHash(c.hash);
        if (!existing) {
            return existing.error();
        }
        if (*existing) {
            if ((*existing)->projectId == project->id) {
                result.skipped.append({row.line, tr("already in the project as %1.").arg((*existing)->id)});
            } else {
                refuse(tr("this key is already registered in another project (%1).").arg((*existing)->id));
            }
            continue;
        }
        const std::optional<bool> enabled = parseEnabled(cell(row, "enabled"));
        if (!enabled) {
            refuse(tr("Enabled is '%1'; expected true or false.").arg(cell(row, "enabled")));
            continue;
        }
        IssueRequest request;
        request.projectId = project->id;
        request.name = cell(row, "name").isEmpty() ? c.hint : cell(row, "name");
        request.owner = cell(row, "owner");
        request.env = c.env;
        request.scopes = splitList(cell(row, "scopes"));
        request.models = splitList(cell(row, "models"));
        request.notes = cell(row, "notes");
        if (const QString plans = cell(row, "usage_plans"); !plans.isEmpty()) {
            request.notes += (request.notes.isEmpty() ? QString() : QStringLiteral("; ")) +
                             tr("usage plans: %1").arg(plans);
        }
        if (const QString expires = cell(row, "expires"); !expires.isEmpty()) {
            const std::optional<QDateTime> t = parseIsoTime(expires);
            if (!t) {
                refuse(tr("expires is '%1'; expected an ISO 8601 date.").arg(expires));
                continue;
            }
            request.expiresAt = *t;
        }
        Result<IssueRequest> checked = applyPolicy(project->policy, request, now);
        if (!checked) {
            refuse(checked.error().message);
            continue;
        }
        ImportedKey item;
        KeyRecord& k = item.key;
        k.id = newKeyId();
        k.name = checked->name;
        k.owner = checked->owner;
        k.env = checked->env;
        k.hint = c.hint;
        k.hash = c.hash;
        k.scopes = checked->scopes;
        k.models = checked->models;
        k.tier = checked->tier.value_or(RateTier());
        k.expiresAt = checked->expiresAt;
        k.notes = checked->notes;
        item.disabled = !*enabled;
        item.details = {{QStringLiteral("source"), formatName(options.format)},
                        {QStringLiteral("file"), fileName},
                        {QStringLiteral("line"), row.line},
                        {QStringLiteral("given_as"), columns->contains(QStringLiteral("key"))
                                                         ? QStringLiteral("key")
                                                         : QStringLiteral("hash")}};
        items.append(item);
    }
    if (cancelled()) {
        return cancelError;
    }
    if (options.progress) {
        options.progress(KeyImportStage::Checking, lines, lines);
    }
    if (!result.refused.isEmpty()) {
        return result; // all or nothing: one bad line and nothing is added
    }
    if (options.dryRun) {
        for (const ImportedKey& i : std::as_const(items)) {
            result.added.append(i.key);
        }
        return result;
    }
    if (!items.isEmpty()) {
        const int total = int(items.size());
        Result<QList<KeyRecord>> added = inventory.importKeys(*project, items, [&](int written) {
            if (written % ProgressEvery != 0) {
                return true;
            }
            if (options.progress) {
                options.progress(KeyImportStage::Writing, written, total);
            }
            return !cancelled();
        });
        if (!added) {
            return cancelled() ? cancelError : added.error();
        }
        result.added = *added;
    }
    result.committed = true;
    return result;
}

} // namespace kw
