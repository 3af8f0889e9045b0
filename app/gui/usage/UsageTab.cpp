// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/usage/UsageTab.h"

#include "gui/common/Format.h"
#include "gui/usage/ImportPanel.h"
#include "gui/usage/ImportSummaryDialog.h"
#include "gui/usage/UsageChart.h"
#include "gui/usage/UsageModels.h"
#include "gui/usage/UsageStyle.h"
#include "store/Inventory.h"
#include "store/Workspace.h"
#include "ui_UsageTab.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QTimer>

namespace kw::gui {

namespace {

constexpr qint64 MinutesPerDay = 24 * 60;
// Rates closer than this (0.01 percentage points) count as unchanged.
constexpr double SameRate = 0.0001;

QIcon swatch(const QColor& color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRect(0, 0, 11, 11);
    return QIcon(pm);
}

QString durationText(qint64 minutes)
{
    if (minutes % (7 * MinutesPerDay) == 0) {
        return counted(minutes / (7 * MinutesPerDay), UsageTab::tr("1 week"), UsageTab::tr("%1 weeks"));
    }
    if (minutes % MinutesPerDay == 0) {
        return counted(minutes / MinutesPerDay, UsageTab::tr("1 day"), UsageTab::tr("%1 days"));
    }
    if (minutes % 60 == 0) {
        return counted(minutes / 60, UsageTab::tr("1 hour"), UsageTab::tr("%1 hours"));
    }
    return counted(minutes, UsageTab::tr("1 minute"), UsageTab::tr("%1 minutes"));
}

} // namespace

UsageTab::UsageTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsageTab>())
    , m_importPanel(nullptr)
    , m_keys(new KeyUsageModel(this))
    , m_top(new TopKeysProxy(this))
    , m_findings(new FindingsModel(this))
    , m_detailTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_importPanel = new ImportPanel(m_ui->importPanelHost);
    m_ui->importPanelHost->layout()->addWidget(m_importPanel);
    connect(m_importPanel, &ImportPanel::finished, this, &UsageTab::onImportFinished);
    connect(this, &UsageTab::importRequested, this, &UsageTab::chooseFilesToImport);
    m_ui->range->addItem(tr("Last hour"), int(Range::Hour));
    m_ui->range->addItem(tr("Last day"), int(Range::Day));
    m_ui->range->addItem(tr("Last week"), int(Range::Week));
    m_ui->range->addItem(tr("Last 30 days"), int(Range::Month));
    m_ui->range->addItem(tr("All imported"), int(Range::All));
    m_ui->range->addItem(tr("Custom"), int(Range::Custom));
    m_ui->range->setCurrentIndex(int(Range::All));
    m_ui->scope->addItem(tr("Whole project"), int(Scope::Project));
    m_ui->scope->addItem(QString(), int(Scope::SelectedKeys));
    updateScopeItem();
    m_ui->topBy->addItem(outcomeLabel(Outcome::Invalid), int(Outcome::Invalid));
    m_ui->topBy->addItem(outcomeLabel(Outcome::RateLimited), int(Outcome::RateLimited));
    m_ui->topBy->addItem(outcomeLabel(Outcome::Forbidden), int(Outcome::Forbidden));
    for (QDateTimeEdit* e : {m_ui->from, m_ui->to}) {
        e->setTimeSpec(Qt::LocalTime);
    }

    m_top->setSourceModel(m_keys);
    m_top->setOutcome(Outcome::Invalid);
    for (QTableView* view : {m_ui->topKeys, m_ui->findings}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setHighlightSections(false);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_ui->topKeys->setModel(m_top);
    m_ui->topKeys->sortByColumn(KeyUsageModel::columnOf(Outcome::Invalid), Qt::DescendingOrder);
    QHeaderView* keysHeader = m_ui->topKeys->horizontalHeader();
    keysHeader->resizeSection(KeyUsageModel::Name, 230);
    keysHeader->resizeSection(KeyUsageModel::Hint, 130);
    for (int c = KeyUsageModel::FirstOutcome; c <= KeyUsageModel::Total; ++c) {
        keysHeader->resizeSection(c, 84);
    }
    setUpFindings();

    QFont big = m_ui->invalidValue->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    for (QLabel* l : {m_ui->invalidValue, m_ui->successValue, m_ui->requestsValue}) {
        l->setFont(big);
    }
    m_ui->invalidBox->setToolTip(tr("Invalid, expired and revoked keys over all requests: good below 1 %, "
                                    "bad above 5 %."));
    m_ui->successBox->setToolTip(tr("Valid requests over all requests: good above 99 %, bad below 95 %."));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({420, 200});
    paintOutcomeBoxes();

    const std::array boxes{m_ui->show_valid,   m_ui->show_invalid,     m_ui->show_expired,
                           m_ui->show_revoked, m_ui->show_rateLimited, m_ui->show_forbidden};
    for (int o = 0; o < OutcomeCount; ++o) {
        connect(boxes[std::size_t(o)], &QCheckBox::toggled, this,
                [this, o](bool on) { m_ui->chart->setOutcomeShown(Outcome(o), on); });
    }
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(60);
    connect(m_detailTimer, &QTimer::timeout, this, [this] {
        const qint64 width = m_ui->chart->windowTo() - m_ui->chart->windowFrom();
        loadDetail(m_ui->chart->windowFrom() - width, m_ui->chart->windowTo() + width);
    });
    connect(m_ui->chart, &UsageChart::windowChanged, this, &UsageTab::onWindowChanged);
    connect(m_ui->range, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls) {
            reload();
        }
    });
    for (QDateTimeEdit* e : {m_ui->from, m_ui->to}) {
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_updatingControls && Range(m_ui->range->currentData().toInt()) == Range::Custom) {
                reload();
            }
        });
    }
    connect(m_ui->scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls) {
            reload();
        }
    });
    connect(m_ui->topBy, &QComboBox::currentIndexChanged, this, [this] {
        const auto by = Outcome(m_ui->topBy->currentData().toInt());
        m_top->setOutcome(by);
        m_ui->topKeys->sortByColumn(KeyUsageModel::columnOf(by), Qt::DescendingOrder);
    });
    connect(m_ui->resetZoom, &QPushButton::clicked, m_ui->chart, &UsageChart::resetZoom);
    connect(m_ui->importButton, &QPushButton::clicked, this, &UsageTab::importRequested);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &UsageTab::exportRequested);
    connect(m_ui->emptyState->button(), &QPushButton::clicked, this, &UsageTab::importRequested);
    showEmpty(tr("No project"), tr("Select a project to see how its keys are used."), false);
}

UsageTab::~UsageTab() = default;

UsageChart* UsageTab::chart() const
{
    return m_ui->chart;
}

QLabel* UsageTab::invalidRateLabel() const
{
    return m_ui->invalidValue;
}

QLabel* UsageTab::successRateLabel() const
{
    return m_ui->successValue;
}

QTableView* UsageTab::topKeysView() const
{
    return m_ui->topKeys;
}

void UsageTab::chooseFilesToImport()
{
    if (!m_project || m_importPanel->isRunning()) {
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Import access logs into %1").arg(m_project->name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(
        {tr("Access logs (*.log *.log.* *.jsonl *.json *.csv *.gz *.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList& files) { importFiles(files); });
    dialog->open();
}

bool UsageTab::importFiles(const QStringList& paths)
{
    if (!m_inventory || !m_project || paths.isEmpty() || m_importPanel->isRunning()) {
        return false;
    }
    ImportOptions options;
    options.projectId = m_project->id;
    options.files = paths;
    options.actor = m_inventory->actor();
    options.background = true; // the window comes first on a busy machine
    m_ui->importButton->setEnabled(false);
    return m_importPanel->start(m_inventory->workspace().path(), std::move(options));
}

void UsageTab::onImportFinished(const QList<FileSummary>& files, const QString& error, bool cancelled)
{
    m_ui->importButton->setEnabled(true);
    auto* summary = new ImportSummaryDialog(files, error, cancelled, this);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
    reload();
    Q_EMIT imported();
}

bool UsageTab::showsEmptyState() const
{
    return m_ui->pages->currentWidget() == m_ui->emptyState;
}

QString UsageTab::healthText() const
{
    return QStringList{m_ui->invalidTitle->text(), m_ui->invalidValue->text(), m_ui->invalidTrend->text(),
                       m_ui->successTitle->text(), m_ui->successValue->text(), m_ui->successTrend->text()}
        .join(u'\n');
}

void UsageTab::setInventory(Inventory* inventory)
{
    m_inventory = inventory;
    m_project.reset();
    m_selectedKeys.clear();
    invalidate();
}

void UsageTab::showProject(const Project* project)
{
    if (project) {
        m_project = *project;
    } else {
        m_project.reset();
    }
    m_selectedKeys.clear();
    updateScopeItem();
    invalidate();
}

void UsageTab::setSelectedKeys(const QStringList& keyIds)
{
    if (keyIds == m_selectedKeys) {
        return;
    }
    m_selectedKeys = keyIds;
    updateScopeItem();
    if (Scope(m_ui->scope->currentData().toInt()) == Scope::SelectedKeys) {
        invalidate();
    }
}

void UsageTab::setRange(Range range)
{
    m_ui->range->setCurrentIndex(m_ui->range->findData(int(range)));
}

void UsageTab::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    m_updatingControls = true;
    m_ui->from->setDateTime(from.toLocalTime());
    m_ui->to->setDateTime(to.toLocalTime());
    m_updatingControls = false;
    if (Range(m_ui->range->currentData().toInt()) == Range::Custom) {
        reload();
    } else {
        setRange(Range::Custom);
    }
}

void UsageTab::setScope(Scope scope)
{
    m_ui->scope->setCurrentIndex(m_ui->scope->findData(int(scope)));
}

void UsageTab::updateScopeItem()
{
    const auto n = m_selectedKeys.size();
    m_ui->scope->setItemText(1, n == 0 ? tr("Keys selected in the Keys tab (none)")
                                       : counted(n, tr("The key selected in the Keys tab"),
                                                 tr("The %1 keys selected in the Keys tab")));
}

void UsageTab::invalidate()
{
    m_stale = true;
    if (isVisible()) {
        reload();
    }
}

void UsageTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void UsageTab::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_trend) {
        showHealth(*m_trend);
    }
}

void UsageTab::paintOutcomeBoxes()
{
    const std::array boxes{m_ui->show_valid,   m_ui->show_invalid,     m_ui->show_expired,
                           m_ui->show_revoked, m_ui->show_rateLimited, m_ui->show_forbidden};
    for (int o = 0; o < OutcomeCount; ++o) {
        QCheckBox* box = boxes[std::size_t(o)];
        box->setText(outcomeLabel(Outcome(o)));
        box->setIcon(swatch(outcomeColor(Outcome(o))));
        box->setToolTip(tr("Show or hide %1 requests in the chart").arg(outcomeLabel(Outcome(o)).toLower()));
    }
}

void UsageTab::showEmpty(const QString& title, const QString& text, bool offerImport)
{
    m_range.reset();
    m_trend.reset();
    m_ui->emptyState->setContent(Icon::Usage, title, text);
    m_ui->emptyState->setActionText(offerImport ? tr("Import access logs…") : QString());
    m_ui->pages->setCurrentWidget(m_ui->emptyState);
    m_keys->setKeys({});
    m_findings->setFindings({});
    m_ui->resetZoom->setEnabled(false);
}

void UsageTab::showError(const QString& message)
{
    showEmpty(tr("Usage could not be read"), message, false);
}

UsageFilter UsageTab::filter() const
{
    UsageFilter f;
    f.projectId = m_project ? m_project->id : QString();
    if (Scope(m_ui->scope->currentData().toInt()) == Scope::SelectedKeys) {
        // No key selected reads no key, rather than silently the whole project.
        f.keyIds = m_selectedKeys.isEmpty() ? QStringList{QStringLiteral("-")} : m_selectedKeys;
    }
    if (m_range) {
        f.fromMinute = m_range->first;
        f.toMinute = m_range->second;
    }
    return f;
}

std::optional<std::pair<qint64, qint64>> UsageTab::rangeFor(Range range)
{
    const qint64 end = minuteOf(m_inventory->now()) + 1;
    switch (range) {
    case Range::Hour:
        return std::pair(end - 60, end);
    case Range::Day:
        return std::pair(end - MinutesPerDay, end);
    case Range::Week:
        return std::pair(end - 7 * MinutesPerDay, end);
    case Range::Month:
        return std::pair(end - 30 * MinutesPerDay, end);
    case Range::Custom: {
        const qint64 from = minuteOf(m_ui->from->dateTime());
        const qint64 to = minuteOf(m_ui->to->dateTime());
        return to > from ? std::optional(std::pair(from, to)) : std::nullopt;
    }
    case Range::All:
        break;
    }
    UsageFilter whole = filter();
    whole.fromMinute.reset();
    whole.toMinute.reset();
    Result<std::optional<std::pair<qint64, qint64>>> extent =
        UsageQuery(m_inventory->workspace()).dataExtent(whole);
    if (!extent || !*extent) {
        return std::nullopt;
    }
    // At least an hour, so a single minute of data still draws as a column among others.
    const qint64 from = (*extent)->first;
    return std::pair(from, std::max((*extent)->second + 1, from + 60));
}

void UsageTab::reload()
{
    m_stale = false;
    m_detailTimer->stop();
    if (!m_inventory || !m_project) {
        showEmpty(tr("No project"), tr("Select a project to see how its keys are used."), false);
        return;
    }
    UsageQuery query(m_inventory->workspace());
    UsageFilter any;
    any.projectId = m_project->id;
    Result<std::optional<std::pair<qint64, qint64>>> extent = query.dataExtent(any);
    if (!extent) {
        showError(extent.error().message);
        return;
    }
    if (!*extent) {
        showEmpty(tr("No usage imported for %1 yet").arg(m_project->name),
                  tr("Import the access logs of your gateways (nginx, Apache, Kong, Traefik, Caddy, Envoy, "
                     "JSON lines or CSV) to see valid, invalid, expired, revoked, rate-limited and "
                     "forbidden requests over time, per key. You can also drop log files on this window."),
                  true);
        return;
    }
    const auto range = Range(m_ui->range->currentData().toInt());
    const bool custom = range == Range::Custom;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->from), static_cast<QWidget*>(m_ui->to),
                       static_cast<QWidget*>(m_ui->fromLabel), static_cast<QWidget*>(m_ui->toLabel)}) {
        w->setVisible(custom);
    }
    m_range.reset();
    m_range = rangeFor(range);
    if (!m_range) {
        // Only "all" of selected keys without data, or an empty custom range, get here.
        m_range = std::pair((*extent)->first, (*extent)->second + 1);
    }
    if (!custom) {
        m_updatingControls = true;
        m_ui->from->setDateTime(minuteTime(m_range->first).toLocalTime());
        m_ui->to->setDateTime(minuteTime(m_range->second).toLocalTime());
        m_updatingControls = false;
    }
    // One pass reads the chart's series, the totals and the per-key table; the previous period
    // costs one more pass for its totals.
    const UsageFilter f = filter();
    const Bucket bucket = autoBucket(m_range->second - m_range->first, MaxChartBuckets);
    Result<UsageAggregate> aggregate = query.aggregate(f, bucket, true);
    UsageFilter before = f;
    before.fromMinute = 2 * m_range->first - m_range->second;
    before.toMinute = m_range->first;
    Result<OutcomeCounts> previous = query.totals(before);
    Result<std::vector<UsageFinding>> findings = query.findings(m_project->id);
    if (!aggregate || !previous || !findings) {
        showError(!aggregate  ? aggregate.error().message
                  : !previous ? previous.error().message
                              : findings.error().message);
        return;
    }
    m_ui->pages->setCurrentWidget(m_ui->contentPage);
    m_ui->resetZoom->setEnabled(true);
    m_trend = UsageTrend{healthOf(aggregate->series.totals), healthOf(*previous)};
    showHealth(*m_trend);
    m_keys->setKeys(std::move(aggregate->keys));
    m_findings->setFindings(std::move(*findings));
    m_ui->tables->setTabText(1, m_findings->rowCount() == 0
                                    ? tr("Fi&ndings")
                                    : tr("Fi&ndings (%1)").arg(QLocale().toString(m_findings->rowCount())));
    // The data goes in before the limits move, so the chart never draws the new window with old data.
    m_loadedBucket = bucket;
    m_loadedFrom = m_range->first;
    m_loadedTo = m_range->second;
    m_ui->chart->setData(std::move(aggregate->series.points), bucket);
    m_ui->chart->setLimits(m_range->first, m_range->second);
    updateBucketLabel();
}

void UsageTab::loadDetail(qint64 from, qint64 to)
{
    if (!m_inventory || !m_range) {
        return;
    }
    from = std::max(from, m_range->first);
    to = std::min(to, m_range->second);
    const qint64 window =
        m_loadedTo > m_loadedFrom ? m_ui->chart->windowTo() - m_ui->chart->windowFrom() : to - from;
    const Bucket bucket = autoBucket(window, MaxChartBuckets);
    UsageFilter f = filter();
    f.fromMinute = from;
    f.toMinute = to;
    Result<UsageSeries> series = UsageQuery(m_inventory->workspace()).series(f, bucket);
    if (!series) {
        showError(series.error().message);
        return;
    }
    m_loadedBucket = bucket;
    m_loadedFrom = from;
    m_loadedTo = to;
    m_ui->chart->setData(std::move(series->points), bucket);
    updateBucketLabel();
}

// Zooming in asks for finer buckets, panning out of the loaded span for more; both are read
// once the movement pauses, and the chart downsamples what it has meanwhile.
void UsageTab::onWindowChanged(qint64 from, qint64 to)
{
    updateBucketLabel();
    const Bucket wanted = autoBucket(to - from, MaxChartBuckets);
    const bool outside = (from < m_loadedFrom && m_loadedFrom > m_range->first) ||
                         (to > m_loadedTo && m_loadedTo < m_range->second);
    if (m_range && (wanted < m_loadedBucket || outside)) {
        m_detailTimer->start();
    }
}

void UsageTab::updateBucketLabel()
{
    const ChartColumns& c = m_ui->chart->columns();
    m_ui->bucketLabel->setText(tr("One column: %1").arg(durationText(c.groupMinutes)));
}

void UsageTab::showHealth(const UsageTrend& trend)
{
    const QPalette& pal = palette();
    const auto paint = [&pal](QLabel* label, HealthLevel level) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, healthColor(level, pal));
        label->setPalette(p);
    };
    const Health& now = trend.current;
    const Health& before = trend.previous;
    m_ui->invalidValue->setText(now.total > 0 ? percentText(now.invalidKeyRate) : tr("—"));
    m_ui->successValue->setText(now.total > 0 ? percentText(now.successRate) : tr("—"));
    paint(m_ui->invalidValue, now.invalidLevel);
    paint(m_ui->successValue, now.successLevel);
    m_ui->invalidTitle->setText(tr("Invalid-key rate (%1)").arg(healthLevelLabel(now.invalidLevel)));
    m_ui->successTitle->setText(tr("Success rate (%1)").arg(healthLevelLabel(now.successLevel)));
    m_ui->requestsValue->setText(QLocale().toString(now.total));

    // The arrow says which way the figure moved; its colour whether that is better or worse.
    const auto trendText = [&](QLabel* label, double current, double previous, bool upIsGood) {
        if (before.total == 0 || now.total == 0) {
            label->setText(tr("No requests in the previous period to compare with"));
            paint(label, HealthLevel::NoData);
            return;
        }
        const double delta = current - previous;
        if (std::abs(delta) < SameRate) {
            label->setText(tr("→ as in the previous period (%1)").arg(percentText(previous)));
            paint(label, HealthLevel::NoData);
            return;
        }
        label->setText((delta > 0 ? tr("▲ up from %1 in the previous period")
                                  : tr("▼ down from %1 in the previous period"))
                           .arg(percentText(previous)));
        paint(label, (delta > 0) == upIsGood ? HealthLevel::Good : HealthLevel::Bad);
    };
    trendText(m_ui->invalidTrend, now.invalidKeyRate, before.invalidKeyRate, false);
    trendText(m_ui->successTrend, now.successRate, before.successRate, true);
    m_ui->requestsTrend->setText(before.total == 0
                                     ? tr("none in the previous period")
                                     : tr("%1 in the previous period").arg(QLocale().toString(before.total)));
}

} // namespace kw::gui
