// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/TierEditor.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <limits>

namespace kw::gui {

TierEditor::TierEditor(QWidget* parent)
    : QWidget(parent)
    , m_rpm(new QSpinBox(this))
    , m_tpm(new QSpinBox(this))
    , m_quota(new QDoubleSpinBox(this))
{
    m_rpm->setRange(0, std::numeric_limits<int>::max());
    m_tpm->setRange(0, std::numeric_limits<int>::max());
    m_quota->setDecimals(0);
    m_quota->setRange(0, 1e15);
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{m_rpm, m_tpm, m_quota}) {
        box->setSpecialValueText(tr("unlimited"));
        box->setGroupSeparatorShown(true);
        box->setAccelerated(true);
        box->setMinimumWidth(110);
    }
    m_rpm->setAccessibleName(tr("Requests per minute"));
    m_tpm->setAccessibleName(tr("Tokens per minute"));
    m_quota->setAccessibleName(tr("Monthly quota"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const auto caption = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        label->setForegroundRole(QPalette::PlaceholderText);
        return label;
    };
    grid->addWidget(caption(tr("Re&quests / min"), m_rpm), 0, 0);
    grid->addWidget(caption(tr("To&kens / min"), m_tpm), 0, 1);
    grid->addWidget(caption(tr("Monthly q&uota"), m_quota), 0, 2);
    grid->addWidget(m_rpm, 1, 0);
    grid->addWidget(m_tpm, 1, 1);
    grid->addWidget(m_quota, 1, 2);
    setTabOrder(m_rpm, m_tpm);
    setTabOrder(m_tpm, m_quota);
    setFocusProxy(m_rpm);
    connect(m_rpm, &QSpinBox::valueChanged, this, &TierEditor::changed);
    connect(m_tpm, &QSpinBox::valueChanged, this, &TierEditor::changed);
    connect(m_quota, &QDoubleSpinBox::valueChanged, this, &TierEditor::changed);
}

TierEditor::~TierEditor() = default;

void TierEditor::setTier(const RateTier& tier)
{
    m_rpm->setValue(tier.requestsPerMinute);
    m_tpm->setValue(tier.tokensPerMinute);
    m_quota->setValue(double(tier.monthlyQuota));
}

RateTier TierEditor::tier() const
{
    return RateTier{m_rpm->value(), m_tpm->value(), qint64(m_quota->value())};
}

} // namespace kw::gui
