// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, the import's per-line work alone: one thread parses and classifies the first
// 64 MiB of a log from memory, in the import's 8 MiB blocks (parseChunk: newlines, reader, key lookup, rules,
// minute counts) — no reading, no threads, no SQLite — and prints ns and MB/s for the best of ROUNDS passes,
// against a baseline measured in the same run: counting the same bytes' newlines with memchr (what `wc -l`
// does in user space). Steadier than a whole import for judging a change of a few per cent.
// Measures; asserts nothing.
// Usage: bench_parse WORKSPACE PROJECT LOG [ROUNDS]   (WORKSPACE: bench/bench-workspace.sh)
#include "store/Inventory.h"
#include "store/Workspace.h"
#include "usage/import/ChunkParser.h"
#include "usage/import/FormatDetect.h"
#include "usage/import/ImportEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

using namespace kw;

namespace {

QTextStream out(stdout);

template<typename F>
qint64 bestNs(int rounds, F&& pass)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        pass();
        best = std::min(best, timer.nsecsElapsed());
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        out << "usage: bench_parse WORKSPACE PROJECT LOG [ROUNDS]\n";
        return 2;
    }
    const int rounds = args.size() > 4 ? args.at(4).toInt() : 15;
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(args.at(1), Workspace::OpenMode::OpenExisting);
    if (!ws) {
        out << ws.error().message << '\n';
        return 1;
    }
    Inventory inventory(**ws, QStringLiteral("bench"));
    Result<Project> project = inventory.project(args.at(2));
    if (!project) {
        out << project.error().message << '\n';
        return 1;
    }
    KeyIndex keys;
    if (Result<void> r = loadKeyIndex(**ws, project->id, keys); !r) {
        out << r.error().message << '\n';
        return 1;
    }

    QFile log(args.at(3));
    if (!log.open(QIODevice::ReadOnly)) {
        out << args.at(3) << ": " << log.errorString() << '\n';
        return 1;
    }
    QByteArray bytes = log.read(64 << 20);
    bytes.truncate(bytes.lastIndexOf('\n') + 1); // whole lines, as the import's blocks
    ParseSetup setup;
    setup.detection = detectFormat(bytes.left(64 * 1024).split('\n'));
    setup.keys = &keys;

    // As the import: 8 MiB blocks that end at a line, each copied into a reused buffer just before
    // it is parsed (the kernel's copy leaves it in the cache the same way); only the parse is timed.
    std::vector<std::pair<qsizetype, qsizetype>> blocks; // (offset, size)
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype end = std::min<qsizetype>(at + (8 << 20), bytes.size());
        const qsizetype cut = bytes.lastIndexOf('\n', end - 1) + 1;
        blocks.emplace_back(at, (cut > at ? cut : end) - at);
        at += blocks.back().second;
    }
    QByteArray buffer(8 << 20, Qt::Uninitialized);
    qint64 lines = 0;
    qint64 parseNs = std::numeric_limits<qint64>::max();
    std::vector<ChunkResult::MinuteRow> rows; // recycled from block to block, as BlockPipeline does
    for (int i = 0; i < rounds; ++i) {
        qint64 ns = 0;
        lines = 0;
        for (const auto& [offset, size] : blocks) {
            std::memcpy(buffer.data(), bytes.constData() + offset, std::size_t(size));
            QElapsedTimer timer;
            timer.start();
            ChunkResult result = parseChunk(buffer.constData(), size, setup, std::move(rows));
            ns += timer.nsecsElapsed();
            lines += result.lines;
            rows = std::move(result.minutes);
        }
        parseNs = std::min(parseNs, ns);
    }
    qint64 newlines = 0;
    const qint64 countNs = bestNs(rounds, [&] {
        newlines = 0;
        const char* p = bytes.constData();
        const char* const end = p + bytes.size();
        while ((p = static_cast<const char*>(std::memchr(p, '\n', std::size_t(end - p))))) {
            ++newlines;
            ++p;
        }
    });
    const double mb = double(bytes.size()) / 1e6;
    out << "bench_parse: " << qRound(mb) << " MB, " << lines << " lines (" << newlines
        << " newlines), best of " << rounds << " passes, one thread\n";
    out << QStringLiteral("  parseChunk      %1 ms  %2 ns a line  %3 MB/s\n")
               .arg(double(parseNs) / 1e6, 0, 'f', 1)
               .arg(double(parseNs) / double(lines), 0, 'f', 1)
               .arg(mb / (double(parseNs) / 1e9), 0, 'f', 0);
    out << QStringLiteral("  memchr count    %1 ms  %2 ns a line  %3 MB/s\n")
               .arg(double(countNs) / 1e6, 0, 'f', 1)
               .arg(double(countNs) / double(newlines), 0, 'f', 1)
               .arg(mb / (double(countNs) / 1e9), 0, 'f', 0);
    out << QStringLiteral("  ratio           %1x the newline count\n")
               .arg(double(parseNs) / double(countNs), 0, 'f', 2);
    return 0;
}
