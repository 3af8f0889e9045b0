// SPDX-License-Identifier: GPL-3.0-or-later
// The combined reader's fast walk against its general walk, line by line and field by field: real
// files, lines written by bench/gen-logs.py, and systematic mutations of typical lines (every
// truncation, every byte changed or dropped, escapes, ISO times, tabs, CR). Whatever the fast walk
// takes must come out exactly as the general walk gives it; whatever it does not know it must hand
// over. The line counts asserted at the end show that both kinds of line were there.
#include "LogTestSupport.h"
#include "usage/import/ClfReader.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <string>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace kw;
using namespace kwtest;

namespace {

// Typical lines of the shapes the fast walk knows, and a few it hands over.
const std::vector<std::string>& baseLines()
{
    static const std::vector<std::string> lines = {
        R"(10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /v1/chat HTTP/1.1" 200 512 "-" "curl/8.0" "0.012" "10.1.0.5:8080" "key_AAAAAAAAAAAAAAA1")",
        R"(10.8.14.98 - - [10/Oct/2000:13:55:37 -0700] "POST /v1/chat/completions HTTP/1.1" 502 237 "-" "python-requests/2.31.0" "0.013" "10.2.0.1:8080" "key_CsKoPFRHUNCVE9Jj")",
        R"(10.4.1.195 - chat_live_9fQ2xT [10/Oct/2000:13:55:38 -0700] "POST /v1/embeddings HTTP/1.1" 401 12 "-" "OpenAI/Python 1.12.0" "0.026" "10.2.0.2:8080" "-")",
        R"(10.0.0.4 - - [10/Oct/2000:13:55:39 -0700] "GET /v1/models HTTP/1.1" 403 0 "-" "Go-http-client/1.1" "0.1" "10.2.0.3:8080" "Bearer chat_test_Zz11Aa22Bb33Cc44Dd55Ee66Ff77Gg3Gybvy")",
        R"(10.0.0.10 alice - [10/Oct/2000:13:55:40 -0700] "GET /v1/chat?key=key_BBBBBBBBBBBBBBB2&api_key=chat_live_9fQ2xT HTTP/1.1" 429 0 "-" "x" rt=0.001 key=key_CCCCCCCCCCCCCCC3)",
        R"(10.0.0.11 - - [10/Oct/2000:13:55:41 -0700] "GET /healthz HTTP/1.1" 200 2 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36" "0.000" "10.2.0.0:8080" "0f06358639ecb45a312e899b8ef859567edf6efe0e07d177a687d5af5cebdcda")",
        R"(10.0.0.12 - - [10/Oct/2000:13:55:42 -0700] "GET /x HTTP/1.1" 200 2 "-" "okhttp/4.12.0" "chat_live_9fQ2xT7mKpL3vR8sW1yZ4aB6cD0eFg0xLhsL" "name=key_DDDDDDDDDDDDDDD4")",
        R"(10.0.0.13 - - [10/Oct/2000:13:56:00 -0700] "GET /a\"b HTTP/1.1" 200 2 "-" "curl/8.0" "key_EEEEEEEEEEEEEEE5")",
        R"(10.0.0.14 - - [2000-10-10T20:57:00Z] "GET /v1/models HTTP/1.1" 200 80 "-" "curl/8.0" "key_FFFFFFFFFFFFFFF6")",
        R"(10.0.0.15 - - 2000-10-10T20:57:01Z "GET /v1/models HTTP/1.1" 200 80 "-" "curl/8.0" "key_GGGGGGGGGGGGGGG7")",
        R"(10.0.0.17 - - [10/Oct/2000:13:57:03 -0700] "GET /t HTTP/1.1" 200 8 "-" "curl/8.0" upstream_addr=10.1.2.3:8080,10.1.2.4:8080,10.1.2.5:8080,10.1.2.6:8080,10.9.9.9:1 x=key_IIIIIIIIIIIIIII9 "b")",
        R"(10.0.0.18 - - [10/Oct/2000:13:57:04 -0700] "GET /t?apikey=chat%5Flive%5F9fQ2xT7mKpL3vR8sW1yZ4aB6cD0eFg0xLhsL&token=key_JJJJJJJJJJJJJJJ1 HTTP/1.1" 200 8 "-" "python-requests/2.31.0" "Authorization: Bearer chat_live_9fQ2xT7mKpL3vR8sW1yZ4aB6cD0eFg0xLhsL" authorization="Bearer abc def" "X-Api-Key: chat_test_Zz11Aa22Bb33Cc44Dd55Ee66Ff77Gg3Gybvy" 'key_KKKKKKKKKKKKKKK1' "'key_LLLLLLLLLLLLLLL1'" x%3Dkey_MMMMMMMMMMMMMMM1)",
        "10.0.0.18 - - [10/Oct/2000:13:57:04 -0700] \"GET /t HTTP/1.1\" 200 8 \"-\"" + std::string(70, ' ') +
            "\"key_JJJJJJJJJJJJJJJ0\"" + std::string(63, ' ') + "key_KKKKKKKKKKKKKKK1",
        "10.0.0.16 - - [10/Oct/2000:13:57:02 -0700] \"GET /t HTTP/1.1\" 200 8 \"-\"\t\"curl/8.0\" "
        "\"\tkey_HHHHHHHHHHHHHHH8 \" "
        "\"  bearer  tok\x0b\" \"chat_test_Zz11Aa22Bb33Cc44Dd55Ee66Ff77Gg3Gybvy\x0b\"\r",
    };
    return lines;
}

// Bytes that mean something to one of the walks, or to the trimming and shape tests after them.
constexpr std::string_view Replacements("  \"\\[]\t\r\n\x0b=_?&bB-09:+/xk\x85");

struct Tally
{
    qint64 lines = 0;
    qint64 records = 0;
    qint64 keyed = 0;
};

// A line's copy that ends where readable memory ends, so a walk that reads past the line faults.
class GuardedLine
{
public:
    GuardedLine()
    {
#ifdef Q_OS_UNIX
        m_page = std::size_t(sysconf(_SC_PAGESIZE));
        void* const area =
            mmap(nullptr, 2 * m_page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (area != MAP_FAILED && mprotect(static_cast<char*>(area) + m_page, m_page, PROT_NONE) == 0) {
            m_area = static_cast<char*>(area);
        }
#endif
    }
    ~GuardedLine()
    {
#ifdef Q_OS_UNIX
        if (m_area != nullptr) {
            munmap(m_area, 2 * m_page);
        }
#endif
    }
    Q_DISABLE_COPY_MOVE(GuardedLine)

    std::string_view place(std::string_view line)
    {
        if (m_area == nullptr || line.size() > m_page) {
            return line;
        }
        char* const at = m_area + m_page - line.size();
        std::copy(line.begin(), line.end(), at);
        return {at, line.size()};
    }

private:
    char* m_area = nullptr;
    std::size_t m_page = 0;
};

class Differ
{
public:
    void check(std::string_view line)
    {
        LogRecord a;
        LogRecord b;
        const ParseStatus fast = m_fast.read(m_guarded.place(line), a);
        const ParseStatus general = m_general.read(line, b);
        ++m_tally.lines;
        const QByteArray shown =
            QByteArray(line.data(), qsizetype(line.size())).toPercentEncoding(" /:[]\"-=_.");
        QVERIFY2(fast.kind == general.kind, shown.constData());
        if (fast.kind == ParseStatus::Rejected) {
            QVERIFY2(fast.reason == general.reason, shown.constData());
        }
        if (fast.kind != ParseStatus::Record) {
            return;
        }
        ++m_tally.records;
        m_tally.keyed += b.hasKeyRef() ? 1 : 0;
        QVERIFY2(a.timeMs == b.timeMs, shown.constData());
        QVERIFY2(a.status == b.status, shown.constData());
        QVERIFY2(a.outcome == b.outcome, shown.constData());
        QVERIFY2(a.refKind() == b.refKind(), shown.constData());
        QVERIFY2(a.keyRef() == b.keyRef(), shown.constData());
        QVERIFY2(a.source == b.source, shown.constData());
        QVERIFY2(a.plaintextSeen == b.plaintextSeen, shown.constData());
    }

    // Every prefix, every byte replaced by each of Replacements or dropped, and a blank doubled.
    void mutate(const std::string& line)
    {
        for (std::size_t n = 0; n <= line.size(); ++n) {
            check(std::string_view(line).substr(0, n));
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        for (std::size_t i = 0; i < line.size(); ++i) {
            for (const char c : Replacements) {
                std::string changed = line;
                changed[i] = c;
                check(changed);
            }
            std::string dropped = line;
            dropped.erase(i, 1);
            check(dropped);
            if (line[i] == ' ') {
                std::string doubled = line;
                doubled.insert(i, 1, ' ');
                check(doubled);
            }
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }

    const Tally& tally() const { return m_tally; }
    qint64 fastLines() const { return m_fast.fastLines(); }

private:
    GuardedLine m_guarded;
    ClfReader m_fast{ClfReader::Walk::Fast};
    ClfReader m_general{ClfReader::Walk::GeneralOnly};
    Tally m_tally;
};

void checkAll(Differ& differ, const QByteArray& content)
{
    for (const QByteArray& line : content.split('\n')) {
        differ.check(std::string_view(line.constData(), std::size_t(line.size())));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

} // namespace

class TestUsageClfFast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataFiles()
    {
        Differ differ;
        const QStringList names = QDir(QStringLiteral(KEYWARD_TEST_DATA_DIR "/logs")).entryList(QDir::Files);
        QVERIFY(names.contains(QStringLiteral("combined.log")));
        for (const QString& name : names) {
            checkAll(differ, dataFile(name));
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QVERIFY(differ.fastLines() > 0);
        QVERIFY(differ.fastLines() < differ.tally().records); // ISO times, JSON lines went the long way
    }

    void benchmarkLines()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            QSKIP("python3 is needed to run bench/gen-logs.py");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile keys(dir.filePath(QStringLiteral("keys.txt")));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        // key id, hint, secret, as bench/bench-workspace.sh writes them.
        keys.write("key_AAAAAAAAAAAAAAA1 chat_live_9fQ2xT ");
        keys.write(KeyA.data(), qsizetype(KeyA.size()));
        keys.write("\nkey_BBBBBBBBBBBBBBB2 chat_test_Zz11Aa ");
        keys.write(KeyB.data(), qsizetype(KeyB.size()));
        keys.write("\n");
        keys.close();
        const QString out = dir.filePath(QStringLiteral("access.log"));
        QProcess gen;
        gen.start(python, {QStringLiteral(KEYWARD_BENCH_DIR "/gen-logs.py"), QStringLiteral("combined"),
                           QStringLiteral("0.5"), out, keys.fileName()});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        QFile log(out);
        QVERIFY(log.open(QIODevice::ReadOnly));
        Differ differ;
        checkAll(differ, log.readAll());
        QVERIFY(differ.tally().lines > 2000);
        QCOMPARE(differ.fastLines(), differ.tally().records); // every generated line is of the usual shape
        QVERIFY(differ.tally().keyed > differ.tally().records / 2);
    }

    void mutations()
    {
        Differ differ;
        for (const std::string& line : baseLines()) {
            differ.check(line);
            differ.mutate(line);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        // Both walks had plenty to do: most mutations keep a valid line.
        QVERIFY(differ.fastLines() > differ.tally().lines / 4);
        QVERIFY(differ.tally().records - differ.fastLines() > 1000);
        QVERIFY(differ.tally().keyed > 1000);
    }

    // A new minute, a zone change and seconds past 60, with mutations around each.
    void timeChanges()
    {
        Differ differ;
        const std::string head = R"(10.0.0.1 - - [)";
        const std::string tail = R"(] "GET /v1/chat HTTP/1.1" 200 512 "-" "curl/8.0" "key_AAAAAAAAAAAAAAA1")";
        for (const char* time :
             {"10/Oct/2000:13:55:36 -0700", "10/Oct/2000:13:55:59 -0700", "10/Oct/2000:13:55:60 -0700",
              "10/Oct/2000:13:55:61 -0700", "10/Oct/2000:13:56:00 -0700", "10/Oct/2000:13:56:00 +02:00",
              "10/Oct/2000:13:56:01 +02:00", "10/oct/2000:13:56:02 +02:00", "10/Oct/2000:13:56:0x +02:00",
              "10/Oct/2000:13:56:03 +0200]", "10/Oct/2000:13:56:04 +02", "2000-10-10T13:56:05Z",
              "10/Oct/2000:13:56:06 +0200"}) {
            const std::string line = head + time + tail;
            differ.check(line);
            differ.check(line);
            differ.mutate(line);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QVERIFY(differ.fastLines() > 0);
    }

    // The fast walk reads quoted fields 16 bytes at a time, the last piece as the 16 bytes that end
    // the line: lines of 16..300 bytes whose fields, quotes and blanks fall on every offset of the
    // pieces (and of 32- or 64-byte words, should a wider walk come back), each byte then changed
    // to a quote, a blank, a backslash, a mark or a letter, dropped, or preceded by a letter
    // ("a"b, a"b). The key in an extra field decides the record here: the target has none.
    void wordEdges()
    {
        const std::string head = "10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET "
                                 "/v1/chat?x=1 HTTP/1.1\" 200 512 \"";
        Differ differ;
        for (std::size_t pad = 0; pad <= 300 - 16; ++pad) {
            // The padding moves the user agent's end, the extra fields and the line's end.
            std::string line = head + std::string(pad % 150, 'a') + "\" \"key_AAAAAAAAAAAAAAA1\" \"0.1\"";
            line = pad < 150 ? line : line.substr(0, 16 + (pad - 150) * 2);
            for (std::size_t i = 0; i < line.size(); ++i) {
                for (const char c : std::string_view(" \"\\=_?x")) {
                    std::string changed = line;
                    changed[i] = c;
                    differ.check(changed);
                }
                std::string dropped = line;
                dropped.erase(i, 1);
                differ.check(dropped);
                std::string inserted = line;
                inserted.insert(i, 1, 'x');
                differ.check(inserted);
            }
            differ.check(line);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QVERIFY(differ.fastLines() > differ.tally().lines / 4);
    }
};

QTEST_GUILESS_MAIN(TestUsageClfFast)
#include "tst_usage_clf_fast.moc"
