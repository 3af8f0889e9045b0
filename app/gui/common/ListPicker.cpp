// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/ListPicker.h"

#include "core/Lifecycle.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kw::gui {

namespace {

QStringList splitEntries(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return normalizedList(text.split(separators, Qt::SkipEmptyParts));
}

} // namespace

ListPicker::ListPicker(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_entry(new QLineEdit(this))
    , m_emptyNote(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addWidget(m_entry);
    layout->addWidget(m_emptyNote);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->hide();
    m_list->setTabKeyNavigation(false);
    m_entry->setClearButtonEnabled(true);
    m_entry->installEventFilter(this);
    setFocusProxy(m_list);
    connect(m_list, &QListWidget::itemChanged, this, &ListPicker::changed);
    connect(m_entry, &QLineEdit::textChanged, this, &ListPicker::changed);
    connect(this, &ListPicker::changed, this, &ListPicker::updateEmptyNote);
    setChoices({}, QString());
}

ListPicker::~ListPicker() = default;

void ListPicker::setChoices(const QStringList& allowed, const QString& placeholder)
{
    m_allowed = normalizedList(allowed);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString& item : std::as_const(m_allowed)) {
            addItem(item, false);
        }
    }
    m_entry->setVisible(m_allowed.isEmpty());
    m_entry->setPlaceholderText(tr("Type %1 and press Enter to add; the policy allows any").arg(placeholder));
    setFocusProxy(m_allowed.isEmpty() ? static_cast<QWidget*>(m_entry) : m_list);
    fitHeight();
    Q_EMIT changed();
}

void ListPicker::setEmptyMeaning(const QString& text)
{
    m_emptyNote->setText(text);
    updateEmptyNote();
}

void ListPicker::updateEmptyNote()
{
    m_emptyNote->setVisible(!m_emptyNote->text().isEmpty() && checked().isEmpty());
}

QListWidgetItem* ListPicker::addItem(const QString& text, bool checked)
{
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

void ListPicker::setChecked(const QStringList& items)
{
    {
        const QSignalBlocker blocker(m_list);
        const QStringList wanted = normalizedList(items);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(wanted.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
        for (const QString& w : wanted) {
            if (m_list->findItems(w, Qt::MatchExactly).isEmpty()) {
                QListWidgetItem* item = addItem(w, true);
                if (!m_allowed.isEmpty()) {
                    item->setToolTip(tr("Not allowed by the project's policy"));
                }
            }
        }
    }
    fitHeight();
    Q_EMIT changed();
}

QStringList ListPicker::checked() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            out.append(m_list->item(i)->text());
        }
    }
    if (m_entry->isVisibleTo(this)) {
        out += splitEntries(m_entry->text());
    }
    return normalizedList(out);
}

QStringList ListPicker::checkedOutsideChoices() const
{
    QStringList out;
    if (m_allowed.isEmpty()) {
        return out;
    }
    for (const QString& item : checked()) {
        if (!m_allowed.contains(item)) {
            out.append(item);
        }
    }
    return out;
}

void ListPicker::addTyped()
{
    const QStringList entries = splitEntries(m_entry->text());
    {
        const QSignalBlocker blocker(m_list);
        for (const QString& e : entries) {
            const QList<QListWidgetItem*> found = m_list->findItems(e, Qt::MatchExactly);
            if (found.isEmpty()) {
                addItem(e, true);
            } else {
                found.first()->setCheckState(Qt::Checked);
            }
        }
    }
    m_entry->clear();
    fitHeight();
    Q_EMIT changed();
}

bool ListPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the entry field adds what was typed instead of pressing the dialog's default button.
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_entry->text().trimmed().isEmpty()) {
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListPicker::fitHeight()
{
    const int rows = std::clamp(m_list->count(), 1, 5);
    const int rowHeight =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    m_list->setVisible(m_list->count() > 0 || !m_allowed.isEmpty());
}

} // namespace kw::gui
