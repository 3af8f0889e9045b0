// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage/import/DemoLog.h"

#include "core/KeyFormat.h"
#include "core/Tr.h"
#include "store/KeyRepo.h"
#include "store/Workspace.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <cmath>
#include <numbers>

namespace kw {

namespace {

constexpr qint64 SlotSecs = 300;

// A small deterministic generator: the same demo every time.
class Dice
{
public:
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    double unit() { return double(next() % 100000) / 100000.0; }

private:
    quint32 m_state = 20240917u;
};

struct Source
{
    QString reference;  // key id, or hint for some clients
    double perSlot = 0; // requests per five minutes at the daily peak
    int status = 200;
    QDateTime from;  // sends from then …
    QDateTime until; // … up to then
};

} // namespace

Result<qint64> writeDemoLog(Workspace& ws, const QString& projectId, const QDateTime& now, int days,
                            const QString& path)
{
    KeyFilter filter;
    filter.projectId = projectId;
    QList<KeyRecord> keys;
    if (Result<void> r = KeyRepo(ws).scan(filter,
                                          [&](KeyRecord&& k) {
                                              keys.append(std::move(k));
                                              return true;
                                          });
        !r) {
        return r.error();
    }
    const QDateTime start = now.addDays(-days);
    QHash<QString, QDateTime> created;
    for (const KeyRecord& k : std::as_const(keys)) {
        created.insert(k.id, k.createdAt);
    }
    QList<Source> sources;
    QString prefix = QStringLiteral("demo");
    for (const KeyRecord& k : std::as_const(keys)) {
        prefix = k.hint.section(u'_', 0, 0);
        const double weight = k.env == Env::Live ? 2.0 + double(qHash(k.name, 0) % 5) : 0.4;
        const bool byHint = qHash(k.name, 0) % 3 == 0;
        const QString ref = byHint ? k.hint : k.id;
        QDateTime end = now;
        // Clients switch to a rotated key's successor as it is deployed: the old key becomes safe
        // to revoke (no use since the rotation).
        if (const QDateTime rotated = created.value(k.rotatedTo); rotated.isValid()) {
            end = std::min(end, rotated);
        }
        if (k.status == KeyStatus::Revoked && k.revokedAt.isValid()) {
            end = k.revokedAt;
            // A client nobody told: it keeps trying the revoked key now and then.
            sources.append({ref, 0.3, 401, k.revokedAt, now});
        }
        if (k.expiresAt.isValid() && k.expiresAt < end) {
            end = k.expiresAt;
            sources.append({ref, 0.3, 401, k.expiresAt, now});
        }
        if (k.createdAt < end) {
            sources.append({ref, weight, 200, std::max(k.createdAt, start), end});
            if (k.env == Env::Live && qHash(k.name, 0) % 4 == 1) {
                sources.append({ref, weight * 0.04, 403, std::max(k.createdAt, start), end});
            }
        }
    }

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return makeError(ErrorCode::External, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    Dice dice;
    qint64 lines = 0;
    const QLocale c = QLocale::c();
    const auto write = [&](const QDateTime& t, int status, const QString& user, const QString& extra) {
        const QString line =
            QStringLiteral("10.%1.%2.%3 - %4 [%5 +0000] \"POST /v1/chat/completions HTTP/1.1\" "
                           "%6 %7 \"-\" \"demo-client/1.0\" %8\n")
                .arg(dice.next() % 4)
                .arg(dice.next() % 250)
                .arg(dice.next() % 250)
                .arg(user.isEmpty() ? QStringLiteral("-") : user,
                     c.toString(t.toUTC(), QStringLiteral("dd/MMM/yyyy:HH:mm:ss")))
                .arg(status)
                .arg(status == 200 ? 800 + dice.next() % 4000 : 60)
                .arg(extra);
        file.write(line.toUtf8());
        ++lines;
    };
    const qint64 slots = qint64(days) * 86400 / SlotSecs;
    const qint64 stuffingSlot = slots * 11 / 14 + 40; // a burst of unknown keys on one afternoon
    for (qint64 s = 0; s < slots; ++s) {
        const QDateTime slot = start.addSecs(s * SlotSecs);
        const double hour = double(slot.time().hour()) + double(slot.time().minute()) / 60.0;
        const double rhythm =
            0.25 + 0.75 * (1.0 + std::sin((hour - 9.0) / 24.0 * 2.0 * std::numbers::pi)) / 2.0;
        for (const Source& src : std::as_const(sources)) {
            if (slot < src.from || slot >= src.until) {
                continue;
            }
            const double expected =
                src.perSlot * (src.status == 200 ? rhythm : 1.0) * (0.7 + 0.6 * dice.unit());
            auto n = qint64(expected);
            if (dice.unit() < expected - double(n)) {
                ++n;
            }
            for (qint64 i = 0; i < n; ++i) {
                const QDateTime t = slot.addSecs(qint64(dice.next() % SlotSecs));
                // At the daily peak the busiest keys hit their rate limit.
                const int status =
                    src.status == 200 && rhythm > 0.93 && dice.unit() < 0.12 ? 429 : src.status;
                const bool inUser = src.reference.count(u'_') == 2;
                write(t, status, inUser ? src.reference : QString(),
                      inUser ? QStringLiteral("\"-\"") : QStringLiteral("\"%1\"").arg(src.reference));
            }
        }
        // Unknown keys: a trickle, and the burst.
        const qint64 unknown = (s >= stuffingSlot && s < stuffingSlot + 10) ? 40 + dice.next() % 30
                                                                            : (dice.unit() < 0.3 ? 1 : 0);
        for (qint64 i = 0; i < unknown; ++i) {
            write(slot.addSecs(qint64(dice.next() % SlotSecs)), 401, QString(),
                  QStringLiteral("\"%1\"").arg(newKeyId()));
        }
    }
    // A client that logs its bearer token, and two lines of something else.
    for (int i = 0; i < 3; ++i) {
        const GeneratedKey leaked = generateKey(prefix, Env::Test);
        write(now.addSecs(-3600 * (5 + i)), 401, QString(),
              QStringLiteral("\"Bearer %1\"").arg(leaked.secret));
    }
    file.write("--- log rotated by logrotate ---\n\x01\x02 binary noise\n");
    lines += 2;
    if (!file.flush()) {
        return makeError(ErrorCode::External, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return lines;
}

} // namespace kw
