// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

namespace kw::gui {

// Requests per minute, tokens per minute and a monthly quota; 0 shows as "unlimited".
class TierEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierEditor)

public:
    explicit TierEditor(QWidget* parent = nullptr);
    ~TierEditor() override;

    void setTier(const RateTier& tier);
    RateTier tier() const;

Q_SIGNALS:
    void changed();

private:
    QSpinBox* m_rpm;
    QSpinBox* m_tpm;
    // A double spin box holds the quota: monthly token quotas pass what an int can count.
    QDoubleSpinBox* m_quota;
};

} // namespace kw::gui
