// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditChain.h"

#include "core/Digits.h"
#include "core/Time.h"
#include "core/Tr.h"
#include "store/Cursor.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <cstring>

#ifdef KEYWARD_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#endif

namespace kw {

namespace {

// Text of a field Qt's JSON writer writes exactly as stored: printable ASCII without quote or
// backslash, or UTF-8 beyond ASCII.
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

char* put(char* out, QByteArrayView v)
{
    std::memcpy(out, v.data(), std::size_t(v.size()));
    return out + v.size();
}

template<std::size_t N>
char* put(char* out, const char (&ascii)[N])
{
    std::memcpy(out, ascii, N - 1);
    return out + N - 1;
}

} // namespace

// SHA-256 to lowercase hex. libcrypto uses the CPU's SHA instructions where there are some:
// about ten times Qt's own SHA-256, which otherwise takes most of a million-event walk.
class AuditChain::Sha256
{
public:
    void hex(QByteArrayView a, QByteArrayView b, char out[64])
    {
        unsigned char md[32];
#ifdef KEYWARD_HAVE_LIBCRYPTO
        unsigned int n = 0;
        if (m_md && EVP_DigestInit_ex(m_ctx.get(), m_md.get(), nullptr) == 1 &&
            EVP_DigestUpdate(m_ctx.get(), a.data(), std::size_t(a.size())) == 1 &&
            EVP_DigestUpdate(m_ctx.get(), b.data(), std::size_t(b.size())) == 1 &&
            EVP_DigestFinal_ex(m_ctx.get(), md, &n) == 1 && n == sizeof md) {
            toHex(md, out);
            return;
        }
#endif
        m_qt.reset();
        m_qt.addData(a);
        m_qt.addData(b);
        std::memcpy(md, m_qt.resultView().data(), sizeof md);
        toHex(md, out);
    }

private:
    static void toHex(const unsigned char* md, char* out)
    {
        static constexpr char Digits[] = "0123456789abcdef";
        for (int i = 0; i < 32; ++i) {
            out[2 * i] = Digits[md[i] >> 4];
            out[2 * i + 1] = Digits[md[i] & 15];
        }
    }

    QCryptographicHash m_qt{QCryptographicHash::Sha256};
#ifdef KEYWARD_HAVE_LIBCRYPTO
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> m_md{EVP_MD_fetch(nullptr, "SHA256", nullptr),
                                                         &EVP_MD_free};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
#endif
};

QString AuditChain::columns(const QString& prefix)
{
    static const char* const Names[] = {"seq",        "id",     "at",      "actor",     "action",
                                        "project_id", "key_id", "details", "prev_hash", "hash"};
    QStringList out;
    for (const char* name : Names) {
        out.append(prefix + QLatin1String(name));
    }
    return out.join(QStringLiteral(", "));
}

AuditChain::AuditChain()
    : m_sha(std::make_unique<Sha256>())
    , m_prev(AuditLog::genesisHash().toLatin1())
{}

AuditChain::~AuditChain() = default;

bool AuditChain::check(const Cursor& row)
{
    if (!m_result.ok) {
        return false;
    }
    const QByteArrayView prev = row.utf8(PrevHash);
    if (prev != m_prev) {
        return fail(row, tr("its previous-hash does not match the event before it: an event was "
                            "removed or altered"));
    }
    const QByteArrayView hash = row.utf8(Hash);
    if (!fastHashMatches(row, prev, hash) && !slowHashMatches(row, prev, hash)) {
        return fail(row, tr("its content does not match its hash: the event was edited"));
    }
    // Same length as before in an intact chain, so no allocation here.
    m_prev.resize(hash.size());
    std::memcpy(m_prev.data(), hash.data(), std::size_t(hash.size()));
    m_result.lastGoodSeq = row.integer(Seq);
    ++m_result.checked;
    return true;
}

void AuditChain::finish(Workspace& ws)
{
    if (!m_result.ok) {
        return;
    }
    const AuditLog::Head head = AuditLog(ws).recordedHead();
    const qint64 headSeq = head.seq;
    if (headSeq != m_result.lastGoodSeq || head.hash.toLatin1() != m_prev) {
        m_result.ok = false;
        m_result.firstBadSeq = headSeq;
        m_result.problem = tr("the trail ends at event %1 but the workspace recorded %2 as its last: "
                              "events were removed from the end")
                               .arg(m_result.lastGoodSeq)
                               .arg(headSeq);
    }
}

bool AuditChain::fail(const Cursor& row, const QString& problem)
{
    ++m_result.checked;
    m_result.ok = false;
    m_result.firstBadId = row.text(Id);
    m_result.firstBadSeq = row.integer(Seq);
    m_result.problem = problem;
    return false;
}

bool AuditChain::fastHashMatches(const Cursor& row, QByteArrayView prev, QByteArrayView hash)
{
    if (hash.size() != 64) {
        return false;
    }
    const QByteArrayView action = row.utf8(Action);
    const QByteArrayView actor = row.utf8(Actor);
    const QByteArrayView details = row.utf8(Details);
    const QByteArrayView id = row.utf8(Id);
    const QByteArrayView keyId = row.utf8(KeyId);
    const QByteArrayView projectId = row.utf8(ProjectId);
    for (const QByteArrayView text : {action, actor, id, keyId, projectId}) {
        if (!plainJsonText(text)) {
            return false;
        }
    }
    // The keys in Qt's order (sorted), compact, as AuditLog::canonical writes them.
    m_canonical.resize(128 + action.size() + actor.size() + details.size() + id.size() + keyId.size() +
                       projectId.size());
    char* const start = m_canonical.data();
    char* p = put(start, "{\"action\":\"");
    p = put(put(p, action), "\",\"actor\":\"");
    p = put(put(p, actor), "\",\"at\":");
    p = put(writeDecimal(p, row.integer(At)), ",\"details\":");
    p = put(put(p, details), ",\"id\":\"");
    p = put(put(p, id), "\",\"key_id\":\"");
    p = put(put(p, keyId), "\",\"project_id\":\"");
    p = put(put(p, projectId), "\"}");
    char computed[64];
    m_sha->hex(prev, QByteArrayView(start, p - start), computed);
    return std::memcmp(computed, hash.data(), sizeof computed) == 0;
}

bool AuditChain::slowHashMatches(const Cursor& row, QByteArrayView prev, QByteArrayView hash)
{
    AuditEvent e;
    e.id = row.text(Id);
    e.at = fromMs(row.integer(At));
    e.actor = row.text(Actor);
    e.action = row.text(Action);
    e.projectId = row.text(ProjectId);
    e.keyId = row.text(KeyId);
    e.details = QJsonDocument::fromJson(row.utf8(Details).toByteArray()).object();
    const QString expected = AuditLog::chainHash(QString::fromLatin1(prev), AuditLog::canonical(e));
    return expected.toLatin1() == hash;
}

} // namespace kw
