// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/ImportEngine.h"

#include "core/Sha256.h"
#include "core/Time.h"
#include "core/Tr.h"
#include "store/KeyRepo.h"
#include "store/ProjectRepo.h"
#include "store/Workspace.h"
#include "usage/import/BlockPipeline.h"
#include "usage/import/ChunkParser.h"
#include "usage/import/ContentSource.h"
#include "usage/import/FileIdentity.h"
#include "usage/import/UsageWriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <array>
#include <limits>

namespace kw {

using namespace importfile;

namespace {

constexpr qint64 ProgressIntervalMs = 50;
// Content committed per transaction at least (a cancel or crash loses at most one group:
// docs/design/import-pipeline.md): up to 8 blocks, but an eighth of the file at most, so a smaller file still
// commits (and can be cancelled and resumed) part by part.
constexpr qint64 MaxCommitBytes = 64 << 20;

QString formatText(const Detection& d, const QString& profile)
{
    QString text = logFormatName(d.format).toString();
    if (d.format == LogFormat::JsonLines) {
        text += u':' % dialectName(d.dialect);
    }
    if (!profile.isEmpty()) {
        text += QStringLiteral(" profile:") % profile;
    }
    return text;
}

FileSummary refused(FileSummary s, QString reason)
{
    s.state = FileSummary::State::Refused;
    s.reason = std::move(reason);
    return s;
}

// One import run: the workspace, the project's keys, and the files one after the other.
class Importer
{
public:
    Importer(Workspace& ws, const ImportOptions& options, const ImportHooks& hooks, QThreadPool& parsers)
        : m_ws(ws)
        , m_options(options)
        , m_hooks(hooks)
        , m_parsers(parsers)
        , m_writer(ws)
    {}

    Result<void> prepare();
    FileSummary importFile(const QString& path);
    bool cancelled() const { return m_hooks.cancel && m_hooks.cancel->load(); }

private:
    Result<Detection> detect(const QByteArray& head, const QByteArrayList& lines, FileSummary& summary) const;
    // `withinEarlier`: set when the whole content is a shorter copy of content imported before.
    Result<std::optional<UsageFileRow>> findStored(ContentSource& source, const QByteArray& head,
                                                   bool& withinEarlier);
    // A new file whose lines were all rejected is forgotten (NothingCounted); a resumed one whose
    // new lines were keeps its earlier counts, and says so.
    Result<void> rememberOnlyCounted(FileSummary& summary);
    qint64 earlierFindings(qint64 fileId) const; // finding lines stored for a usage_files row
    // `diskPosition`: the file's bytes consumed (for a plain file, the content committed so far).
    void reportProgress(qint64 diskPosition, bool force);

    Workspace& m_ws;
    const ImportOptions& m_options;
    const ImportHooks& m_hooks;
    QThreadPool& m_parsers;
    UsageWriter m_writer;
    QString m_projectId;
    KeyIndex m_keys;
    FieldMapping m_mapping;
    ImportFormat m_format = ImportFormat::Auto; // --format, or the profile's
    qint64 m_bytesTotal = 0;
    qint64 m_bytesBefore = 0; // on-disk bytes of the files done
    qint64 m_lines = 0;
    QElapsedTimer m_sinceProgress;
};

Result<void> Importer::prepare()
{
    if (Result<void> r = m_writer.status(); !r) {
        return r;
    }
    Result<Project> project = ProjectRepo(m_ws).find(m_options.projectId);
    if (!project) {
        return project.error();
    }
    m_projectId = project->id;

    QString mappingText = m_options.mapping;
    m_format = m_options.format;
    if (!m_options.profile.isEmpty() && mappingText.isEmpty()) {
        mappingText = m_ws.setting(importProfileSetting(m_options.profile));
        // A profile remembers the format it was saved with; --format still overrides it.
        if (m_format == ImportFormat::Auto) {
            const QString saved = m_ws.setting(importProfileSetting(m_options.profile) % u"/format");
            m_format = importFormatFromName(saved).value_or(ImportFormat::Auto);
        }
        if (mappingText.isEmpty()) {
            return makeError(ErrorCode::NotFound,
                             tr("There is no import profile \"%1\"; save one with --map … --profile %1.")
                                 .arg(m_options.profile));
        }
    }
    if (!mappingText.isEmpty()) {
        Result<FieldMapping> mapping = parseMapping(mappingText, FieldMapping{});
        if (!mapping) {
            return mapping.error();
        }
        m_mapping = *mapping;
        if (!m_options.profile.isEmpty() && !m_options.mapping.isEmpty()) {
            if (Result<void> r = m_ws.setSetting(importProfileSetting(m_options.profile), mappingText); !r) {
                return r;
            }
            if (Result<void> r = m_ws.setSetting(importProfileSetting(m_options.profile) % u"/format",
                                                 importFormatName(m_options.format).toString());
                !r) {
                return r;
            }
        }
    }

    if (Result<void> r = loadKeyIndex(m_ws, m_projectId, m_keys); !r) {
        return r;
    }
    for (const QString& file : m_options.files) {
        m_bytesTotal += QFileInfo(file).size();
    }
    m_sinceProgress.start();
    return {};
}

Result<Detection> Importer::detect(const QByteArray& head, const QByteArrayList& lines,
                                   FileSummary& summary) const
{
    if (head.contains('\0')) {
        return makeError(ErrorCode::Invalid, tr("It is a binary file, not a text access log."));
    }
    // With --format a file of over-long lines only is still read: each of them is rejected.
    if (lines.isEmpty() && m_options.format == ImportFormat::Auto) {
        return makeError(ErrorCode::Invalid, tr("It holds no log lines."));
    }
    Detection d = detectFormat(lines);
    if (m_format != ImportFormat::Auto) {
        const LogFormat forced = m_format == ImportFormat::Combined ? LogFormat::Combined
                                 : m_format == ImportFormat::Json   ? LogFormat::JsonLines
                                                                    : LogFormat::Csv;
        if (forced != d.format) {
            d.dialect = JsonDialect::Plain;
        }
        d.format = forced;
        d.explanation = tr("Format given with --format (detection said: %1)").arg(d.explanation);
    }
    if (!m_mapping.describe().isEmpty()) {
        d.explanation += u' ' % tr("Mapping: %1.").arg(m_mapping.describe());
    }
    summary.explanation = d.explanation;
    if (d.format == LogFormat::Unknown) {
        return makeError(ErrorCode::Invalid,
                         tr("It is not an access log Keyward can read. %1").arg(d.explanation));
    }
    return d;
}

// The row of an earlier import of this content: its head matches ours over its head_length, and
// the bytes before its offset match its tail_hash. Rows are tried from the longest import down.
Result<std::optional<UsageFileRow>> Importer::findStored(ContentSource& source, const QByteArray& head,
                                                         bool& withinEarlier)
{
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral("SELECT id, path, format, head_length, head_hash, tail_hash, offset, lines, imported,"
                       " anonymous, rejected, first_at, last_at, prefix_hashes FROM usage_files"
                       " WHERE project_id = ? ORDER BY offset DESC"),
        {m_projectId});
    if (!q) {
        return q.error();
    }
    QList<UsageFileRow> candidates;
    QHash<qint64, QString> headHashes; // per head_length
    while (q->next()) {
        const qint64 headLength = q->value(3).toLongLong();
        if (headLength > head.size()) {
            // Our content is shorter than what that import saw, so `head` is all of it: a copy cut
            // short is that content when it starts the same. Nothing past that import's end: it
            // adds nothing; more (a line finished since): a candidate, checked by its tail below.
            if (!startsAsStored(q->value(13).toString(), head)) {
                continue;
            }
            if (head.size() <= q->value(6).toLongLong()) {
                withinEarlier = true;
                return std::optional<UsageFileRow>();
            }
        } else {
            auto hash = headHashes.constFind(headLength);
            if (hash == headHashes.constEnd()) {
                hash = headHashes.insert(headLength, sha256Hex(QByteArrayView(head).first(headLength)));
            }
            if (*hash != q->value(4).toString()) {
                continue;
            }
        }
        UsageFileRow row;
        row.id = q->value(0).toLongLong();
        row.path = q->value(1).toString();
        row.format = q->value(2).toString();
        row.headLength = headLength;
        row.headHash = q->value(4).toString();
        row.tailHash = q->value(5).toString();
        row.offset = q->value(6).toLongLong();
        row.lines = q->value(7).toLongLong();
        row.imported = q->value(8).toLongLong();
        row.anonymous = q->value(9).toLongLong();
        row.rejected = q->value(10).toLongLong();
        row.firstAt = q->value(11).toLongLong();
        row.lastAt = q->value(12).toLongLong();
        candidates.append(row);
    }
    for (const UsageFileRow& row : std::as_const(candidates)) {
        Result<QByteArray> tail = source.seek(row.offset, TailBytes);
        if (!tail) {
            if (tail.error().code == ErrorCode::NotFound) {
                continue;
            }
            return tail.error();
        }
        if (sha256Hex(*tail) == row.tailHash) {
            return std::optional<UsageFileRow>(row);
        }
    }
    return std::optional<UsageFileRow>();
}

void Importer::reportProgress(qint64 diskPosition, bool force)
{
    if (!m_hooks.progress || (!force && m_sinceProgress.elapsed() < ProgressIntervalMs)) {
        return;
    }
    m_sinceProgress.restart();
    m_hooks.progress(m_bytesBefore + diskPosition, m_bytesTotal, m_lines);
}

qint64 Importer::earlierFindings(qint64 fileId) const
{
    Result<QSqlQuery> q = m_ws.exec(
        QStringLiteral("SELECT coalesce(sum(count), 0) FROM usage_findings WHERE file_id = ?"), {fileId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

Result<void> Importer::rememberOnlyCounted(FileSummary& summary)
{
    if (summary.lines == 0 || summary.imported + summary.anonymous > 0) {
        return {};
    }
    if (summary.state == FileSummary::State::Resumed) {
        summary.reason = tr("None of the %n new line(s) was counted.", nullptr,
                            int(qMin<qint64>(summary.lines, std::numeric_limits<int>::max())));
        return {};
    }
    summary.state = FileSummary::State::NothingCounted;
    summary.reason = tr("No line was counted, so the file is not remembered: import it again with the right "
                        "--format or --map.");
    return m_writer.forget();
}

FileSummary Importer::importFile(const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    FileSummary summary;
    summary.path = path;
    const qint64 diskSize = QFileInfo(path).size();
    const auto finish = [&](FileSummary s) {
        s.elapsedMs = clock.elapsed();
        m_bytesBefore += diskSize;
        return s;
    };
    if (cancelled()) {
        return finish(refused(summary, tr("Cancelled before this file.")));
    }
    Result<std::unique_ptr<ContentSource>> opened = ContentSource::open(path);
    if (!opened) {
        return finish(refused(summary, opened.error().message));
    }
    ContentSource& source = **opened;
    source.setComplete(m_options.complete);
    Result<QByteArray> head = source.head(HeadBytes);
    if (!head) {
        return finish(refused(summary, head.error().message));
    }
    if (head->isEmpty()) {
        summary.state = FileSummary::State::Imported; // an empty log: nothing to count yet
        return finish(summary);
    }
    Result<QByteArrayList> lines = detectionLines(path, *head);
    if (!lines) {
        return finish(refused(summary, lines.error().message));
    }
    Result<Detection> detection = detect(*head, *lines, summary);
    if (!detection) {
        return finish(refused(summary, path % u": " % detection.error().message));
    }
    summary.format = formatText(*detection, m_options.profile);

    bool withinEarlier = false;
    Result<std::optional<UsageFileRow>> stored = findStored(source, *head, withinEarlier);
    if (!stored) {
        return finish(refused(summary, stored.error().message));
    }
    if (withinEarlier) {
        summary.state = FileSummary::State::AlreadyImported;
        return finish(summary);
    }
    UsageFileRow row;
    QByteArray tail;
    if (*stored) {
        row = **stored;
        summary.state = FileSummary::State::Resumed;
        summary.resumedFrom = row.offset;
        Result<QByteArray> before = source.seek(row.offset, TailBytes);
        if (!before) {
            return finish(refused(summary, before.error().message));
        }
        tail = *before;
    } else {
        row.projectId = m_projectId;
        if (Result<QByteArray> start = source.seek(0, 0); !start) {
            return finish(refused(summary, start.error().message));
        }
        summary.state = FileSummary::State::Imported;
    }
    row.projectId = m_projectId;
    row.path = QFileInfo(path).absoluteFilePath();
    row.format = summary.format;
    row.headLength = head->size(); // a grown file's head covers more now
    row.headHash = sha256Hex(*head);
    row.prefixHashes = prefixHashes(*head);
    row.importedAt = QDateTime::currentMSecsSinceEpoch();
    row.importedBy = m_options.actor;
    if (Result<void> r = m_writer.begin(row, path); !r) {
        return finish(refused(summary, r.error().message));
    }

    ParseSetup setup;
    setup.detection = *detection;
    setup.mapping = m_mapping;
    setup.keys = &m_keys;
    ParseSetup primed = setup;
    if (detection->format == LogFormat::Csv) {
        primed.csvHeader = lines->value(0);
    }

    const auto parallel = static_cast<std::size_t>(qMax(1, QThread::idealThreadCount()));
    QString commitError;
    qint64 blocks = 0;
    // Parsed blocks wait here until commitBytes of them are in: each transaction rewrites the
    // B-tree pages it touches (one per key and minute range) into the WAL, so fewer, larger
    // transactions write far less. Only what is committed counts in the summary.
    const qint64 commitBytes = qMin(MaxCommitBytes, diskSize / 8);
    std::vector<ChunkResult> pending;
    qint64 pendingBytes = 0;
    qint64 pendingEnd = 0;
    // Blocks read ahead of the parsing: a parsing task reads its next block itself, so one per
    // thread is enough (one more cost 2-4 % wall on 1 GB, an 8 MiB buffer more to fault in); a gzip
    // file is inflated by this thread alone, one block ahead of the pool (5 % faster than none).
    const std::size_t ahead = source.compressed() ? parallel + 1 : parallel;
    reportProgress(source.diskPosition(), true); // open, its size known, no block read yet
    BlockPipeline pipeline(source, m_parsers, {setup, primed, ahead, TailBytes});
    const auto commitPending = [&]() -> bool {
        if (pending.empty()) {
            return true;
        }
        Result<void> r = m_writer.commit(pending, pendingEnd, sha256Hex(tail));
        if (!r) {
            commitError = r.error().message;
            return false;
        }
        for (const ChunkResult& chunk : pending) {
            ++blocks;
            summary.lines += chunk.lines;
            summary.imported += chunk.imported;
            summary.anonymous += chunk.anonymous;
            summary.rejected += chunk.rejected;
            for (int i = 0; i < RejectReasonCount; ++i) {
                summary.rejectedBy[std::size_t(i)] += chunk.rejectedBy[std::size_t(i)];
            }
            for (const auto& [where, cell] : chunk.findings) {
                summary.findings += cell.count;
            }
            m_lines += chunk.lines;
        }
        summary.bytes += pendingBytes;
        for (ChunkResult& chunk : pending) {
            pipeline.recycle(std::move(chunk.minutes));
        }
        pending.clear();
        pendingBytes = 0;
        // A gzip file's disk position is the best measure there is (a little ahead of the commits).
        reportProgress(source.compressed() ? pipeline.diskPosition() : pendingEnd, false);
        return true;
    };

    // What was parsed before an error of the source (a truncated gzip) still counts; after a
    // cancel or a failed commit the rest is dropped, to be read again the next time.
    while (!cancelled() && commitError.isEmpty()) {
        std::optional<Result<ParsedBlock>> parsed = pipeline.next();
        if (!parsed) {
            break;
        }
        if (!*parsed) { // the block could not be read: what came before it counts, nothing after
            if (commitPending()) {
                commitError = parsed->error().message;
            }
            break;
        }
        ParsedBlock& block = parsed->value();
        tail.append(block.tail);
        tail = tail.right(TailBytes);
        pending.push_back(std::move(block.chunk));
        pendingBytes += block.size;
        pendingEnd = block.end;
        // Near the end of a plain file a group is committed once it is larger than what is left
        // to read, so the groups shrink by halves and the transaction that nothing runs beside
        // (the last one, after the last block is parsed) holds a block or two, not a whole group.
        const qint64 due = source.compressed() ? commitBytes : qMin(commitBytes, diskSize - pendingEnd);
        if (pendingBytes >= due && !commitPending()) {
            break;
        }
    }
    pipeline.stop();
    if (!cancelled() && commitError.isEmpty()) {
        commitPending();
    }
    const QString sourceError = pipeline.sourceError();
    const QString failure = commitError.isEmpty() ? sourceError : commitError;
    reportProgress(source.diskPosition(), true);
    summary.rejectSamples = m_writer.samples();
    if (*stored && blocks == 0 && failure.isEmpty() && !cancelled()) {
        summary.state = FileSummary::State::AlreadyImported;
        summary.earlierFindings = earlierFindings(row.id);
    }
    if (failure.isEmpty() && !cancelled()) {
        summary.heldBackBytes = source.pendingBytes();
        if (Result<void> r = rememberOnlyCounted(summary); !r) {
            return finish(refused(summary, r.error().message));
        }
    }
    if (!failure.isEmpty()) {
        if (blocks == 0 && !*stored) {
            return finish(refused(summary, failure));
        }
        summary.reason = failure % u' ' % tr("Lines before that point were imported.");
    } else if (cancelled()) {
        summary.reason = tr("Cancelled: the rest is imported the next time this file is imported.");
    }
    return finish(summary);
}

} // namespace

Result<void> loadKeyIndex(Workspace& ws, const QString& projectId, KeyIndex& keys)
{
    KeyFilter filter;
    filter.projectId = projectId;
    return KeyRepo(ws).scan(filter, [&keys](KeyRecord&& key) {
        keys.add(key);
        return true;
    });
}

QString importProfileSetting(const QString& name)
{
    return QStringLiteral("import_profile/") % name;
}

Result<QList<FileSummary>> runImport(const QString& workspacePath, const ImportOptions& options,
                                     const ImportHooks& hooks)
{
    // Parsing threads kept for the whole run: a thread per block would be created and torn down a
    // hundred times a gigabyte, each exit releasing its stack (a TLB flush on every core). One of
    // them gets ready while this thread opens the workspace (the first secret's hash would
    // otherwise set libcrypto up in the middle of the first blocks, the other parser waiting).
    QThreadPool parsers;
    parsers.start(&prepareSecretHashing);
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting);
    if (!ws) {
        return ws.error();
    }
    QList<FileSummary> summaries;
    {
        Importer importer(**ws, options, hooks, parsers);
        if (Result<void> r = importer.prepare(); !r) {
            return r.error();
        }
        for (const QString& path : options.files) {
            if (hooks.fileStarted) {
                hooks.fileStarted(path);
            }
            summaries.append(importer.importFile(path));
        }
    }
    return summaries;
}

} // namespace kw
