// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "usage/import/ImportJob.h"
#include "usage/query/UsageQuery.h"

#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace Ui {
class UsageTab;
}

namespace kw {
class Inventory;
}

namespace kw::gui {

class FindingsModel;
class ImportPanel;
class KeyUsageModel;
class TopKeysProxy;
class UsageChart;

// The Usage tab: the stacked requests-per-outcome chart of a project (or of the keys selected in
// the Keys tab), the health figures with their trend, the top keys by failure and the findings.
// Reading is deferred while the tab is hidden.
class UsageTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageTab)

public:
    enum class Range
    {
        Hour,
        Day,
        Week,
        Month,
        All,
        Custom,
    };
    enum class Scope
    {
        Project,
        SelectedKeys,
    };
    // The chart asks for at most this many buckets of its window; downsampling to the width
    // does the rest.
    static constexpr int MaxChartBuckets = 2000;

    explicit UsageTab(QWidget* parent = nullptr);
    ~UsageTab() override;

    void setInventory(Inventory* inventory);
    void showProject(const Project* project);
    // The keys selected in the Keys tab; shown when the scope is "selected keys".
    void setSelectedKeys(const QStringList& keyIds);
    void setRange(Range range);
    void setCustomRange(const QDateTime& from, const QDateTime& to);
    void setScope(Scope scope);

    // Re-reads now if visible, else when next shown.
    void invalidate();
    void reload();

    // The range shown, [from, to) in minutes; nullopt when there is nothing to show.
    std::optional<std::pair<qint64, qint64>> range() const { return m_range; }
    UsageChart* chart() const;
    QLabel* invalidRateLabel() const;
    QLabel* successRateLabel() const;
    QString healthText() const;
    bool showsEmptyState() const;
    KeyUsageModel* keyModel() const { return m_keys; }
    TopKeysProxy* topKeys() const { return m_top; }
    FindingsModel* findingsModel() const { return m_findings; }
    QTableView* topKeysView() const;
    QTableView* findingsView() const;
    // What can be done from the finding at a row of the findings view (proxy index): open its
    // key, revoke it, copy file:line. Key actions are disabled when the finding names no key.
    QList<QAction*> findingActions(const QModelIndex& index, QObject* parent);
    ImportPanel* importPanel() const { return m_importPanel; }

    // Asks for log files (a non-modal file dialog) and imports them into the shown project.
    void chooseFilesToImport();
    // Imports in the background with the progress panel; at the end shows the summary, reloads
    // and emits imported(). False (and nothing started) without a project or while one runs.
    bool importFiles(const QStringList& paths);

Q_SIGNALS:
    void importRequested();
    // Export… was clicked: export the shown project's usage over range().
    void exportRequested();
    // A finding's key is to be shown (selected on the Keys tab) or revoked.
    void openKeyRequested(const QString& keyId);
    void revokeKeyRequested(const QString& keyId);
    // An import finished and wrote something: keys' "last used" may have moved.
    void imported();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setUpFindings();
    const UsageFinding& findingAt(const QModelIndex& index) const;
    UsageFilter filter() const;
    std::optional<std::pair<qint64, qint64>> rangeFor(Range range);
    void showEmpty(const QString& title, const QString& text, bool offerImport);
    void loadDetail(qint64 from, qint64 to);
    void onWindowChanged(qint64 from, qint64 to);
    void showHealth(const UsageTrend& trend);
    void updateBucketLabel();
    void updateScopeItem();
    void paintOutcomeBoxes();
    void showError(const QString& message);

    void onImportFinished(const QList<FileSummary>& files, const QString& error, bool cancelled);

    std::unique_ptr<Ui::UsageTab> m_ui;
    ImportPanel* m_importPanel;
    KeyUsageModel* m_keys;
    TopKeysProxy* m_top;
    FindingsModel* m_findings;
    QTimer* m_detailTimer;
    Inventory* m_inventory = nullptr;
    std::optional<Project> m_project;
    QStringList m_selectedKeys;
    std::optional<std::pair<qint64, qint64>> m_range;
    std::optional<UsageTrend> m_trend;
    Bucket m_loadedBucket = Bucket::Hour;
    qint64 m_loadedFrom = 0;
    qint64 m_loadedTo = 0;
    bool m_stale = true;
    bool m_updatingControls = false;
};

} // namespace kw::gui
