// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeysTab.h"

#include "gui/common/Format.h"
#include "gui/keys/KeyFilterProxy.h"
#include "gui/keys/KeyTableModel.h"
#include "gui/keys/StateBadgeDelegate.h"
#include "store/AuditLog.h"
#include "store/Inventory.h"
#include "ui_KeysTab.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <algorithm>
#include <iterator>

namespace kw::gui {

namespace {

const QString HeaderKey = QStringLiteral("keys/header");
const QString SplitterKey = QStringLiteral("keys/splitter");

constexpr int DefaultWidths[KeyTableModel::ColumnCount] = {150, 140, 44, 84, 130, 150, 180, 80, 86, 86, 120};

} // namespace

KeysTab::KeysTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KeysTab>())
    , m_model(new KeyTableModel(this))
    , m_proxy(new KeyFilterProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setKeyModel(m_model);

    m_ui->stateFilter->addItem(tr("All states"), -1);
    for (const KeyState s :
         {KeyState::Active, KeyState::Expiring, KeyState::InGrace, KeyState::Expired, KeyState::Revoked}) {
        m_ui->stateFilter->addItem(stateLabel(s), int(s));
    }
    m_ui->envFilter->addItem(tr("All environments"), -1);
    m_ui->envFilter->addItem(QStringLiteral("live"), int(Env::Live));
    m_ui->envFilter->addItem(QStringLiteral("test"), int(Env::Test));

    QTableView* table = m_ui->table;
    table->setModel(m_proxy);
    table->setItemDelegateForColumn(KeyTableModel::State, new StateBadgeDelegate(table));
    // 100,000 rows: a fixed row height keeps the vertical header from measuring rows.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->verticalHeader()->hide();
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    fitColumns();
    // Newest first: what an administrator just issued or rotated is at the top.
    header->setSortIndicator(KeyTableModel::Created, Qt::DescendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({700, 300});

    connect(m_ui->search, &QLineEdit::textChanged, m_proxy, &KeyFilterProxy::setText);
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_ui->stateFilter->currentData().toInt();
        m_proxy->setState(v < 0 ? std::nullopt : std::optional<KeyState>(KeyState(v)));
    });
    connect(m_ui->envFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_ui->envFilter->currentData().toInt();
        m_proxy->setEnv(v < 0 ? std::nullopt : std::optional<Env>(Env(v)));
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &KeysTab::exportRequested);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeysTab::onSelectionChanged);
    connect(table, &QTableView::doubleClicked, this, &KeysTab::editRequested);
    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        Q_EMIT contextMenuRequested(m_ui->table->viewport()->mapToGlobal(pos));
    });
    connect(m_ui->detail, &KeyDetailPane::keyLinkActivated, this, &KeysTab::selectKey);
    // A filter that hides the selected key drops it from the selection without a selectionChanged
    // signal: check after every change of the visible rows, so the pane and the actions never act
    // on a key the table does not show.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysTab::syncSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysTab::syncSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysTab::syncSelection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &KeysTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysTab::updateCount);
    connect(m_ui->emptyState->button(), &QPushButton::clicked, this, [this] {
        if (m_project) {
            Q_EMIT issueRequested();
        } else {
            Q_EMIT createProjectRequested();
        }
    });
    showEmptyState();
}

KeysTab::~KeysTab() = default;

void KeysTab::fitColumns()
{
    // The default widths are for the default font; a larger one widens every column by as much, and
    // no header or fixed-format cell (hint, dates) is ever cut.
    QHeaderView* header = m_ui->table->horizontalHeader();
    const qreal scale = std::max(1.0, m_ui->table->fontMetrics().averageCharWidth() / 7.0);
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics text = m_ui->table->fontMetrics();
    const QString sampleTime = dateTimeText(QDateTime(QDate(2026, 12, 28), QTime(23, 58)));
    for (int c = 0; c < KeyTableModel::ColumnCount; ++c) {
        int width = std::max(int(DefaultWidths[c] * scale), header->sectionSizeHint(c));
        if (c == KeyTableModel::Hint) {
            width = std::max(width, mono.horizontalAdvance(QStringLiteral("payments_live_XXXXXX")) + 16);
        } else if (c == KeyTableModel::LastUsed) {
            width = std::max(width, text.horizontalAdvance(sampleTime) + 16);
        }
        header->resizeSection(c, width);
    }
}

QTableView* KeysTab::table() const
{
    return m_ui->table;
}

void KeysTab::setInventory(Inventory* inventory)
{
    m_inventory = inventory;
    m_project.reset();
    m_model->clear();
    showEmptyState();
}

Result<void> KeysTab::showProject(const Project* project)
{
    if (!project || !m_inventory) {
        m_project.reset();
        m_model->clear();
        showEmptyState();
        return {};
    }
    m_project = *project;
    m_ui->table->selectionModel()->clear();
    Result<void> loaded = m_model->load(*m_inventory, *project);
    showEmptyState();
    showDetail();
    return loaded;
}

void KeysTab::showEmptyState()
{
    EmptyState* empty = m_ui->emptyState;
    if (!m_project) {
        empty->setContent(Icon::Projects, tr("No project yet"),
                          tr("A project holds the keys of one service, with the policy they are issued "
                             "under: allowed scopes and models, maximum lifetime, rate limits."));
        empty->setActionText(tr("Create a project…"));
        m_ui->pages->setCurrentWidget(empty);
    } else if (m_model->rowCount() == 0) {
        empty->setContent(
            Icon::Key, tr("No keys in %1 yet").arg(m_project->name),
            tr("Issue the first key; its secret is shown once, and Keyward keeps only its hash."));
        empty->setActionText(tr("Issue a key…"));
        m_ui->pages->setCurrentWidget(empty);
    } else {
        m_ui->pages->setCurrentWidget(m_ui->tablePage);
    }
    m_ui->search->setEnabled(m_project.has_value());
    m_ui->stateFilter->setEnabled(m_project.has_value());
    m_ui->envFilter->setEnabled(m_project.has_value());
    updateCount();
}

void KeysTab::applyChanges(const QList<KeyRecord>& keys)
{
    if (!m_inventory) {
        return;
    }
    for (const KeyRecord& k : keys) {
        m_model->upsert(k, m_inventory->stateOf(k));
    }
    if (m_ui->pages->currentWidget() != m_ui->tablePage && m_model->rowCount() > 0) {
        showEmptyState();
    }
    showDetail();
}

void KeysTab::refreshStates()
{
    if (m_inventory) {
        m_model->refreshStates(m_inventory->now());
        showDetail();
    }
}

void KeysTab::setPendingKeys(const QSet<QString>& keyIds)
{
    if (keyIds == m_pendingKeys) {
        return;
    }
    m_pendingKeys = keyIds;
    m_model->setPendingKeys(keyIds);
    showDetail();
}

QStringList KeysTab::selectedKeyIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    for (const QModelIndex& i : rows) {
        ids.append(i.data(KeyTableModel::KeyIdRole).toString());
    }
    return ids;
}

QList<const KeyRow*> KeysTab::selectedRows() const
{
    QList<const KeyRow*> rows;
    const QModelIndexList selected = m_ui->table->selectionModel()->selectedRows();
    for (const QModelIndex& i : selected) {
        rows.append(&m_model->keyRow(m_proxy->mapToSource(i).row()));
    }
    return rows;
}

QString KeysTab::currentKeyId() const
{
    const QStringList ids = selectedKeyIds();
    return ids.size() == 1 ? ids.first() : QString();
}

bool KeysTab::selectKey(const QString& keyId)
{
    const int sourceRow = m_model->rowOf(keyId);
    if (sourceRow < 0) {
        return false;
    }
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_ui->search->clear();
        m_ui->stateFilter->setCurrentIndex(0);
        m_ui->envFilter->setCurrentIndex(0);
        proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_ui->table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    m_ui->table->scrollTo(proxyIndex);
    return true;
}

void KeysTab::focusFilter()
{
    m_ui->search->setFocus(Qt::ShortcutFocusReason);
    m_ui->search->selectAll();
}

KeyFilter KeysTab::exportFilter() const
{
    KeyFilter f;
    f.projectId = m_project ? m_project->id : QString();
    f.text = m_ui->search->text().trimmed();
    if (const int v = m_ui->stateFilter->currentData().toInt(); v >= 0) {
        f.state = KeyState(v);
    }
    if (const int v = m_ui->envFilter->currentData().toInt(); v >= 0) {
        f.env = Env(v);
    }
    return f;
}

void KeysTab::setStateFilter(std::optional<KeyState> state)
{
    m_ui->stateFilter->setCurrentIndex(state ? m_ui->stateFilter->findData(int(*state)) : 0);
}

void KeysTab::onSelectionChanged()
{
    m_shownIds = selectedKeyIds();
    showDetail();
    Q_EMIT selectionChanged();
}

void KeysTab::syncSelection()
{
    if (selectedKeyIds() != m_shownIds) {
        onSelectionChanged();
    }
}

void KeysTab::showDetail()
{
    const QStringList ids = selectedKeyIds();
    if (ids.size() > 1) {
        m_ui->detail->showSelectionCount(int(ids.size()));
        return;
    }
    if (ids.isEmpty() || !m_inventory) {
        m_ui->detail->showNothing();
        return;
    }
    Result<KeyRecord> key = m_inventory->key(ids.first());
    if (!key) {
        m_ui->detail->showNothing();
        return;
    }
    AuditFilter filter;
    filter.keyId = key->id;
    Result<QList<AuditEvent>> events = AuditLog(m_inventory->workspace()).list(filter);
    UsageQuery usage(m_inventory->workspace());
    Result<RevokeSafety> safety = usage.revokeSafety(*key);
    std::vector<UsageFinding> findings;
    if (Result<std::vector<UsageFinding>> all = usage.findings(key->projectId)) {
        std::copy_if(all->begin(), all->end(), std::back_inserter(findings),
                     [&key](const UsageFinding& f) { return f.keyId == key->id; });
    }
    m_ui->detail->showKey(*key, m_inventory->stateOf(*key), events ? *events : QList<AuditEvent>(),
                          m_inventory->now(), safety ? *safety : RevokeSafety(),
                          m_pendingKeys.contains(key->id), findings);
}

void KeysTab::updateCount()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_ui->countLabel->setText(shown == total
                                  ? counted(total, tr("1 key"), tr("%1 keys"))
                                  : tr("%1 of %2 keys").arg(locale.toString(shown), locale.toString(total)));
}

void KeysTab::saveState(QSettings& settings) const
{
    settings.setValue(HeaderKey, m_ui->table->horizontalHeader()->saveState());
    settings.setValue(SplitterKey, m_ui->splitter->saveState());
}

void KeysTab::restoreState(const QSettings& settings)
{
    m_ui->table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

} // namespace kw::gui
