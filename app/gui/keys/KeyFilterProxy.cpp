// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeyFilterProxy.h"

#include "gui/keys/KeyTableModel.h"

namespace kw::gui {

KeyFilterProxy::KeyFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

KeyFilterProxy::~KeyFilterProxy() = default;

void KeyFilterProxy::setKeyModel(KeyTableModel* model)
{
    m_keys = model;
    if (m_keys) {
        m_keys->setFilter(m_filter);
    }
    setSourceModel(model);
}

void KeyFilterProxy::setText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_filter.text = text.trimmed().toLower().toUtf8();
    refilter();
}

void KeyFilterProxy::setState(std::optional<KeyState> state)
{
    if (state != m_filter.state) {
        m_filter.state = state;
        refilter();
    }
}

void KeyFilterProxy::setEnv(std::optional<Env> env)
{
    if (env != m_filter.env) {
        m_filter.env = env;
        refilter();
    }
}

void KeyFilterProxy::refilter()
{
    if (m_keys) {
        m_keys->setFilter(m_filter);
    }
    // invalidate(), not invalidateFilter(): the latter removes and inserts every changed run of
    // rows one signal at a time, which a view of 100,000 rows answers range by range; one layout
    // change is a single relayout, and selections survive it through persistent indexes.
    invalidate();
}

void KeyFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_keys) {
        m_keys->sort(column, order);
    }
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !m_keys || sourceParent.isValid() || m_keys->accepts(sourceRow);
}

} // namespace kw::gui
