// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/audit/AuditTab.h"

#include "gui/audit/AuditFormat.h"
#include "gui/audit/AuditTableModel.h"
#include "gui/common/Format.h"
#include "gui/common/MessageBanner.h"
#include "store/Inventory.h"
#include "ui_AuditTab.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace kw::gui {

namespace {

const QString HeaderKey = QStringLiteral("audit/header");

constexpr int DefaultWidths[AuditTableModel::ColumnCount] = {56, 130, 90, 110, 120, 150, 400};

QDateTime startOfLocalDay(const QDate& d)
{
    return QDateTime(d, QTime(0, 0)).toUTC();
}

} // namespace

AuditTab::AuditTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditTab>())
    , m_model(new AuditTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditTableModel::SortRole);
    QTableView* table = m_ui->table;
    table->setModel(m_proxy);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    for (int c = 0; c < AuditTableModel::ColumnCount; ++c) {
        header->resizeSection(c, DefaultWidths[c]);
    }
    table->sortByColumn(AuditTableModel::Seq, Qt::DescendingOrder);

    m_ui->action->addItem(tr("Any action"), QString());
    for (const QString& a : knownActions()) {
        m_ui->action->addItem(
            a.endsWith(u'.') ? tr("Any %1…").arg(a) : QStringLiteral("%1 (%2)").arg(actionLabel(a), a), a);
    }
    const QDate today = QDate::currentDate();
    m_ui->from->setDate(today.addMonths(-1));
    m_ui->to->setDate(today);
    m_ui->from->setEnabled(false);
    m_ui->to->setEnabled(false);
    m_ui->status->setForegroundRole(QPalette::PlaceholderText);
    setProjects({});

    connect(m_ui->project, &QComboBox::currentIndexChanged, this, &AuditTab::reload);
    connect(m_ui->action, &QComboBox::currentIndexChanged, this, &AuditTab::reload);
    connect(m_ui->key, &QLineEdit::textChanged, this, &AuditTab::reload);
    connect(m_ui->actor, &QLineEdit::textChanged, this, &AuditTab::reload);
    connect(m_ui->from, &QDateEdit::dateChanged, this, &AuditTab::reload);
    connect(m_ui->to, &QDateEdit::dateChanged, this, &AuditTab::reload);
    connect(m_ui->fromEnabled, &QCheckBox::toggled, m_ui->from, &QWidget::setEnabled);
    connect(m_ui->toEnabled, &QCheckBox::toggled, m_ui->to, &QWidget::setEnabled);
    connect(m_ui->fromEnabled, &QCheckBox::toggled, this, &AuditTab::reload);
    connect(m_ui->toEnabled, &QCheckBox::toggled, this, &AuditTab::reload);
    connect(m_ui->verify, &QPushButton::clicked, this, &AuditTab::verify);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditTab::exportRequested);
}

AuditTab::~AuditTab() = default;

QTableView* AuditTab::table() const
{
    return m_ui->table;
}

MessageBanner* AuditTab::banner() const
{
    return m_ui->verifyBanner;
}

void AuditTab::setInventory(Inventory* inventory)
{
    m_inventory = inventory;
    m_ui->verifyBanner->dismiss();
    m_model->setEvents({}, {});
    invalidate();
}

void AuditTab::setProjects(const QList<Project>& projects)
{
    const QString current = m_ui->project->currentData().toString();
    m_projectNames.clear();
    const QSignalBlocker blocker(m_ui->project);
    m_ui->project->clear();
    m_ui->project->addItem(tr("All projects"), QString());
    for (const Project& p : projects) {
        m_projectNames.insert(p.id, p.name);
        m_ui->project->addItem(p.name, p.id);
    }
    m_ui->project->setCurrentIndex(std::max(0, m_ui->project->findData(current)));
}

void AuditTab::setProjectFilter(const QString& projectId)
{
    m_ui->project->setCurrentIndex(std::max(0, m_ui->project->findData(projectId)));
}

void AuditTab::setKeyFilter(const QString& keyIdOrHint)
{
    m_ui->key->setText(keyIdOrHint);
}

AuditFilter AuditTab::filter() const
{
    AuditFilter f;
    f.projectId = m_ui->project->currentData().toString();
    f.actor = m_ui->actor->text().trimmed();
    f.action = m_ui->action->currentData().toString();
    if (m_ui->fromEnabled->isChecked()) {
        f.from = startOfLocalDay(m_ui->from->date());
    }
    if (m_ui->toEnabled->isChecked()) {
        f.to = startOfLocalDay(m_ui->to->date().addDays(1));
    }
    const QString key = m_ui->key->text().trimmed();
    if (!key.isEmpty()) {
        // A hint is resolved to its key; text that names no key matches nothing rather than everything.
        const Result<KeyRecord> k = m_inventory ? m_inventory->key(key) : Result<KeyRecord>(Error{});
        f.keyId = k ? k->id : key;
    }
    f.limit = PageSize;
    f.newestFirst = true;
    return f;
}

void AuditTab::invalidate()
{
    m_stale = true;
    if (isVisible()) {
        reload();
    }
}

void AuditTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void AuditTab::reload()
{
    m_stale = false;
    if (!m_inventory) {
        m_model->setEvents({}, m_projectNames);
        m_ui->status->clear();
        return;
    }
    Result<QList<AuditEvent>> events = AuditLog(m_inventory->workspace()).list(filter());
    if (!events) {
        m_ui->status->setText(events.error().message);
        return;
    }
    const qsizetype n = events->size();
    m_model->setEvents(std::move(events.value()), m_projectNames);
    const QLocale locale;
    m_ui->status->setText(n >= PageSize ? tr("The newest %1 events; narrow the filters to reach older ones.")
                                              .arg(locale.toString(PageSize))
                                        : counted(n, tr("1 event"), tr("%1 events")));
}

void AuditTab::verify()
{
    if (!m_inventory) {
        return;
    }
    MessageBanner* banner = m_ui->verifyBanner;
    Result<AuditVerification> v = AuditLog(m_inventory->workspace()).verify();
    if (!v) {
        banner->showMessage(MessageBanner::Kind::Error,
                            tr("The audit trail could not be read: %1").arg(v.error().message));
        return;
    }
    const QLocale locale;
    if (v->ok) {
        banner->showMessage(MessageBanner::Kind::Success,
                            tr("Audit chain verified: all %1 events are intact, up to event #%2.")
                                .arg(locale.toString(v->checked), QString::number(v->lastGoodSeq)));
        return;
    }
    const QString where = v->firstBadId.isEmpty()
                              ? tr("event #%1").arg(v->firstBadSeq)
                              : tr("event #%1 (%2)").arg(QString::number(v->firstBadSeq), v->firstBadId);
    banner->showMessage(
        MessageBanner::Kind::Error,
        tr("The audit chain is broken. First bad event: %1 — %2. Events up to #%3 are intact.")
            .arg(where, v->problem, QString::number(v->lastGoodSeq)));
    if (!v->firstBadId.isEmpty()) {
        const qint64 seq = v->firstBadSeq;
        connect(banner->addButton(tr("Show event")), &QPushButton::clicked, this,
                [this, seq] { selectSeq(seq); });
    }
}

void AuditTab::selectSeq(qint64 seq)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        if (i.data(AuditTableModel::SeqRole).toLongLong() == seq) {
            m_ui->table->selectRow(row);
            m_ui->table->scrollTo(i);
            return;
        }
    }
}

void AuditTab::saveState(QSettings& settings) const
{
    settings.setValue(HeaderKey, m_ui->table->horizontalHeader()->saveState());
}

void AuditTab::restoreState(const QSettings& settings)
{
    m_ui->table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray());
}

} // namespace kw::gui
