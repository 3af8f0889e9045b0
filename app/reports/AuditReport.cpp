// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Time.h"
#include "core/Tr.h"
#include "reports/AuditDetails.h"
#include "reports/ReportRun.h"
#include "store/AuditChain.h"
#include "store/Cursor.h"
#include "store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kw {

namespace {

// After the chain's own columns (AuditChain::Column).
enum Column
{
    ProjectName = AuditChain::ColumnCount,
    Matches
};

QString valueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("none");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(v.toInteger(qint64(v.toDouble())));
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : v.toArray()) {
            parts.append(valueText(item));
        }
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QString readableDetails(const QJsonObject& details)
{
    QStringList parts;
    const QJsonObject changes = details.value(QStringLiteral("changes")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        parts.append(it.key() + QStringLiteral(": ") + valueText(change.value(QStringLiteral("from"))) +
                     QStringLiteral(" → ") + valueText(change.value(QStringLiteral("to"))));
    }
    for (auto it = details.begin(); it != details.end(); ++it) {
        // The hint has its own column; changes were spelled out above.
        if (it.key() == QLatin1String("key_hint") || it.key() == QLatin1String("changes")) {
            continue;
        }
        parts.append(it.key() + QStringLiteral(": ") + valueText(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

Result<ExportSummary> exportAudit(Workspace& ws, const AuditReportFilter& filter,
                                  const ExportOptions& options)
{
    // Every event is read, in chain order, to verify the chain up to the end; SQLite evaluates
    // the filter into the last column so only matching rows are formatted.
    QStringList conditions;
    QVariantList binds;
    const auto where = [&](const QString& clause, const QVariant& value) {
        conditions.append(clause);
        binds.append(value);
    };
    if (!filter.projectId.isEmpty()) {
        where(QStringLiteral("a.project_id = ?"), filter.projectId);
    }
    if (!filter.keyId.isEmpty()) {
        where(QStringLiteral("a.key_id = ?"), filter.keyId);
    }
    if (!filter.actor.isEmpty()) {
        where(QStringLiteral("a.actor = ?"), filter.actor);
    }
    if (filter.action.endsWith(u'.')) {
        conditions.append(QStringLiteral("substr(a.action, 1, ?) = ?"));
        binds << filter.action.size() << filter.action;
    } else if (!filter.action.isEmpty()) {
        where(QStringLiteral("a.action = ?"), filter.action);
    }
    if (filter.from.isValid()) {
        where(QStringLiteral("a.at >= ?"), toMs(filter.from));
    }
    if (filter.to.isValid()) {
        where(QStringLiteral("a.at < ?"), toMs(filter.to));
    }
    const QString matches =
        conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    Cursor row(
        ws,
        QStringLiteral("SELECT ") + AuditChain::columns(QStringLiteral("a.")) +
            QStringLiteral(", coalesce(p.name, ''), (") + matches +
            QStringLiteral(") FROM audit a LEFT JOIN projects p ON p.id = a.project_id ORDER BY a.seq"),
        binds);
    ReportRun run(options);
    if (Result<void> r = row.status(); !r) {
        return r.error();
    }
    if (Result<void> r =
            run.open({QStringLiteral("seq"), QStringLiteral("event_id"), QStringLiteral("time"),
                      QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("project"),
                      QStringLiteral("key_id"), QStringLiteral("key_hint"), QStringLiteral("details"),
                      QStringLiteral("event_hash"), QStringLiteral("prev_hash")});
        !r) {
        return r.error();
    }
    AuditChain chain(ws);
    AuditDetailsReader detailsReader;
    CsvWriter& csv = run.csv();
    bool writing = true;
    while (row.next()) {
        chain.check(row);
        if (row.integer(Matches) == 0) {
            continue;
        }
        csv.number(row.integer(AuditChain::Seq));
        csv.utf8(row.utf8(AuditChain::Id));
        csv.isoTime(row.integer(AuditChain::At));
        csv.utf8(row.utf8(AuditChain::Actor));
        csv.utf8(row.utf8(AuditChain::Action));
        csv.utf8(row.utf8(ProjectName));
        csv.utf8(row.utf8(AuditChain::KeyId));
        const QByteArrayView detailsText = row.utf8(AuditChain::Details);
        if (detailsReader.read(detailsText)) {
            csv.utf8(detailsReader.hint());
            csv.utf8(detailsReader.readable());
        } else {
            const QJsonObject details = QJsonDocument::fromJson(detailsText.toByteArray()).object();
            csv.text(details.value(QStringLiteral("key_hint")).toString());
            csv.text(readableDetails(details));
        }
        csv.utf8(row.utf8(AuditChain::Hash));
        csv.utf8(row.utf8(AuditChain::PrevHash));
        if (!run.rowDone()) {
            writing = false;
            break;
        }
    }
    ExportSummary summary;
    summary.chainChecked = writing;
    if (writing) {
        chain.finish(ws);
    } else {
        chain.stop();
    }
    const AuditVerification& v = chain.result();
    summary.chainOk = v.ok;
    if (v.ok) {
        summary.chainMessage = tr("chain verified: all %n event(s) intact", nullptr, int(v.checked));
    } else {
        const QString bad =
            v.firstBadId.isEmpty()
                ? v.problem
                : tr("event %1 (%2): %3").arg(QString::number(v.firstBadSeq), v.firstBadId, v.problem);
        summary.chainMessage = tr("chain BROKEN at %1").arg(bad);
    }
    return run.finish(summary, row.status());
}

} // namespace kw
