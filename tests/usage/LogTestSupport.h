// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/import/FormatDetect.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <vector>

namespace kwtest {

// The two full keys in tests/data/logs, and their hashes; neither may appear in any output.
inline constexpr std::string_view KeyA = "chat_live_9fQ2xT7mKpL3vR8sW1yZ4aB6cD0eFg0xLhsL";
inline constexpr std::string_view HashA = "0f06358639ecb45a312e899b8ef859567edf6efe0e07d177a687d5af5cebdcda";
inline constexpr std::string_view KeyB = "chat_test_Zz11Aa22Bb33Cc44Dd55Ee66Ff77Gg3Gybvy";
inline constexpr std::string_view HashB = "15d420d0dc37667e43148ca1182127af16482ac280d0f7ec151bfc0053241376";

struct ReadResult
{
    kw::Detection detection;
    std::vector<std::pair<qint64, kw::LogRecord>> records; // line number, record
    kw::RejectTally tally;
    int skipped = 0;
};

inline QByteArray dataFile(const QString& name)
{
    QFile file(QStringLiteral(KEYWARD_TEST_DATA_DIR "/logs/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test data");
    }
    return file.readAll();
}

// What the import job will do, minus storage: detect from the first lines, then read every line.
inline ReadResult readLines(const QString& fileName, const QByteArray& content)
{
    ReadResult out;
    out.tally = kw::RejectTally(fileName);
    QByteArrayList lines = content.split('\n');
    if (content.endsWith('\n')) {
        lines.removeLast();
    }
    out.detection = kw::detectFormat(lines.mid(0, 20));
    const auto reader = kw::makeReader(out.detection, kw::FieldMapping{});
    if (!reader) {
        return out;
    }
    kw::LogRecord record;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const kw::ParseStatus status =
            reader->read(std::string_view(lines[i].constData(), std::size_t(lines[i].size())), record);
        if (status.kind == kw::ParseStatus::Record) {
            out.records.emplace_back(i + 1, record);
        } else if (status.kind == kw::ParseStatus::Skip) {
            ++out.skipped;
        } else {
            out.tally.add(i + 1, status.reason);
        }
    }
    return out;
}

inline ReadResult readDataFile(const QString& name)
{
    return readLines(name, dataFile(name));
}

} // namespace kwtest
