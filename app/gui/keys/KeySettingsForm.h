// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class KeySettingsForm;
}

namespace kw::gui {

// What a key may do and for how long, limited by its project's policy: scopes and models, rate
// limits, expiry. Shared by the issue and edit dialogs.
class KeySettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeySettingsForm)

public:
    explicit KeySettingsForm(QWidget* parent = nullptr);
    ~KeySettingsForm() override;

    // Sets the choices; `now` anchors the expiry presets and the policy's cap. Call first.
    void setPolicy(const Policy& policy, const QDateTime& now);
    // For editing: starts from the key's settings and offers to keep its expiry.
    void setKey(const KeyRecord& key);

    QStringList scopes() const;
    QStringList models() const;
    // nullopt: the project's default tier.
    std::optional<RateTier> tier() const;
    // Invalid: never expires (only offered when the policy has no maximum lifetime).
    QDateTime expiresAt() const;
    // False while an edited key keeps the expiry it has.
    bool expiryChanged() const;

    // Explains each refused field next to it; true when everything is acceptable.
    bool validate();

    // For tests and scripts: choose "on a date" with this date.
    void setExpiryDate(const QDate& date);
    // For tests: choose a preset lifetime in days (0: never); false if it is not offered.
    bool setExpiryDays(int days);

Q_SIGNALS:
    void changed();

private:
    enum ExpiryCode
    {
        Never = 0,
        OnDate = -1,
        KeepCurrent = -2,
    };
    void fillExpiryChoices();
    void updateExpiryControls();
    QDateTime cap() const;

    std::unique_ptr<Ui::KeySettingsForm> m_ui;
    Policy m_policy;
    QDateTime m_now;
    std::optional<QDateTime> m_currentExpiry; // edit mode
};

} // namespace kw::gui
