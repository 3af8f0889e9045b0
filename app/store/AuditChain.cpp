// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditChain.h"

#include "core/Digits.h"
#include "core/Sha256.h"
#include "core/Time.h"
#include "core/Tr.h"
#include "store/Cursor.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

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

// Where a field of an event lies in its batch's text.
struct Span
{
    qsizetype at = 0;
    qsizetype size = 0;
};

struct Entry
{
    qint64 index = 0; // rows before this one in the walk
    qint64 seq = 0;
    bool withSeq = true; // hashed with its seq (every event after the legacy ones)
    qint64 at = 0;
    Span prev, hash, canonical;
    // Inside the canonical text, verbatim, for the slow path.
    Span id, actor, action, projectId, keyId, details;
};

struct Batch
{
    QByteArray text;
    qsizetype used = 0;
    std::vector<Entry> entries;

    QByteArrayView view(Span s) const { return QByteArrayView(text.constData() + s.at, s.size); }
};

constexpr std::size_t BatchRows = 4096;
constexpr std::size_t MaxQueued = 4;

// The canonical form through Qt, for a row the stored text does not give byte for byte.
bool slowHashMatches(const Batch& b, const Entry& e)
{
    AuditEvent event;
    const auto text = [&](Span s) {
        const QByteArrayView v = b.view(s);
        return QString::fromUtf8(v.data(), v.size());
    };
    event.id = text(e.id);
    event.at = fromMs(e.at);
    event.actor = text(e.actor);
    event.action = text(e.action);
    event.projectId = text(e.projectId);
    event.keyId = text(e.keyId);
    event.details = QJsonDocument::fromJson(b.view(e.details).toByteArray()).object();
    event.seq = e.seq;
    const QString expected =
        AuditLog::chainHash(QString::fromLatin1(b.view(e.prev)), AuditLog::canonical(event, e.withSeq));
    return expected.toLatin1() == b.view(e.hash);
}

} // namespace

// The second thread: SHA-256 of each event queued by check(), in order, until the first mismatch.
class AuditChain::Hasher
{
    Q_DISABLE_COPY_MOVE(Hasher)

public:
    Hasher()
        : m_current(std::make_unique<Batch>())
        , m_thread([this] { run(); })
    {}
    ~Hasher() { close(); }

    bool failed() const { return m_failed.load(std::memory_order_relaxed); }

    // Copies the row's fields (its canonical form written out) into the current batch.
    void add(const Cursor& row, qint64 index, QByteArrayView prev, QByteArrayView hash, bool withSeq)
    {
        const QByteArrayView action = row.utf8(Action);
        const QByteArrayView actor = row.utf8(Actor);
        const QByteArrayView details = row.utf8(Details);
        const QByteArrayView id = row.utf8(Id);
        const QByteArrayView keyId = row.utf8(KeyId);
        const QByteArrayView projectId = row.utf8(ProjectId);
        Batch& b = *m_current;
        const qsizetype need = 160 + prev.size() + hash.size() + action.size() + actor.size() +
                               details.size() + id.size() + keyId.size() + projectId.size();
        if (b.used + need > b.text.size()) {
            b.text.resize(std::max(b.text.size() * 2, b.used + need));
        }
        char* const base = b.text.data();
        char* p = base + b.used;
        Entry e;
        e.index = index;
        e.seq = row.integer(Seq);
        e.at = row.integer(At);
        e.withSeq = withSeq;
        const auto field = [&](Span& span, QByteArrayView v) {
            span = {p - base, v.size()};
            p = put(p, v);
        };
        field(e.prev, prev);
        field(e.hash, hash);
        char* const canonical = p;
        // The keys in Qt's order (sorted), compact, as AuditLog::canonical writes them.
        p = put(p, "{\"action\":\"");
        field(e.action, action);
        p = put(p, "\",\"actor\":\"");
        field(e.actor, actor);
        p = put(writeDecimal(put(p, "\",\"at\":"), e.at), ",\"details\":");
        field(e.details, details);
        p = put(p, ",\"id\":\"");
        field(e.id, id);
        p = put(p, "\",\"key_id\":\"");
        field(e.keyId, keyId);
        p = put(p, "\",\"project_id\":\"");
        field(e.projectId, projectId);
        if (withSeq) {
            p = writeDecimal(put(p, "\",\"seq\":"), e.seq);
            p = put(p, "}");
        } else {
            p = put(p, "\"}");
        }
        e.canonical = {canonical - base, p - canonical};
        b.used = p - base;
        b.entries.push_back(e);
        if (b.entries.size() >= BatchRows) {
            submit();
        }
    }

    // Hashes what is queued and ends the thread; the result members are then final.
    void close()
    {
        if (!m_thread.joinable()) {
            return;
        }
        submit();
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    // Valid after close(): the first mismatch (index -1 for none) and the last event before it.
    qint64 badIndex = -1;
    qint64 badSeq = 0;
    QString badId;
    qint64 lastGoodSeq = 0;

private:
    void submit()
    {
        if (m_current->entries.empty()) {
            return;
        }
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_full.size() < MaxQueued; });
        m_full.push_back(std::move(m_current));
        if (m_free.empty()) {
            m_current = std::make_unique<Batch>();
        } else {
            m_current = std::move(m_free.back());
            m_free.pop_back();
        }
        lock.unlock();
        m_wake.notify_all();
    }

    void run()
    {
        Sha256 sha;
        for (;;) {
            std::unique_ptr<Batch> b;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_full.empty() || m_closed; });
                if (m_full.empty()) {
                    return;
                }
                b = std::move(m_full.front());
                m_full.pop_front();
            }
            m_wake.notify_all();
            if (!failed()) {
                verify(*b, sha);
            }
            b->used = 0;
            b->entries.clear();
            const std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(b));
        }
    }

    void verify(const Batch& b, Sha256& sha)
    {
        for (const Entry& e : b.entries) {
            if (!fastHashMatches(b, e, sha) && !slowHashMatches(b, e)) {
                badIndex = e.index;
                badSeq = e.seq;
                const QByteArrayView id = b.view(e.id);
                badId = QString::fromUtf8(id.data(), id.size());
                m_failed.store(true, std::memory_order_relaxed);
                return;
            }
            lastGoodSeq = e.seq;
        }
    }

    static bool fastHashMatches(const Batch& b, const Entry& e, Sha256& sha)
    {
        const QByteArrayView hash = b.view(e.hash);
        if (hash.size() != 64) {
            return false;
        }
        for (const Span s : {e.action, e.actor, e.id, e.keyId, e.projectId}) {
            if (!plainJsonText(b.view(s))) {
                return false;
            }
        }
        char computed[64];
        sha.hex(b.view(e.prev), b.view(e.canonical), computed);
        return std::memcmp(computed, hash.data(), sizeof computed) == 0;
    }

    std::unique_ptr<Batch> m_current;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_free;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_closed = false;
    std::atomic_bool m_failed{false};
    std::thread m_thread; // last: started once everything above exists
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

AuditChain::AuditChain(Workspace& ws)
    : m_hasher(std::make_unique<Hasher>())
    , m_legacyUntil(AuditLog(ws).legacyUntil())
    , m_prev(AuditLog::genesisHash().toLatin1())
{}

void AuditChain::brokenAt(const Cursor& row, const QString& problem)
{
    m_linkBrokenAt = m_rows;
    m_result.ok = false;
    m_result.checked = m_rows + 1;
    m_result.lastGoodSeq = m_lastSeq;
    m_result.firstBadId = row.text(Id);
    m_result.firstBadSeq = row.integer(Seq);
    m_result.problem = problem;
}

// The first event after those hashed without their seq must be the upgrade's seal, and must
// count them as they are: a legacy event renumbered, added or removed no longer fits it.
bool AuditChain::checkSeal(const Cursor& row)
{
    const QJsonObject d = QJsonDocument::fromJson(row.utf8(Details).toByteArray()).object();
    const bool fits = row.textEquals(Action, AuditLog::UpgradeAction) &&
                      d.value(QStringLiteral("legacy_until")).toInteger() == m_legacyUntil &&
                      d.value(QStringLiteral("legacy_events")).toInteger() == m_rows &&
                      d.value(QStringLiteral("legacy_first_seq")).toInteger() == m_firstSeq &&
                      m_lastSeq == m_legacyUntil;
    if (!fits) {
        brokenAt(row, tr("the events written before the upgrade to schema 7 do not match the upgrade's "
                         "record of them (%n event(s) up to event %1): one was renumbered, added or removed",
                         nullptr, int(d.value(QStringLiteral("legacy_events")).toInteger()))
                          .arg(m_legacyUntil));
    }
    return fits;
}

AuditChain::~AuditChain() = default;

bool AuditChain::check(const Cursor& row)
{
    if (m_linkBrokenAt >= 0 || m_hasher->failed()) {
        return false;
    }
    const QByteArrayView prev = row.utf8(PrevHash);
    if (prev != m_prev) {
        brokenAt(row, tr("its previous-hash does not match the event before it: an event was "
                         "removed or altered"));
        return false;
    }
    const qint64 seq = row.integer(Seq);
    const bool withSeq = seq > m_legacyUntil;
    if (m_rows == 0) {
        m_firstSeq = seq;
    }
    if (withSeq && m_legacyUntil > 0 && m_lastSeq <= m_legacyUntil && !checkSeal(row)) {
        return false;
    }
    const QByteArrayView hash = row.utf8(Hash);
    m_hasher->add(row, m_rows, prev, hash, withSeq);
    // Same length as before in an intact chain, so no allocation here.
    m_prev.resize(hash.size());
    std::memcpy(m_prev.data(), hash.data(), std::size_t(hash.size()));
    m_lastSeq = row.integer(Seq);
    ++m_rows;
    return true;
}

void AuditChain::stop()
{
    m_hasher->close();
    const Hasher& h = *m_hasher;
    if (h.badIndex >= 0 && (m_linkBrokenAt < 0 || h.badIndex < m_linkBrokenAt)) {
        m_result.ok = false;
        m_result.checked = h.badIndex + 1;
        m_result.lastGoodSeq = h.lastGoodSeq;
        m_result.firstBadId = h.badId;
        m_result.firstBadSeq = h.badSeq;
        m_result.problem = tr("its content does not match its hash: the event was edited");
    } else if (m_linkBrokenAt < 0) {
        m_result.checked = m_rows;
        m_result.lastGoodSeq = m_lastSeq;
    }
}

void AuditChain::finish(Workspace& ws)
{
    stop();
    if (!m_result.ok) {
        return;
    }
    const AuditLog::Head head = AuditLog(ws).recordedHead();
    if (head.seq == m_result.lastGoodSeq && head.hash.toLatin1() == m_prev) {
        return;
    }
    m_result.ok = false;
    m_result.firstBadSeq = head.seq;
    // The recorded head is an event of the trail, and more follow it: they were appended without
    // moving the head, which Keyward always does in the same transaction.
    Result<QSqlQuery> atHead = ws.exec(QStringLiteral("SELECT hash FROM audit WHERE seq = ?"), {head.seq});
    const bool headInTrail = atHead && atHead->next() && atHead->value(0).toString() == head.hash;
    if (headInTrail && head.seq < m_result.lastGoodSeq) {
        m_result.problem =
            tr("the workspace recorded event %1 as its last, but the trail goes on to event %2: "
               "events were added after the recorded head, not by Keyward")
                .arg(head.seq)
                .arg(m_result.lastGoodSeq);
    } else if (head.seq > m_result.lastGoodSeq) {
        m_result.problem = tr("the trail ends at event %1 but the workspace recorded %2 as its last: "
                              "events were removed from the end")
                               .arg(m_result.lastGoodSeq)
                               .arg(head.seq);
    } else {
        m_result.problem = tr("the workspace recorded event %1 as its last, with another hash than the "
                              "trail's: the trail or its recorded head was rewritten")
                               .arg(head.seq);
    }
}

} // namespace kw
