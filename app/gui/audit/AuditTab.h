// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "store/AuditLog.h"

#include <QWidget>
#include <memory>

class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class AuditTab;
}

namespace kw {
class Inventory;
}

namespace kw::gui {

class AuditTableModel;
class MessageBanner;

// The audit trail with its filters, and the chain verification with its result as a banner.
// Reading is deferred while the tab is hidden: a change marks it stale, showing it reloads.
class AuditTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTab)

public:
    // Newest events shown at most; the filters reach older ones.
    static constexpr int PageSize = 5000;

    explicit AuditTab(QWidget* parent = nullptr);
    ~AuditTab() override;

    void setInventory(Inventory* inventory);
    void setProjects(const QList<Project>& projects);
    void setProjectFilter(const QString& projectId);
    void setKeyFilter(const QString& keyIdOrHint);
    AuditFilter filter() const;

    // Re-reads now if visible, else when next shown.
    void invalidate();
    void reload();
    void verify();

    AuditTableModel* model() const { return m_model; }
    QTableView* table() const;
    MessageBanner* banner() const;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

Q_SIGNALS:
    // The Export… button: the main window runs the audit report with filter().
    void exportRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void selectSeq(qint64 seq);

    std::unique_ptr<Ui::AuditTab> m_ui;
    AuditTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    Inventory* m_inventory = nullptr;
    QHash<QString, QString> m_projectNames;
    bool m_stale = true;
};

} // namespace kw::gui
