// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportRun.h"

#include "core/Tr.h"

#include <QFileInfo>
#include <QSaveFile>

namespace kw {

namespace {

constexpr qint64 ProgressEvery = 16384;

} // namespace

Result<void> ReportRun::open(const QStringList& header)
{
    if (m_options.digest && m_options.path == QLatin1String("-")) {
        return makeError(ErrorCode::Invalid, tr("--digest needs a file: it is written beside it."));
    }
    if (Result<void> r = m_csv.open(m_options.path, m_options.bom, m_options.digest); !r) {
        return r;
    }
    m_csv.header(header);
    return {};
}

bool ReportRun::rowDone()
{
    if (!m_csv.endRow()) {
        return false;
    }
    if (m_csv.rows() % ProgressEvery == 0) {
        if (m_options.cancel && m_options.cancel->load()) {
            return false;
        }
        if (m_options.progress) {
            m_options.progress(m_csv.rows());
        }
    }
    return true;
}

Result<ExportSummary> ReportRun::finish(ExportSummary summary, const Result<void>& readStatus)
{
    if (!readStatus) {
        m_csv.cancel();
        return readStatus.error();
    }
    if (m_options.cancel && m_options.cancel->load()) {
        m_csv.cancel();
        return makeError(ErrorCode::Invalid, tr("Export cancelled; nothing was written."));
    }
    if (Result<void> r = m_csv.commit(); !r) {
        return r.error();
    }
    summary.rows = m_csv.rows();
    if (m_options.digest) {
        if (Result<void> r = writeDigest(summary); !r) {
            return r.error();
        }
    }
    if (m_options.progress) {
        m_options.progress(summary.rows);
    }
    return summary;
}

Result<void> ReportRun::writeDigest(ExportSummary& summary)
{
    // sha256sum's format: hex, two spaces, the name relative to the digest file's directory.
    summary.digestPath = m_options.path + QStringLiteral(".sha256");
    QSaveFile file(summary.digestPath);
    const QByteArray line =
        m_csv.sha256Hex().toLatin1() + "  " + QFileInfo(m_options.path).fileName().toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size() || !file.commit()) {
        return makeError(ErrorCode::Storage,
                         tr("Cannot write %1: %2").arg(summary.digestPath, file.errorString()));
    }
    return {};
}

} // namespace kw
