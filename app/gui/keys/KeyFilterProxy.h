// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "gui/keys/KeyTableModel.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace kw::gui {

// Filters the keys of a KeyTableModel as the administrator types. The model does the work in one
// pass over its search texts (KeyTableModel::setFilter), so filterAcceptsRow is a lookup; sorting
// is passed on to the model too, so the proxy never sorts, whatever the sort column.
class KeyFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyFilterProxy)

public:
    explicit KeyFilterProxy(QObject* parent = nullptr);
    ~KeyFilterProxy() override;

    void setKeyModel(KeyTableModel* model);
    KeyTableModel* keyModel() const { return m_keys; }

    // Matches name, hint, owner or key id, case-insensitively.
    void setText(const QString& text);
    void setState(std::optional<KeyState> state);
    void setEnv(std::optional<Env> env);
    QString text() const { return m_text; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    KeyTableModel* m_keys = nullptr;
    QString m_text;
    KeyRowFilter m_filter;
};

} // namespace kw::gui
