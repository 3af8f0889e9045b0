// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh workspace in a temporary folder with an Inventory on a fake clock.
#pragma once

#include "ResultAsserts.h"
#include "StoreTestSupport.h"
#include "store/Inventory.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace kw::test {

struct Issued
{
    KeyRecord key;
    QString secret;
};

class InventoryFixture
{
public:
    InventoryFixture() = default;

    // Returns an error text, empty on success.
    QString open(const QString& actor = QStringLiteral("alice"))
    {
        if (!m_dir.isValid()) {
            return QStringLiteral("no temporary folder");
        }
        m_path = m_dir.filePath(QStringLiteral("ws.keyward"));
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_path);
        if (!ws) {
            return ws.error().message;
        }
        m_ws = std::move(ws.value());
        m_inventory = std::make_unique<Inventory>(*m_ws, actor, clock.clock());
        return {};
    }

    void close()
    {
        m_inventory.reset();
        m_ws.reset();
    }

    QString path() const { return m_path; }
    Workspace& ws() { return *m_ws; }
    Inventory& inv() { return *m_inventory; }

    // A number from the workspace through a second, independent connection.
    qint64 count(const QString& table, const QString& where = {}, const QVariantList& binds = {})
    {
        RawDb raw(m_path);
        QString sql = QStringLiteral("SELECT count(*) FROM ") + table;
        if (!where.isEmpty()) {
            sql += QStringLiteral(" WHERE ") + where;
        }
        const QVariant v = raw.scalar(sql, binds);
        return v.isValid() ? v.toLongLong() : -1;
    }

    Result<Project> project(const QString& name, const QString& prefix, const Policy& policy = {})
    {
        ProjectDraft d;
        d.name = name;
        d.prefix = prefix;
        d.policy = policy;
        return m_inventory->createProject(d);
    }

    Result<Issued> issue(IssueRequest request)
    {
        Result<PreparedIssue> prepared = m_inventory->prepareIssue(std::move(request));
        if (!prepared) {
            return prepared.error();
        }
        Result<KeyRecord> committed = m_inventory->commitIssue(*prepared);
        if (!committed) {
            return committed.error();
        }
        return Issued{*committed, prepared->generated.secret};
    }

    Result<Issued> issue(const QString& project, const QString& name,
                         const QString& owner = QStringLiteral("alice"), Env env = Env::Live,
                         const QStringList& scopes = {}, const QDateTime& expiresAt = {})
    {
        IssueRequest r;
        r.projectId = project;
        r.name = name;
        r.owner = owner;
        r.env = env;
        r.scopes = scopes;
        r.expiresAt = expiresAt;
        return issue(r);
    }

    Result<Issued> rotate(const QString& reference, std::optional<qint64> graceSeconds = {})
    {
        Result<PreparedRotation> prepared = m_inventory->prepareRotate(reference, graceSeconds);
        if (!prepared) {
            return prepared.error();
        }
        Result<KeyRecord> committed = m_inventory->commitRotate(*prepared);
        if (!committed) {
            return committed.error();
        }
        return Issued{*committed, prepared->successor.generated.secret};
    }

    FakeClock clock;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Inventory> m_inventory;
};

} // namespace kw::test

// Declares an InventoryFixture `f` and opens it; fails the test function when it cannot.
#define OPEN_FIXTURE(f)                                                                                      \
    kw::test::InventoryFixture f;                                                                            \
    do {                                                                                                     \
        const QString error_ = f.open();                                                                     \
        QVERIFY2(error_.isEmpty(), qPrintable(error_));                                                      \
    } while (false)
