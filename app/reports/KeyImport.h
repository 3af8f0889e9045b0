// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "reports/CsvParser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace kw {

class Inventory;

// docs/reports.md "Key import".
enum class KeyImportFormat
{
    Aws,    // Name,Key,Description,Enabled,UsagePlanIds (API Gateway's import shape)
    Mapped, // any header, with --map field=Column,…
    Hashes, // keys given only as SHA-256: a header naming hash and any other known fields
};
std::optional<KeyImportFormat> keyImportFormatFromName(QStringView name);

enum class KeyImportStage
{
    Checking, // lines checked
    Writing,  // keys written inside the transaction
};

struct KeyImportOptions
{
    QString project; // name or id
    KeyImportFormat format = KeyImportFormat::Aws;
    QHash<QString, QString> map; // field -> column header (mapped)
    Env defaultEnv = Env::Live;  // for keys whose text does not say
    bool dryRun = false;
    // Called every few dozen lines (possibly off the GUI thread): lines checked of all lines, then
    // keys written of all keys.
    std::function<void(KeyImportStage stage, int done, int total)> progress;
    // Set: the import stops and nothing is added (the transaction is rolled back).
    const std::atomic_bool* cancel = nullptr;
};

// A line that was not added, and why; the reason names the line, at most a hint, never a key.
struct ImportLine
{
    int line = 0;
    QString reason;
};

struct KeyImportResult
{
    int rows = 0;
    QList<KeyRecord> added; // what was (or, on a dry run, would be) added
    QList<ImportLine> skipped;
    QList<ImportLine> refused;
    bool committed = false;
};

// field=Column,field=Column; fields: name key hash owner env notes enabled scopes models expires.
Result<QHash<QString, QString>> parseImportMap(const QString& spec);

// The columns each field reads from, resolved against the header (for the GUI's preview too).
Result<QHash<QString, int>> resolveImportColumns(const QStringList& header, const KeyImportOptions& options);

// Reads the file (never writes it), checks every line, and — unless a line is refused or it is a
// dry run — adds the keys in one transaction through Inventory::importKeys.
Result<KeyImportResult> importKeys(Inventory& inventory, const QString& path,
                                   const KeyImportOptions& options);

Result<QList<CsvRow>> readImportFile(const QString& path);

} // namespace kw
