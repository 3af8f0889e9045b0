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
#include <algorithm>
#include <limits>

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
        return makeError(ErrorCode::Invalid, tr("The header has no column '%1'.").arg(column));
    };
    switch (options.format) {
    case KeyImportFormat::Aws:
        if (header.size() != AwsHeader.size()) {
            return makeError(ErrorCode::Invalid,
                             tr("An AWS import file has the header %1.").arg(AwsHeader.join(u',')));
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
                             tr("A hashes file holds no keys; use --format aws or mapped."));
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

namespace {

// Reads at most the limit whatever the source: a file's size says nothing for a pipe, /dev/stdin
// or /dev/zero, so the limit holds on what is read, not on what is announced.
Result<QByteArray> readBounded(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QString tooLarge = tr("%1 is larger than 64 MiB, the most a key import reads; split it. Nothing "
                                "was imported.")
                                 .arg(path);
    if (!file.isSequential() && file.size() > MaxImportBytes) {
        return makeError(ErrorCode::Invalid, tooLarge);
    }
    QByteArray data;
    constexpr qint64 Chunk = 1 << 20;
    for (;;) {
        const qsizetype at = data.size();
        data.resize(at + Chunk);
        const qint64 got = file.read(data.data() + at, Chunk);
        data.resize(at + std::max<qint64>(got, 0));
        if (got < 0) {
            return makeError(ErrorCode::Storage, tr("Cannot read %1: %2").arg(path, file.errorString()));
        }
        if (data.size() > MaxImportBytes) {
            return makeError(ErrorCode::Invalid, tooLarge);
        }
        if (got == 0) {
            return data;
        }
    }
}

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(QByteArrayView text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            more = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2;
            low = c == 0xe0 ? 0xa0 : 0x80;
            high = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            return false;
        }
        if (end - p <= more || p[1] < low || p[1] > high) {
            return false;
        }
        for (int i = 2; i <= more; ++i) {
            if (p[i] < 0x80 || p[i] > 0xbf) {
                return false;
            }
        }
        p += more + 1;
    }
    return true;
}

// The lines (1-based) that are not valid UTF-8. Such a line is refused, never decoded with
// U+FFFD in place of its bytes: two different keys would then hash alike, and neither hash would
// be the one a gateway computes from the real bytes.
QList<int> invalidUtf8Lines(const QByteArray& data)
{
    QList<int> lines;
    if (validUtf8(data)) {
        return lines;
    }
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0) {
            end = data.size();
        }
        if (!validUtf8(QByteArrayView(data).sliced(start, end - start))) {
            lines.append(line);
        }
        start = end + 1;
        ++line;
    }
    return lines;
}

Result<QList<CsvRow>> parseImportData(const QByteArray& data, const QString& path)
{
    Result<QList<CsvRow>> rows = parseCsv(data, QFileInfo(path).fileName());
    if (!rows) {
        return rows;
    }
    if (rows->isEmpty()) {
        return makeError(ErrorCode::Invalid, tr("%1 is empty: it needs a header line.").arg(path));
    }
    return rows;
}

} // namespace

Result<QList<CsvRow>> readImportFile(const QString& path)
{
    Result<QByteArray> data = readBounded(path);
    if (!data) {
        return data.error();
    }
    return parseImportData(*data, path);
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
    Result<QByteArray> data = readBounded(path);
    if (!data) {
        return data.error();
    }
    const QList<int> badText = invalidUtf8Lines(*data);
    Result<QList<CsvRow>> rows = parseImportData(*data, path);
    data->clear();
    if (!rows) {
        return rows.error();
    }
    const QString fileName = QFileInfo(path).fileName();
    Result<QHash<QString, int>> columns = resolveImportColumns(rows->front().fields, options);
    if (!columns) {
        return makeError(ErrorCode::Invalid, fileName + QStringLiteral(":1: ") + columns.error().message);
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
        const int nextRowLine = r + 1 < rows->size() ? rows->at(r + 1).line : std::numeric_limits<int>::max();
        if (std::any_of(badText.begin(), badText.end(),
                        [&](int bad) { return bad >= row.line && bad < nextRowLine; })) {
            refuse(tr("the line is not valid UTF-8 text; a key must be text. Fix the file's encoding."));
            continue;
        }
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
        k.id = importedKeyId(project->id, c.hash);
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
            // As the real run leaves it: a key disabled at its source is imported revoked.
            KeyRecord k = i.key;
            if (i.disabled) {
                k.status = KeyStatus::Revoked;
                k.revokeReason = RevokeReason::Other;
            }
            result.added.append(k);
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
