// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Time.h"
#include "core/Tr.h"
#include "reports/ReportRun.h"
#include "store/AuditLog.h"
#include "store/Cursor.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#ifdef KEYWARD_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#endif

namespace kw {

namespace {

enum Column
{
    Seq,
    Id,
    At,
    Actor,
    Action,
    ProjectId,
    KeyId,
    Details,
    PrevHash,
    Hash,
    ProjectName,
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

// Text of a field safe to show: printable ASCII without quote or backslash, or UTF-8 beyond
// ASCII, is written by Qt's JSON writer exactly as stored.
bool plainJsonText(QByteArrayView v)
{
    for (const char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == '"' || u == '\\' || u == 0x7f) {
            return false;
        }
    }
    return true;
}

// Walks the chain row by row like AuditLog::verify, but builds the canonical form from the stored
// (already canonical) details text instead of re-parsing it: a million events verify in a second.
// A row the fast path cannot vouch for goes through AuditLog::canonical, so both agree.
class ChainWalker
{
public:
    bool check(const Cursor& row, const QJsonObject* parsedDetails)
    {
        const QByteArrayView prev = row.utf8(PrevHash);
        if (prev != m_prev) {
            return fail(row, tr("its previous-hash does not match the event before it: an event was "
                                "removed or altered"));
        }
        const QByteArrayView hash = row.utf8(Hash);
        if (fastHash(row, prev) != hash && slowHash(row, prev, parsedDetails) != hash) {
            return fail(row, tr("its content does not match its hash: the event was edited"));
        }
        m_prev = hash.toByteArray();
        m_lastSeq = row.integer(Seq);
        ++m_checked;
        return true;
    }

    bool ok() const { return m_ok; }
    qint64 checked() const { return m_checked; }
    qint64 lastSeq() const { return m_lastSeq; }
    const QByteArray& head() const { return m_prev; }
    const QString& problem() const { return m_problem; }

    bool failHead(qint64 recordedSeq)
    {
        m_problem = tr("the trail ends at event %1 but the workspace recorded %2 as its last: events "
                       "were removed from the end")
                        .arg(m_lastSeq)
                        .arg(recordedSeq);
        m_ok = false;
        return false;
    }

private:
    bool fail(const Cursor& row, const QString& why)
    {
        m_ok = false;
        m_problem = tr("event %1 (%2): %3").arg(row.integer(Seq)).arg(row.text(Id), why);
        return false;
    }

    QByteArray fastHash(const Cursor& row, QByteArrayView prev)
    {
        m_canonical.clear();
        const auto field = [&](const char* name, int column) -> bool {
            const QByteArrayView v = row.utf8(column);
            if (!plainJsonText(v)) {
                return false;
            }
            m_canonical.append(name).append('"').append(v).append('"');
            return true;
        };
        if (!field("{\"action\":", Action) || !field(",\"actor\":", Actor)) {
            return {};
        }
        m_canonical.append(",\"at\":").append(QByteArray::number(row.integer(At)));
        m_canonical.append(",\"details\":").append(row.utf8(Details));
        if (!field(",\"id\":", Id) || !field(",\"key_id\":", KeyId) ||
            !field(",\"project_id\":", ProjectId)) {
            return {};
        }
        m_canonical.append('}');
        return sha256Hex(prev, m_canonical);
    }

#ifdef KEYWARD_HAVE_LIBCRYPTO
    // libcrypto uses the CPU's SHA instructions where there are some: about ten times Qt's own
    // SHA-256, which otherwise takes most of the time of a million-event export.
    QByteArray sha256Hex(QByteArrayView a, QByteArrayView b)
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int n = 0;
        if (m_md && EVP_DigestInit_ex(m_ctx.get(), m_md.get(), nullptr) == 1 &&
            EVP_DigestUpdate(m_ctx.get(), a.data(), std::size_t(a.size())) == 1 &&
            EVP_DigestUpdate(m_ctx.get(), b.data(), std::size_t(b.size())) == 1 &&
            EVP_DigestFinal_ex(m_ctx.get(), md, &n) == 1) {
            return QByteArray::fromRawData(reinterpret_cast<const char*>(md), int(n)).toHex();
        }
        return qtSha256Hex(a, b);
    }
#else
    QByteArray sha256Hex(QByteArrayView a, QByteArrayView b)
    {
        return qtSha256Hex(a, b);
    }
#endif

    QByteArray qtSha256Hex(QByteArrayView a, QByteArrayView b)
    {
        m_sha.reset();
        m_sha.addData(a);
        m_sha.addData(b);
        return m_sha.result().toHex();
    }

    static QByteArray slowHash(const Cursor& row, QByteArrayView prev, const QJsonObject* parsed)
    {
        AuditEvent e;
        e.id = row.text(Id);
        e.at = fromMs(row.integer(At));
        e.actor = row.text(Actor);
        e.action = row.text(Action);
        e.projectId = row.text(ProjectId);
        e.keyId = row.text(KeyId);
        e.details = parsed ? *parsed : QJsonDocument::fromJson(row.text(Details).toUtf8()).object();
        return AuditLog::chainHash(QString::fromLatin1(prev.data(), prev.size()), AuditLog::canonical(e))
            .toLatin1();
    }

    QByteArray m_prev = AuditLog::genesisHash().toLatin1();
    QByteArray m_canonical;
    QCryptographicHash m_sha{QCryptographicHash::Sha256};
#ifdef KEYWARD_HAVE_LIBCRYPTO
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> m_md{EVP_MD_fetch(nullptr, "SHA256", nullptr),
                                                         &EVP_MD_free};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
#endif
    qint64 m_checked = 0;
    qint64 m_lastSeq = 0;
    bool m_ok = true;
    QString m_problem;
};

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
        QStringLiteral("SELECT a.seq, a.id, a.at, a.actor, a.action, a.project_id, a.key_id, a.details,"
                       " a.prev_hash, a.hash, coalesce(p.name, ''), (") +
            matches +
            QStringLiteral(") FROM audit a LEFT JOIN projects p ON p.id = a.project_id"
                           " ORDER BY a.seq"),
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
    ChainWalker chain;
    CsvWriter& csv = run.csv();
    bool writing = true;
    while (row.next()) {
        if (row.integer(Matches) == 0) {
            if (chain.ok()) {
                chain.check(row, nullptr);
            }
            continue;
        }
        const QByteArrayView detailsText = row.utf8(Details);
        const QJsonObject details =
            QJsonDocument::fromJson(QByteArray::fromRawData(detailsText.data(), detailsText.size())).object();
        if (chain.ok()) {
            chain.check(row, &details);
        }
        csv.number(row.integer(Seq));
        csv.utf8(row.utf8(Id));
        csv.isoTime(row.integer(At));
        csv.utf8(row.utf8(Actor));
        csv.utf8(row.utf8(Action));
        csv.utf8(row.utf8(ProjectName));
        csv.utf8(row.utf8(KeyId));
        csv.text(details.value(QStringLiteral("key_hint")).toString());
        csv.text(readableDetails(details));
        csv.utf8(row.utf8(Hash));
        csv.utf8(row.utf8(PrevHash));
        if (!run.rowDone()) {
            writing = false;
            break;
        }
    }
    ExportSummary summary;
    summary.chainChecked = writing;
    if (writing && chain.ok()) {
        const qint64 headSeq = ws.setting(QStringLiteral("audit.head_seq"), QStringLiteral("0")).toLongLong();
        const QString headHash = ws.setting(QStringLiteral("audit.head_hash"), AuditLog::genesisHash());
        if (headSeq != chain.lastSeq() || headHash.toLatin1() != chain.head()) {
            chain.failHead(headSeq);
        }
    }
    summary.chainOk = chain.ok();
    summary.chainMessage = chain.ok() ? tr("chain verified: all %1 event(s) intact").arg(chain.checked())
                                      : tr("chain BROKEN at %1").arg(chain.problem());
    return run.finish(summary, row.status());
}

} // namespace kw
