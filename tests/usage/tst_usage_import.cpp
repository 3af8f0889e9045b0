// SPDX-License-Identifier: GPL-3.0-or-later
// The import job on real workspace files: golden counts, idempotence, resume, rotation, gzip,
// refusal, cancel, and no plaintext key anywhere in the workspace.
#include "CliRunner.h"
#include "InventoryFixture.h"
#include "usage/import/ImportEngine.h"
#include "usage/import/ImportJob.h"
#include "usage/import/UsageWriter.h"

#include <QSignalSpy>
#include <QTest>
#include <zlib.h>

using namespace kw;
using namespace kw::test;

namespace {

// 2026-01-01T00:00:00Z
constexpr qint64 BaseMs = 1767225600000;

QByteArray clfTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
               .toString(QStringLiteral("dd/MMM/yyyy:HH:mm:ss"))
               .toLatin1() +
           " +0000";
}

// Ten lines of every kind, `round` shifting their times by ten minutes: 4 valid (id, hint, Bearer
// secret, api_key= secret), one 401 with the id, one keyless 401, one 429 with the id, one anonymous,
// one unresolved id (valid, key ''), one bad line.
QByteArray round(int round, const Issued& key)
{
    QByteArray out;
    const QByteArray id = key.key.id.toLatin1();
    const QByteArray hint = key.key.hint.toLatin1();
    const QByteArray secret = key.secret.toLatin1();
    const auto line = [&](int i, const QByteArray& user, const QByteArray& target, int status,
                          const QByteArray& extra) {
        const qint64 t = BaseMs + qint64(round) * 600'000 + i * 1000;
        out += "10.0.0." + QByteArray::number(i) + " - " + user + " [" + clfTime(t) + "] \"GET " + target +
               " HTTP/1.1\" " + QByteArray::number(status) + " 12 \"-\" \"curl/8.0\"" + extra + '\n';
    };
    line(1, "-", "/v1/chat", 200, " \"" + id + "\"");
    line(2, hint, "/v1/chat", 200, "");
    line(3, "-", "/v1/chat", 200, " \"Bearer " + secret + "\"");
    line(4, "-", "/v1/models?api_key=" + secret, 200, "");
    line(5, "-", "/v1/chat", 401, " \"" + id + "\"");
    line(6, "-", "/v1/chat", 401, "");
    line(7, "-", "/v1/chat", 429, " \"" + id + "\"");
    line(8, "-", "/healthz", 200, "");
    line(9, "-", "/v1/chat", 200, " \"key_ZZZZZZZZZZZZZZZZ\"");
    out += "this is not a log line\n";
    return out;
}

void write(const QString& path, const QByteArray& bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    QVERIFY(f.open(mode));
    QCOMPARE(f.write(bytes), bytes.size());
}

void writeGzip(const QString& path, const QByteArray& bytes, int members = 1)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(gz);
    const qsizetype part = bytes.size() / members;
    for (int m = 0; m < members; ++m) {
        const qsizetype from = m * part;
        const qsizetype length = m == members - 1 ? bytes.size() - from : part;
        QCOMPARE(gzwrite(gz, bytes.constData() + from, unsigned(length)), int(length));
        if (m < members - 1) {
            QCOMPARE(gzclose(gz), Z_OK); // a new member, as `cat a.gz b.gz` makes
            gz = gzopen(QFile::encodeName(path).constData(), "ab");
        }
    }
    QCOMPARE(gzclose(gz), Z_OK);
}

// usage_minutes as text, for comparing two workspaces.
QString minutes(const QString& path)
{
    RawDb raw(path);
    QSqlQuery q(raw.db());
    // Each fresh workspace issues its own key: compare "a key" with "none".
    q.exec(QStringLiteral("SELECT CASE key_id WHEN '' THEN '-' ELSE 'key' END, minute, outcome, count"
                          " FROM usage_minutes ORDER BY 1, 2, 3"));
    QStringList rows;
    while (q.next()) {
        rows.append(q.value(0).toString() % u' ' % q.value(1).toString() % u' ' % q.value(2).toString() %
                    u'=' % q.value(3).toString());
    }
    return rows.join(u'\n');
}

qint64 scalar(const QString& path, const QString& sql)
{
    RawDb raw(path);
    return raw.scalar(sql).toLongLong();
}

} // namespace

class TestUsageImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryFixture> m_fx;
    Issued m_key;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // A fresh workspace with project "chat-api" and one issued key.
    void fresh()
    {
        m_fx = std::make_unique<InventoryFixture>();
        QCOMPARE(m_fx->open(), QString());
        QVERIFY(m_fx->project(QStringLiteral("chat-api"), QStringLiteral("chat")));
        Result<Issued> key = m_fx->issue(QStringLiteral("chat-api"), QStringLiteral("gateway"));
        QVERIFY(key);
        m_key = *key;
    }

    // Forgets every import but keeps the key, for comparing two ways of importing the same lines.
    void clearUsage()
    {
        RawDb raw(m_fx->path());
        for (const char* sql :
             {"DELETE FROM usage_findings", "DELETE FROM usage_rejections", "DELETE FROM usage_minutes",
              "DELETE FROM usage_files", "UPDATE keys SET last_used_at = 0"}) {
            QSqlQuery q(raw.db());
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
    }

    QList<FileSummary> import(const QStringList& files, ImportFormat format = ImportFormat::Auto)
    {
        ImportOptions o;
        o.projectId = QStringLiteral("chat-api");
        o.files = files;
        o.format = format;
        o.actor = QStringLiteral("alice");
        Result<QList<FileSummary>> r = ImportJob::runSync(m_fx->path(), o);
        if (!r) {
            qWarning() << r.error().message;
            return {};
        }
        return *r;
    }

    QByteArray rounds(int from, int to) const
    {
        QByteArray out;
        for (int i = from; i < to; ++i) {
            out += round(i, m_key);
        }
        return out;
    }

    // `parts` chunks of four rounds each, parsed as the import parses its blocks.
    std::vector<ChunkResult> parsedChunks(int parts) const
    {
        KeyIndex index;
        index.add(m_key.key);
        ParseSetup setup;
        setup.detection.format = LogFormat::Combined;
        setup.keys = &index;
        std::vector<ChunkResult> chunks;
        for (int part = 0; part < parts; ++part) {
            const QByteArray lines = rounds(part * 4, part * 4 + 4);
            chunks.push_back(parseChunk(lines.constData(), lines.size(), setup));
        }
        return chunks;
    }

    // A new file's row for UsageWriter::begin(), in the key's project.
    UsageFileRow accessLogRow() const
    {
        UsageFileRow row;
        row.projectId = m_key.key.projectId;
        row.path = QStringLiteral("/logs/access.log");
        return row;
    }

private Q_SLOTS:
    void goldenCounts()
    {
        fresh();
        write(file(QStringLiteral("a.log")), rounds(0, 3));
        const QList<FileSummary> s = import({file(QStringLiteral("a.log"))});
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].state, FileSummary::State::Imported);
        QCOMPARE(s[0].format, QStringLiteral("combined"));
        QCOMPARE(s[0].lines, 30);
        QCOMPARE(s[0].imported, 24);
        QCOMPARE(s[0].anonymous, 3);
        QCOMPARE(s[0].rejected, 3);
        QCOMPARE(s[0].rejectedBy[std::size_t(RejectReason::BadTime)], 3);
        QCOMPARE(s[0].rejectSamples.first(),
                 file(QStringLiteral("a.log")) + QStringLiteral(":10: missing or unreadable time"));
        const QString ws = m_fx->path();
        const QString key = m_key.key.id;
        QCOMPARE(scalar(ws, QStringLiteral(
                                "SELECT sum(count) FROM usage_minutes WHERE outcome = 0 AND key_id = '%1'")
                                .arg(key)),
                 12);
        QCOMPARE(scalar(ws, QStringLiteral(
                                "SELECT sum(count) FROM usage_minutes WHERE outcome = 0 AND key_id = ''")),
                 3);
        QCOMPARE(scalar(ws, QStringLiteral(
                                "SELECT sum(count) FROM usage_minutes WHERE outcome = 1 AND key_id = '%1'")
                                .arg(key)),
                 3);
        QCOMPARE(scalar(ws, QStringLiteral(
                                "SELECT sum(count) FROM usage_minutes WHERE outcome = 1 AND key_id = ''")),
                 3);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT sum(count) FROM usage_minutes WHERE outcome = 4")), 3);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT anonymous FROM usage_files")), 3);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count FROM usage_rejections WHERE reason = 'bad_time'")),
                 3);
        // Lines 3 and 4 of each round hold the secret: one finding row, first line 3, count 6.
        QCOMPARE(scalar(ws, QStringLiteral("SELECT line FROM usage_findings WHERE kind = 'plaintext_key'")),
                 3);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count FROM usage_findings WHERE kind = 'plaintext_key'")),
                 6);
        // The latest valid use: round 2, line 4.
        QCOMPARE(scalar(ws, QStringLiteral("SELECT last_used_at FROM keys WHERE id = '%1'").arg(key)),
                 BaseMs + 2 * 600'000 + 4000);
    }

    void reimportAddsNothing()
    {
        fresh();
        write(file(QStringLiteral("b.log")), rounds(0, 2));
        QCOMPARE(import({file(QStringLiteral("b.log"))}).value(0).state, FileSummary::State::Imported);
        const QByteArray before = snapshot(m_fx->path());
        const QList<FileSummary> again = import({file(QStringLiteral("b.log"))});
        QCOMPARE(again.value(0).state, FileSummary::State::AlreadyImported);
        QCOMPARE(again.value(0).lines, 0);
        QCOMPARE(snapshot(m_fx->path()), before);
    }

    void resumeAfterAppendEqualsOneImport()
    {
        fresh();
        write(file(QStringLiteral("whole.log")), rounds(0, 6));
        import({file(QStringLiteral("whole.log"))});
        const QString whole = minutes(m_fx->path());

        clearUsage();
        write(file(QStringLiteral("grow.log")), rounds(0, 2));
        import({file(QStringLiteral("grow.log"))});
        write(file(QStringLiteral("grow.log")), rounds(2, 6), QIODevice::Append);
        const QList<FileSummary> s = import({file(QStringLiteral("grow.log"))});
        QCOMPARE(s.value(0).state, FileSummary::State::Resumed);
        QCOMPARE(s.value(0).resumedFrom, rounds(0, 2).size());
        QCOMPARE(s.value(0).lines, 40);
        // Sample line numbers continue the file's numbering.
        QVERIFY(
            s.value(0).rejectSamples.value(0).endsWith(QStringLiteral(":30: missing or unreadable time")));
        QCOMPARE(minutes(m_fx->path()), whole);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT count(*) FROM usage_files")), 1);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT lines FROM usage_files")), 60);
    }

    void shortFirstImportStillMatches()
    {
        // The first import saw 1 line, so head_length is tiny; the grown file's head is longer.
        fresh();
        const QByteArray all = rounds(0, 3);
        const qsizetype firstLine = all.indexOf('\n') + 1;
        write(file(QStringLiteral("short.log")), all.left(firstLine));
        import({file(QStringLiteral("short.log"))});
        write(file(QStringLiteral("short.log")), all.mid(firstLine), QIODevice::Append);
        QCOMPARE(import({file(QStringLiteral("short.log"))}).value(0).state, FileSummary::State::Resumed);
        const QString resumed = minutes(m_fx->path());
        clearUsage();
        write(file(QStringLiteral("short2.log")), all);
        import({file(QStringLiteral("short2.log"))});
        QCOMPARE(resumed, minutes(m_fx->path()));
    }

    // A copy shorter than the head an earlier import hashed (a download of a rotated log cut short)
    // is still that content: it adds nothing. Other content of the same length is imported.
    void truncatedShorterCopyAddsNothing()
    {
        fresh();
        const QByteArray all = rounds(0, 200);
        QVERIFY(all.size() > 128 * 1024); // longer than the 64 KiB head
        write(file(QStringLiteral("access.log")), all);
        QCOMPARE(import({file(QStringLiteral("access.log"))}).value(0).state, FileSummary::State::Imported);
        const QString once = minutes(m_fx->path());
        const qint64 files = scalar(m_fx->path(), QStringLiteral("SELECT count(*) FROM usage_files"));

        const QByteArray cut = all.left(all.indexOf('\n', 30 * 1024) + 1);
        write(file(QStringLiteral("cut.log")), cut);
        writeGzip(file(QStringLiteral("cut2.log.gz")), all.left(all.indexOf('\n', 5 * 1024) + 1));
        const QList<FileSummary> s =
            import({file(QStringLiteral("cut.log")), file(QStringLiteral("cut2.log.gz"))});
        QCOMPARE(s.value(0).state, FileSummary::State::AlreadyImported);
        QCOMPARE(s.value(1).state, FileSummary::State::AlreadyImported);
        QCOMPARE(minutes(m_fx->path()), once);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT count(*) FROM usage_files")), files);

        // The same length of other lines (ten minutes later): new content, counted.
        const QByteArray other = rounds(1, 201);
        write(file(QStringLiteral("other.log")), other.left(other.indexOf('\n', 30 * 1024) + 1));
        QCOMPARE(import({file(QStringLiteral("other.log"))}).value(0).state, FileSummary::State::Imported);
        QVERIFY(minutes(m_fx->path()) != once);
    }

    // A file whose head was cut by an unfinished last line: a shorter copy that finishes the line
    // goes past that import's end, so it resumes there and counts the line.
    void shorterCopyPastTheEndResumes()
    {
        fresh();
        const QByteArray lines = rounds(0, 80).left(rounds(0, 80).indexOf('\n', 50 * 1024) + 1);
        const QByteArray last = round(80, m_key).left(round(80, m_key).indexOf('\n') + 1);
        QByteArray unfinished = last.left(last.size() - 1) + QByteArray(20 * 1024, ' '); // no '\n' yet
        write(file(QStringLiteral("growing.log")), lines + unfinished);
        QCOMPARE(import({file(QStringLiteral("growing.log"))}).value(0).state, FileSummary::State::Imported);
        const qint64 before = scalar(m_fx->path(), QStringLiteral("SELECT imported FROM usage_files"));

        write(file(QStringLiteral("copy.log")), lines + last); // shorter than the 64 KiB head seen
        const FileSummary s = import({file(QStringLiteral("copy.log"))}).value(0);
        QCOMPARE(s.state, FileSummary::State::Resumed);
        QCOMPARE(s.lines, 1);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT imported FROM usage_files")), before + 1);
    }

    void rotatedAndGzippedIsRecognised()
    {
        fresh();
        const QByteArray content = rounds(0, 4);
        write(file(QStringLiteral("access.log")), content);
        import({file(QStringLiteral("access.log"))});
        const QString once = minutes(m_fx->path());
        writeGzip(file(QStringLiteral("access.log.1.gz")), content, 2);
        QCOMPARE(import({file(QStringLiteral("access.log.1.gz"))}).value(0).state,
                 FileSummary::State::AlreadyImported);
        QCOMPARE(minutes(m_fx->path()), once);
        // Rotated after more lines were written: only those are added.
        writeGzip(file(QStringLiteral("access.log.2.gz")), content + round(4, m_key));
        const QList<FileSummary> s = import({file(QStringLiteral("access.log.2.gz"))});
        QCOMPARE(s.value(0).state, FileSummary::State::Resumed);
        QCOMPARE(s.value(0).lines, 10);
    }

    void gzipEqualsPlain()
    {
        fresh();
        writeGzip(file(QStringLiteral("fresh.log.gz")), rounds(0, 5), 3);
        const QList<FileSummary> s = import({file(QStringLiteral("fresh.log.gz"))});
        QCOMPARE(s.value(0).state, FileSummary::State::Imported);
        QCOMPARE(s.value(0).lines, 50);
        const QString gz = minutes(m_fx->path());
        clearUsage();
        write(file(QStringLiteral("fresh.log")), rounds(0, 5));
        import({file(QStringLiteral("fresh.log"))});
        QCOMPARE(gz, minutes(m_fx->path()));
    }

    // An unordered log: every minute comes back later in the block, so the block has two rows for
    // each (key, minute), and an hour row holds two entries for it; readers add them up.
    void unorderedLogEqualsOrdered()
    {
        fresh();
        const QByteArray ordered = rounds(0, 40);
        write(file(QStringLiteral("ordered.log")), ordered);
        QCOMPARE(import({file(QStringLiteral("ordered.log"))}).value(0).lines, 400);
        const QString once = minutes(m_fx->path());
        QVERIFY(scalar(m_fx->path(),
                       QStringLiteral(
                           "SELECT count(*) FROM (SELECT DISTINCT key_id, minute FROM usage_minutes)")) > 40);
        clearUsage();
        QByteArray firstHalves;
        QByteArray secondHalves;
        const QList<QByteArray> lines = ordered.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            (i % 10 < 5 ? firstHalves : secondHalves) += lines.at(i) + '\n';
        }
        write(file(QStringLiteral("unordered.log")), firstHalves + secondHalves);
        QCOMPARE(import({file(QStringLiteral("unordered.log"))}).value(0).lines, 400);
        QCOMPARE(minutes(m_fx->path()), once);
    }

    void truncatedGzipIsAnError()
    {
        fresh();
        writeGzip(file(QStringLiteral("whole.gz")), rounds(0, 50));
        const QByteArray gz = [&] {
            QFile f(file(QStringLiteral("whole.gz")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        write(file(QStringLiteral("cut.gz")), gz.left(gz.size() / 2));
        const QList<FileSummary> s = import({file(QStringLiteral("cut.gz"))});
        QVERIFY2(s.value(0).reason.contains(QStringLiteral("truncated gzip")), qPrintable(s.value(0).reason));
        // What came before the cut is kept and consistent with the file row: nothing counted twice.
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT sum(count) FROM usage_minutes")),
                 scalar(m_fx->path(), QStringLiteral("SELECT imported FROM usage_files")));
        // The whole file later resumes where the cut one stopped.
        const QList<FileSummary> whole = import({file(QStringLiteral("whole.gz"))});
        QCOMPARE(whole.value(0).state, FileSummary::State::Resumed);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT lines FROM usage_files")), 500);
    }

    void notALogIsRefusedOthersImport()
    {
        fresh();
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i) {
            garbage[i] = char((i * 7919) & 0xff);
        }
        write(file(QStringLiteral("garbage.bin")), garbage);
        write(file(QStringLiteral("prose.txt")), "Dear diary,\ntoday I imported nothing.\nThe end.\n");
        write(file(QStringLiteral("ok.log")), rounds(0, 1));
        const QList<FileSummary> s =
            import({file(QStringLiteral("garbage.bin")), file(QStringLiteral("prose.txt")),
                    file(QStringLiteral("ok.log"))});
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0].state, FileSummary::State::Refused);
        QVERIFY(s[0].reason.contains(QStringLiteral("binary")));
        QCOMPARE(s[1].state, FileSummary::State::Refused);
        QVERIFY(s[1].reason.contains(QStringLiteral("not an access log")));
        QCOMPARE(s[2].state, FileSummary::State::Imported);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT count(*) FROM usage_files")), 1);
    }

    void hugeLineIsRejectedNotFatal()
    {
        // A 10 MB line (longer than a block) between good ones, in a plain file and a gzip one.
        fresh();
        const QByteArray content =
            round(0, m_key) + QByteArray(10 * 1024 * 1024, 'x') + '\n' + round(1, m_key);
        write(file(QStringLiteral("huge.log")), content);
        writeGzip(file(QStringLiteral("huge2.log.gz")),
                  round(5, m_key) + QByteArray(10 * 1024 * 1024, 'y') + '\n');
        const QList<FileSummary> s =
            import({file(QStringLiteral("huge.log")), file(QStringLiteral("huge2.log.gz"))});
        QCOMPARE(s.value(0).state, FileSummary::State::Imported);
        QCOMPARE(s.value(0).lines, 21);
        QCOMPARE(s.value(0).rejectedBy[std::size_t(RejectReason::TooLong)], 1);
        QCOMPARE(s.value(0).imported, 16);
        QCOMPARE(s.value(1).lines, 11);
        QCOMPARE(s.value(1).rejectedBy[std::size_t(RejectReason::TooLong)], 1);
    }

    void cancelThenReimportEqualsOneImport()
    {
        // Big enough for several 8 MiB blocks.
        fresh();
        QByteArray big;
        for (int i = 0; big.size() < 40 * 1024 * 1024; ++i) {
            big += round(i, m_key);
        }
        write(file(QStringLiteral("big.log")), big);
        ImportOptions o;
        o.projectId = QStringLiteral("chat-api");
        o.files = {file(QStringLiteral("big.log"))};
        ImportJob job(m_fx->path(), o);
        QSignalSpy finished(&job, &ImportJob::finished);
        connect(&job, &ImportJob::progress, &job, &ImportJob::cancel);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(120'000));
        QVERIFY(job.isCancelled());
        const QList<FileSummary> first = job.summaries();
        QVERIFY2(first.value(0).lines < 400'000, "cancelled before the end");
        QVERIFY(first.value(0).reason.contains(QStringLiteral("Cancelled")));
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT sum(count) FROM usage_minutes")),
                 scalar(m_fx->path(), QStringLiteral("SELECT imported FROM usage_files")));
        QCOMPARE(import(o.files).value(0).state,
                 first.value(0).lines > 0 ? FileSummary::State::Resumed : FileSummary::State::Imported);
        const QString resumed = minutes(m_fx->path());
        const qint64 lines = scalar(m_fx->path(), QStringLiteral("SELECT lines FROM usage_files"));
        QCOMPARE(lines, qint64(big.count('\n')));

        clearUsage();
        import(o.files);
        QCOMPARE(minutes(m_fx->path()), resumed);
    }

    // A large file commits several parsed blocks per transaction; the workspace must be what one
    // transaction per block gives: counts, totals, absolute sample and finding lines.
    void severalChunksPerTransactionEqualOneEach()
    {
        QString workspaces[2];
        QStringList files[2];
        for (int way = 0; way < 2; ++way) {
            fresh();
            const std::vector<ChunkResult> chunks = parsedChunks(3);
            UsageWriter writer(m_fx->ws());
            QVERIFY(writer.begin(accessLogRow(), QStringLiteral("access.log")));
            if (way == 0) {
                QVERIFY(writer.commit(chunks, 3000, QStringLiteral("tail")));
            } else {
                for (std::size_t i = 0; i < chunks.size(); ++i) {
                    QVERIFY(writer.commit(std::span(chunks).subspan(i, 1), 1000 * qint64(i + 1),
                                          QStringLiteral("tail")));
                }
            }
            QCOMPARE(writer.row().lines, qint64(120));
            workspaces[way] = minutes(m_fx->path());
            RawDb raw(m_fx->path());
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT 'file', offset, lines, imported, anonymous, rejected, first_at, last_at FROM "
                "usage_files"
                " UNION ALL SELECT 'rejection', reason, count, samples, 0, 0, 0, 0 FROM usage_rejections"
                " UNION ALL SELECT 'finding', kind, line, count, at, 0, 0, 0 FROM usage_findings"
                " UNION ALL SELECT 'key', last_used_at, 0, 0, 0, 0, 0, 0 FROM keys"
                " ORDER BY 1, 2, 3")));
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < 8; ++c) {
                    cells.append(q.value(c).toString());
                }
                files[way].append(cells.join(u' '));
            }
        }
        QVERIFY(!workspaces[0].isEmpty());
        QCOMPARE(workspaces[0], workspaces[1]);
        QCOMPARE(files[0].size(), 4); // the file, one rejection reason, one finding kind, the key
        QVERIFY2(!files[0].contains(QStringLiteral("key 0 0 0 0 0 0 0")), "the key's last use was written");
        // The fifth sample is the second chunk's first bad line: numbered from the file's start.
        QVERIFY2(files[0].join(u'\n').contains(QStringLiteral("access.log:50:")),
                 qPrintable(files[0].join(u'\n')));
        QCOMPARE(files[0], files[1]);
    }

    // A commit that fails is rolled back whole: the writer's row and its reject samples (which an
    // import's summary shows) are as they were before it, not counting lines that were not stored.
    void failedCommitForgetsItsSamples()
    {
        fresh();
        const std::vector<ChunkResult> chunks = parsedChunks(2);
        UsageWriter writer(m_fx->ws());
        QVERIFY(writer.begin(accessLogRow(), QStringLiteral("access.log")));
        QVERIFY(writer.commit(std::span(chunks).first(1), 1000, QStringLiteral("tail")));
        const QStringList committed = writer.samples();
        QCOMPARE(committed.size(), 4); // a bad line in each round
        {
            RawDb raw(m_fx->path());
            QCOMPARE(raw.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON usage_files"
                                             " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
                     QString());
        }
        const Result<void> failed = writer.commit(std::span(chunks).subspan(1), 2000, QStringLiteral("tail"));
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("refused by the test")),
                 qPrintable(failed.error().message));
        QCOMPARE(writer.row().lines, qint64(40));
        QCOMPARE(writer.samples(), committed);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT lines FROM usage_files")), qint64(40));
    }

    // The file shrinks under the import (rotated by copy-and-truncate, say): the blocks read before
    // count, the error names the file, and importing the whole file again resumes where it stopped.
    void fileShrinkingDuringImportResumes()
    {
        fresh();
        QByteArray big;
        for (int i = 0; big.size() < 40 * 1024 * 1024; ++i) {
            big += round(i, m_key);
        }
        const QString path = file(QStringLiteral("shrinks.log"));
        write(path, big);
        ImportOptions o;
        o.projectId = QStringLiteral("chat-api");
        o.files = {path};
        // Cut to 10 MiB at the first progress report — the file is open, its blocks not read yet —
        // on the import's own thread: the first 8 MiB block is read whole, the next one finds the
        // file shorter. (Cut through ImportJob's queued signal, an optimised build had read
        // everything before the cut.)
        bool cut = false;
        ImportHooks hooks;
        hooks.progress = [&](qint64, qint64, qint64) {
            if (!cut) {
                cut = QFile::resize(path, 10 * 1024 * 1024);
            }
        };
        const Result<QList<FileSummary>> run = runImport(m_fx->path(), o, hooks);
        QVERIFY(run);
        QVERIFY(cut);
        const FileSummary first = run->value(0);
        QVERIFY2(first.reason.contains(QStringLiteral("shorter")) && first.reason.contains(path),
                 qPrintable(first.reason));
        QVERIFY(first.lines > 0);
        QVERIFY(first.lines < big.count('\n'));
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT sum(count) FROM usage_minutes")),
                 scalar(m_fx->path(), QStringLiteral("SELECT imported FROM usage_files")));

        write(path, big); // the whole content again
        QCOMPARE(import(o.files).value(0).state, FileSummary::State::Resumed);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT lines FROM usage_files")),
                 qint64(big.count('\n')));
        const QString resumed = minutes(m_fx->path());
        clearUsage();
        import(o.files);
        QCOMPARE(minutes(m_fx->path()), resumed);
    }

    void plaintextKeyIsNeverStored()
    {
        fresh();
        write(file(QStringLiteral("leak.log")), rounds(0, 3));
        const QList<FileSummary> s = import({file(QStringLiteral("leak.log"))});
        QCOMPARE(s.value(0).findings, 6);
        const QByteArray secret = m_key.secret.toLatin1();
        QVERIFY(!secret.isEmpty());
        const QFileInfo ws(m_fx->path());
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(!readAll(m_fx->path() + suffix).contains(secret), qPrintable(suffix));
        }
        QVERIFY(filesContainingSecret(ws.absolutePath(), secret).isEmpty());
    }

    void keysOfOtherProjectsDoNotResolve()
    {
        fresh();
        QVERIFY(m_fx->project(QStringLiteral("embeddings"), QStringLiteral("emb")));
        write(file(QStringLiteral("c.log")), rounds(0, 1));
        ImportOptions o;
        o.projectId = QStringLiteral("embeddings");
        o.files = {file(QStringLiteral("c.log"))};
        QVERIFY(ImportJob::runSync(m_fx->path(), o));
        QCOMPARE(
            scalar(m_fx->path(), QStringLiteral("SELECT count(*) FROM usage_minutes WHERE key_id <> ''")), 0);
        QCOMPARE(scalar(m_fx->path(), QStringLiteral("SELECT last_used_at FROM keys")), 0);
    }

private:
    static QStringList filesContainingSecret(const QString& dir, const QByteArray& secret)
    {
        QStringList hits;
        for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files)) {
            if (!f.fileName().endsWith(QStringLiteral(".log")) &&
                !f.fileName().endsWith(QStringLiteral(".gz")) &&
                readAll(f.absoluteFilePath()).contains(secret)) {
                hits.append(f.fileName());
            }
        }
        return hits;
    }
};

QTEST_GUILESS_MAIN(TestUsageImport)
#include "tst_usage_import.moc"
