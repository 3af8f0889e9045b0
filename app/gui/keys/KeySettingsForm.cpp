// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/KeySettingsForm.h"

#include "gui/common/FieldError.h"
#include "gui/common/Format.h"
#include "ui_KeySettingsForm.h"

namespace kw::gui {

namespace {

constexpr int PresetDays[] = {7, 30, 90, 180, 365};

} // namespace

KeySettingsForm::KeySettingsForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KeySettingsForm>())
{
    m_ui->setupUi(this);
    for (QLabel* error : {m_ui->scopesError, m_ui->modelsError, m_ui->expiryError}) {
        setFieldError(error, {});
    }
    m_ui->expiryNote->setForegroundRole(QPalette::PlaceholderText);
    // Gateways read an empty list as "no restriction" (docs/registry.md): say so while it is empty.
    m_ui->scopes->setEmptyMeaning(tr("Nothing ticked: the key is accepted for any scope."));
    m_ui->models->setEmptyMeaning(tr("Nothing ticked: the key is accepted for any model."));
    connect(m_ui->scopes, &ListPicker::changed, this, &KeySettingsForm::changed);
    connect(m_ui->models, &ListPicker::changed, this, &KeySettingsForm::changed);
    connect(m_ui->tier, &TierEditor::changed, this, &KeySettingsForm::changed);
    connect(m_ui->tierMode, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_ui->tierMode->currentIndex() == 1;
        m_ui->tier->setEnabled(custom);
        if (!custom) {
            m_ui->tier->setTier(m_policy.defaultTier);
        }
        Q_EMIT changed();
    });
    connect(m_ui->expiryChoice, &QComboBox::currentIndexChanged, this, [this] {
        updateExpiryControls();
        Q_EMIT changed();
    });
    connect(m_ui->expiryDate, &QDateEdit::dateChanged, this, [this] {
        updateExpiryControls();
        Q_EMIT changed();
    });
}

KeySettingsForm::~KeySettingsForm() = default;

QDateTime KeySettingsForm::cap() const
{
    return m_policy.maxLifetimeDays > 0 ? m_now.addDays(m_policy.maxLifetimeDays) : QDateTime();
}

void KeySettingsForm::setPolicy(const Policy& policy, const QDateTime& now)
{
    m_policy = policy;
    m_now = now;
    m_ui->scopes->setChoices(policy.allowedScopes, QStringLiteral("chat:read"));
    m_ui->models->setChoices(policy.allowedModels, QStringLiteral("gpt-4o-mini"));
    {
        const QSignalBlocker blocker(m_ui->tierMode);
        m_ui->tierMode->clear();
        m_ui->tierMode->addItem(tr("Project default — %1").arg(tierText(policy.defaultTier)));
        m_ui->tierMode->addItem(tr("Custom for this key"));
    }
    m_ui->tier->setTier(policy.defaultTier);
    m_ui->tier->setEnabled(false);
    const QDate today = now.toLocalTime().date();
    m_ui->expiryDate->setMinimumDate(today.addDays(1));
    m_ui->expiryDate->setMaximumDate(cap().isValid() ? cap().toLocalTime().date() : today.addYears(100));
    m_ui->expiryDate->setDate(
        today.addDays(std::min(90, policy.maxLifetimeDays > 0 ? policy.maxLifetimeDays : 90)));
    fillExpiryChoices();
}

void KeySettingsForm::fillExpiryChoices()
{
    const QSignalBlocker blocker(m_ui->expiryChoice);
    QComboBox* choice = m_ui->expiryChoice;
    choice->clear();
    if (m_currentExpiry) {
        choice->addItem(tr("Keep the current expiry (%1)").arg(expiryText(*m_currentExpiry)), KeepCurrent);
    }
    const int max = m_policy.maxLifetimeDays;
    for (const int days : PresetDays) {
        if (max == 0 || days < max) {
            choice->addItem(days == 365 ? tr("In 1 year") : tr("In %1 days").arg(days), days);
        }
    }
    if (max > 0) {
        choice->addItem(tr("In %1 days (the policy's maximum)").arg(max), max);
    } else {
        choice->addItem(tr("Never"), Never);
    }
    choice->addItem(tr("On a date…"), OnDate);
    // A new key defaults to 90 days or the policy's maximum if shorter: a bounded life by default.
    const int preferred = m_currentExpiry ? int(KeepCurrent) : (max > 0 ? std::min(90, max) : 90);
    int index = choice->findData(preferred);
    if (index < 0) {
        index = choice->findData(max);
    }
    choice->setCurrentIndex(std::max(0, index));
    updateExpiryControls();
}

void KeySettingsForm::setKey(const KeyRecord& key)
{
    m_currentExpiry = key.expiresAt;
    m_ui->scopes->setChecked(key.scopes);
    m_ui->models->setChecked(key.models);
    const bool custom = !(key.tier == m_policy.defaultTier);
    m_ui->tierMode->setCurrentIndex(custom ? 1 : 0);
    m_ui->tier->setTier(key.tier);
    m_ui->tier->setEnabled(custom);
    fillExpiryChoices();
}

void KeySettingsForm::updateExpiryControls()
{
    const int code = m_ui->expiryChoice->currentData().toInt();
    m_ui->expiryDate->setVisible(code == OnDate);
    const QDateTime at = expiresAt();
    m_ui->expiryNote->setText(at.isValid()
                                  ? tr("Expires on %1 (%2)").arg(dateTimeText(at), relativeText(at, m_now))
                                  : tr("The key never expires."));
}

QStringList KeySettingsForm::scopes() const
{
    return m_ui->scopes->checked();
}

QStringList KeySettingsForm::models() const
{
    return m_ui->models->checked();
}

std::optional<RateTier> KeySettingsForm::tier() const
{
    if (m_ui->tierMode->currentIndex() == 1) {
        return m_ui->tier->tier();
    }
    return std::nullopt;
}

QDateTime KeySettingsForm::expiresAt() const
{
    const int code = m_ui->expiryChoice->currentData().toInt();
    switch (code) {
    case KeepCurrent:
        return m_currentExpiry.value_or(QDateTime());
    case Never:
        return {};
    case OnDate: {
        // The key lives through the chosen day (local time), within the policy's cap.
        const QDateTime endOfDay(m_ui->expiryDate->date(), QTime(23, 59, 59));
        const QDateTime limit = cap();
        return (limit.isValid() && endOfDay.toUTC() > limit) ? limit : endOfDay.toUTC();
    }
    default:
        return m_now.addDays(code);
    }
}

bool KeySettingsForm::expiryChanged() const
{
    return m_ui->expiryChoice->currentData().toInt() != KeepCurrent;
}

void KeySettingsForm::setExpiryDate(const QDate& date)
{
    m_ui->expiryChoice->setCurrentIndex(m_ui->expiryChoice->findData(int(OnDate)));
    m_ui->expiryDate->setDate(date);
}

bool KeySettingsForm::setExpiryDays(int days)
{
    const int index = m_ui->expiryChoice->findData(days);
    if (index >= 0) {
        m_ui->expiryChoice->setCurrentIndex(index);
    }
    return index >= 0;
}

bool KeySettingsForm::validate()
{
    const auto outside = [](const QStringList& items) {
        return items.isEmpty()
                   ? QString()
                   : tr("Not allowed by the project's policy: %1. Uncheck it.").arg(items.join(u", "));
    };
    bool ok = setFieldError(m_ui->scopesError, outside(m_ui->scopes->checkedOutsideChoices()));
    ok &= setFieldError(m_ui->modelsError, outside(m_ui->models->checkedOutsideChoices()));
    // Keeping the expiry an edited key has is not checked here: Inventory::edit applies today's policy.
    QString expiryProblem;
    if (expiryChanged()) {
        const QDateTime at = expiresAt();
        if (at.isValid() && at <= m_now) {
            expiryProblem = tr("This date has passed; pick one after today.");
        } else if (cap().isValid() && (!at.isValid() || at > cap())) {
            expiryProblem = tr("The project's policy allows keys to live at most %1 days (until %2).")
                                .arg(m_policy.maxLifetimeDays)
                                .arg(dateText(cap()));
        }
    }
    ok &= setFieldError(m_ui->expiryError, expiryProblem);
    return ok;
}

} // namespace kw::gui
