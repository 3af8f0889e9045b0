// SPDX-License-Identifier: GPL-3.0-or-later
// ContentSource on real files: blocks end at line boundaries, cover the content exactly once in
// order, may be filled on other threads, and a file that shrinks under a block is an error.
#include "usage/import/ContentSource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace kw;

namespace {

constexpr qsizetype BlockBytes = 256 * 1024; // above the 64 KiB end probe: blocks are deferred

// Lines of varying length, one of them longer than the end probe when `longLine`.
QByteArray logText(int lines, bool longLine)
{
    QByteArray out;
    for (int i = 0; i < lines; ++i) {
        out += "10.0.0." + QByteArray::number(i % 250) + " - - [01/Jan/2026:00:00:00 +0000] \"GET /" +
               QByteArray(i % 97, 'a') + " HTTP/1.1\" 200 " + QByteArray::number(i) + '\n';
        if (longLine && i == lines / 2) {
            out += "10.0.0.1 - - [01/Jan/2026:00:00:00 +0000] \"GET /" + QByteArray(300 * 1024, 'x') +
                   " HTTP/1.1\" 200 1\n";
        }
    }
    return out;
}

struct Read
{
    QByteArray content;
    int blocks = 0;
    int deferred = 0;
};

// Reads every block; deferred ones are filled on a thread of their own, as the import does.
Read readAll(ContentSource& source)
{
    Read r;
    for (;;) {
        Result<ContentBlock> block = source.next();
        if (!block) {
            qWarning() << block.error().message;
            return {};
        }
        if (block->size == 0) {
            return r;
        }
        if (r.content.size() != block->offset) {
            qWarning() << "block at" << block->offset << "after" << r.content.size() << "bytes";
            return {};
        }
        if (block->fill) {
            ++r.deferred;
            Result<void> filled;
            std::thread([&] { filled = block->fill(); }).join();
            if (!filled) {
                qWarning() << filled.error().message;
                return {};
            }
        }
        const QByteArray bytes(block->data, block->size);
        if (!bytes.endsWith('\n')) {
            qWarning() << "block at" << block->offset << "does not end a line";
            return {};
        }
        r.content += bytes;
        ++r.blocks;
    }
}

} // namespace

class TestUsageSource final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private Q_SLOTS:
    void blocksCoverTheFileOnce_data()
    {
        QTest::addColumn<bool>("longLine");
        QTest::addColumn<int>("lines");
        QTest::newRow("short lines") << false << 40000;
        QTest::newRow("a line longer than the end probe") << true << 40000;
        QTest::newRow("less than a block") << false << 100;
    }

    void blocksCoverTheFileOnce()
    {
        QFETCH(bool, longLine);
        QFETCH(int, lines);
        const QByteArray text = logText(lines, longLine);
        auto source = ContentSource::open(write(QStringLiteral("a.log"), text), BlockBytes);
        QVERIFY(source);
        QVERIFY((*source)->seek(0, 0));
        const Read r = readAll(**source);
        QCOMPARE(r.content.size(), text.size());
        QVERIFY(r.content == text);
        QCOMPARE((*source)->pendingBytes(), 0);
        if (text.size() > 2 * BlockBytes) {
            QVERIFY2(r.deferred > 0, "large files are read by the parsing threads");
            QVERIFY(r.blocks > 2);
        }
    }

    void unterminatedLastLineWaits()
    {
        const QByteArray text = logText(20000, false) + "10.0.0.1 - - [01/Jan/2026";
        auto source = ContentSource::open(write(QStringLiteral("b.log"), text), BlockBytes);
        QVERIFY(source);
        QVERIFY((*source)->seek(0, 0));
        const Read r = readAll(**source);
        QCOMPARE(r.content.size(), text.size() - 25);
        QCOMPARE((*source)->pendingBytes(), 25);
    }

    void fileShrinkingUnderABlockIsAnError()
    {
        const QByteArray text = logText(40000, false);
        const QString path = write(QStringLiteral("c.log"), text);
        auto source = ContentSource::open(path, BlockBytes);
        QVERIFY(source);
        QVERIFY((*source)->seek(0, 0));
        Result<ContentBlock> block = (*source)->next();
        QVERIFY(block);
        QVERIFY(block->fill);
        QVERIFY(QFile::resize(path, block->size / 2));
        const Result<void> filled = block->fill();
        QVERIFY(!filled);
        QVERIFY2(filled.error().message.contains(path), qPrintable(filled.error().message));
        QVERIFY2(filled.error().message.contains(QStringLiteral("shorter")),
                 qPrintable(filled.error().message));
    }
};

QTEST_GUILESS_MAIN(TestUsageSource)
#include "tst_usage_source.moc"
