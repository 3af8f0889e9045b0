// SPDX-License-Identifier: GPL-3.0-or-later
// What the libFuzzer targets share: a Qt application object (the SQL driver and translations need
// one), fixed keys for the log readers to resolve, and a scratch folder for inputs read from files.
#pragma once

#include "core/KeyFormat.h"
#include "usage/import/ChunkParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace kw::fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "keyward-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QString scratchDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/keyward-fuzz-XXXXXX"));
    return dir.path();
}

// Writes `data` to a file of the scratch folder and returns its path.
inline QString writeScratch(const QString& name, const uint8_t* data, size_t size)
{
    const QString path = scratchDir() + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

// Keys with fixed ids, hints and hashes, one in each state the classifier tells apart; the seed
// corpora name them (key_fuzz0000000000 …, fz_live_AAAAAA …).
inline const KeyIndex& fuzzKeys()
{
    static const KeyIndex keys = [] {
        KeyIndex index;
        const QDateTime base = QDateTime::fromMSecsSinceEpoch(1767225600000, QTimeZone::utc());
        for (int i = 0; i < 3; ++i) {
            KeyRecord k;
            k.id = QStringLiteral("key_fuzz000000000") + QString::number(i);
            k.projectId = QStringLiteral("prj_fuzz0000000000");
            k.hint = QStringLiteral("fz_live_AAAAA") + QString::number(i);
            k.hash = keyHash(QString(QStringLiteral("fz_live_secret") + QString::number(i)));
            k.status = i == 1 ? KeyStatus::Revoked : KeyStatus::Active;
            if (i == 1) {
                k.revokedAt = base;
            }
            if (i == 2) {
                k.expiresAt = base;
            }
            index.add(k);
        }
        return index;
    }();
    return keys;
}

// Parses `data` as the import parses one block of a file in `format`, and checks what it counts.
inline void parseAsBlock(const uint8_t* data, size_t size, const Detection& detection,
                         const QByteArray& csvHeader = {})
{
    ParseSetup setup;
    setup.detection = detection;
    setup.keys = &fuzzKeys();
    setup.csvHeader = csvHeader;
    const ChunkResult r = parseChunk(reinterpret_cast<const char*>(data), qsizetype(size), setup);
    if (r.imported + r.anonymous + r.rejected > r.lines) {
        qFatal("more records than lines: %lld lines", static_cast<long long>(r.lines));
    }
}

} // namespace kw::fuzz
