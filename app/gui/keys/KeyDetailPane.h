// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"
#include "store/AuditLog.h"
#include "usage/query/UsageQuery.h"

#include <QTextBrowser>
#include <functional>

namespace kw::gui {

// Everything about the selected key: its metadata, its rotation chain (the predecessor and
// successor are links) and its own audit events.
class KeyDetailPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyDetailPane)

public:
    explicit KeyDetailPane(QWidget* parent = nullptr);
    ~KeyDetailPane() override;

    void showNothing();
    void showSelectionCount(int count);
    // `safety` says whether a rotated key can be revoked (what imported logs show since the rotation);
    // `findings` are what imported logs revealed about this key (e.g. it stands in plain text in one).
    void showKey(const KeyRecord& key, KeyState state, const QList<AuditEvent>& events, const QDateTime& now,
                 const RevokeSafety& safety = {}, bool pendingPush = false,
                 const std::vector<UsageFinding>& findings = {});
    QString keyId() const { return m_keyId; }

Q_SIGNALS:
    void keyLinkActivated(const QString& keyId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render(std::function<QString()> html);

    QString m_keyId;
    std::function<QString()> m_html; // kept to redraw in the new colours when the palette changes
};

} // namespace kw::gui
