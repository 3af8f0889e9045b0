// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/RotateKeyDialog.h"

#include "gui/common/Format.h"
#include "ui_RotateKeyDialog.h"

#include <QPushButton>

namespace kw::gui {

RotateKeyDialog::RotateKeyDialog(const KeyRecord& key, const Policy& policy, const QDateTime& now,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotateKeyDialog>())
    , m_now(now)
{
    m_ui->setupUi(this);
    m_ui->summary->setText(
        tr("Rotate <b>%1</b> (<tt>%2</tt>)").arg(key.name.toHtmlEscaped(), key.hint.toHtmlEscaped()));
    m_ui->grace->setValue(policy.graceDays);
    m_ui->grace->setSpecialValueText(tr("none: the old key stops at once"));
    m_ui->graceNote->setForegroundRole(QPalette::PlaceholderText);
    m_ui->keychainNote->setText(key.keptInKeychain
                                    ? tr("A copy of the successor is kept in the OS keychain, like "
                                         "the key it replaces.")
                                    : QString());
    m_ui->keychainNote->setVisible(key.keptInKeychain);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rotate"));
    connect(m_ui->grace, &QSpinBox::valueChanged, this, &RotateKeyDialog::updateNote);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateNote();
    m_ui->grace->setFocus();
}

RotateKeyDialog::~RotateKeyDialog() = default;

int RotateKeyDialog::graceDays() const
{
    return m_ui->grace->value();
}

void RotateKeyDialog::setGraceDays(int days)
{
    m_ui->grace->setValue(days);
}

void RotateKeyDialog::updateNote()
{
    const QDateTime until = m_now.addDays(graceDays());
    m_ui->graceNote->setText(graceDays() == 0
                                 ? tr("The old key stops working as soon as the successor exists.")
                                 : tr("The old key keeps working until %1.").arg(dateTimeText(until)));
}

} // namespace kw::gui
