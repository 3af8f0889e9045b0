// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the store tests: a movable clock, a second raw SQLite connection to a
// workspace file (what another tool or an attacker would use), and file fingerprints.
#pragma once

#include "core/Result.h"
#include "core/Time.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <memory>

namespace kw::test {

// The error category of a result as text, "ok" on success; unlike error(), safe to call on a success.
template<typename R>
QString codeOf(const R& r)
{
    if (r.ok()) {
        return QStringLiteral("ok");
    }
    switch (r.error().code) {
    case ErrorCode::Invalid:
        return QStringLiteral("Invalid");
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::Conflict:
        return QStringLiteral("Conflict");
    case ErrorCode::Storage:
        return QStringLiteral("Storage");
    case ErrorCode::External:
        return QStringLiteral("External");
    }
    return QStringLiteral("?");
}

// A clock the test moves by hand; copies share the same "now".
class FakeClock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc()))
        : m_now(std::make_shared<QDateTime>(std::move(start)))
    {}
    QDateTime now() const { return *m_now; }
    void set(const QDateTime& t) { *m_now = t; }
    void advanceSecs(qint64 s) { *m_now = m_now->addSecs(s); }
    void advanceDays(qint64 d) { *m_now = m_now->addDays(d); }
    kw::Clock clock() const
    {
        auto shared = m_now;
        return [shared] {
            return *shared;
        };
    }

private:
    std::shared_ptr<QDateTime> m_now;
};

// A plain QSQLITE connection of its own, independent of kw::Workspace.
class RawDb
{
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns the error text, empty on success.
    QString exec(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            return q.lastError().text();
        }
        for (const QVariant& v : binds) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return q.lastError().text();
        }
        return {};
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql)) {
            return {};
        }
        for (const QVariant& v : binds) {
            q.addBindValue(v);
        }
        if (!q.exec() || !q.next()) {
            return {};
        }
        return q.value(0);
    }

private:
    static int& counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    bool m_open = false;
};

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

// What "left untouched" means: same bytes, same size, same modification time.
struct Fingerprint
{
    QByteArray sha256;
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const Fingerprint&) const = default;
};

inline Fingerprint fingerprint(const QString& path)
{
    const QFileInfo info(path);
    return {QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex(), info.size(),
            info.lastModified().toUTC()};
}

// Puts the file's modification time far in the past, so any write shows up as a new time.
inline bool ageFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite)) {
        return false;
    }
    return f.setFileTime(QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), QTimeZone::utc()),
                         QFileDevice::FileModificationTime);
}

} // namespace kw::test
