// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/Rejection.h"

#include "core/Tr.h"

namespace kw {

QStringView rejectReasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::TooLong:
        return u"too_long";
    case RejectReason::NotText:
        return u"not_text";
    case RejectReason::BadSyntax:
        return u"bad_syntax";
    case RejectReason::BadJson:
        return u"bad_json";
    case RejectReason::BadTime:
        return u"bad_time";
    case RejectReason::BadStatus:
        return u"bad_status";
    case RejectReason::UnknownOutcome:
        return u"unknown_outcome";
    case RejectReason::ColumnCount:
        return u"column_count";
    }
    return u"bad_syntax";
}

QString rejectReasonMessage(RejectReason reason)
{
    switch (reason) {
    case RejectReason::TooLong:
        return tr("line longer than 1 MiB");
    case RejectReason::NotText:
        return tr("binary data or invalid UTF-8");
    case RejectReason::BadSyntax:
        return tr("not in the log's format");
    case RejectReason::BadJson:
        return tr("not a JSON object");
    case RejectReason::BadTime:
        return tr("missing or unreadable time");
    case RejectReason::BadStatus:
        return tr("missing or invalid HTTP status");
    case RejectReason::UnknownOutcome:
        return tr("outcome field has an unknown value");
    case RejectReason::ColumnCount:
        return tr("number of columns differs from the header");
    }
    return {};
}

void RejectTally::add(qint64 lineNumber, RejectReason reason)
{
    ++m_counts[static_cast<std::size_t>(reason)];
    ++m_total;
    if (m_samples.size() < MaxSamples) {
        m_samples.append(m_file % u':' % QString::number(lineNumber) % u": " % rejectReasonMessage(reason));
    }
}

QString RejectTally::summary() const
{
    if (m_total == 0) {
        return {};
    }
    QStringList parts;
    for (int i = 0; i < RejectReasonCount; ++i) {
        if (m_counts[static_cast<std::size_t>(i)] > 0) {
            parts.append(QString::number(m_counts[static_cast<std::size_t>(i)]) % u' ' %
                         rejectReasonName(static_cast<RejectReason>(i)));
        }
    }
    return tr("%n line(s) rejected", nullptr, static_cast<int>(qMin<qint64>(m_total, INT_MAX))) % u": " %
           parts.join(u", ");
}

} // namespace kw
