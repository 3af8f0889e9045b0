// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/EditKeyDialog.h"

#include "core/Lifecycle.h"
#include "gui/common/FieldError.h"
#include "gui/keys/KeyFieldChecks.h"
#include "ui_EditKeyDialog.h"

#include <QPushButton>

namespace kw::gui {

EditKeyDialog::EditKeyDialog(const Project& project, const KeyRecord& key, const QDateTime& now,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditKeyDialog>())
    , m_key(key)
    , m_defaultTier(project.policy.defaultTier)
{
    m_ui->setupUi(this);
    m_ui->intro->setText(
        tr("Key <tt>%1</tt> in <b>%2</b>. Its secret, environment and project do not change; "
           "the changes go into the audit trail.")
            .arg(key.hint.toHtmlEscaped(), project.name.toHtmlEscaped()));
    m_ui->name->setText(key.name);
    m_ui->owner->setText(key.owner);
    m_ui->notes->setText(key.notes);
    m_ui->settings->setPolicy(project.policy, now);
    m_ui->settings->setKey(key);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve")); // Alt+S is Scopes
    for (QLabel* error : {m_ui->nameError, m_ui->ownerError, m_ui->formError}) {
        setFieldError(error, {});
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->name, &QLineEdit::textChanged, this, &EditKeyDialog::validate);
    connect(m_ui->owner, &QLineEdit::textChanged, this, &EditKeyDialog::validate);
    connect(m_ui->notes, &QLineEdit::textChanged, this, &EditKeyDialog::validate);
    connect(m_ui->settings, &KeySettingsForm::changed, this, &EditKeyDialog::validate);
    validate();
    m_ui->name->setFocus();
}

EditKeyDialog::~EditKeyDialog() = default;

KeyEdit EditKeyDialog::edit() const
{
    KeyEdit e;
    const auto set = [](auto& field, const auto& now, const auto& before) {
        if (!(now == before)) {
            field = now;
        }
    };
    set(e.name, m_ui->name->text().trimmed(), m_key.name);
    set(e.owner, m_ui->owner->text().trimmed(), m_key.owner);
    set(e.notes, m_ui->notes->text().trimmed(), m_key.notes);
    set(e.scopes, m_ui->settings->scopes(), normalizedList(m_key.scopes));
    set(e.models, m_ui->settings->models(), normalizedList(m_key.models));
    set(e.tier, m_ui->settings->tier().value_or(m_defaultTier), m_key.tier);
    if (m_ui->settings->expiryChanged()) {
        e.expiresAt = m_ui->settings->expiresAt();
    }
    return e;
}

bool EditKeyDialog::isAcceptable() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save)->isEnabled();
}

void EditKeyDialog::validate()
{
    bool ok = setFieldError(m_ui->nameError, keyNameProblem(m_ui->name->text()));
    ok &= setFieldError(m_ui->ownerError, keyOwnerProblem(m_ui->owner->text()));
    ok &= m_ui->settings->validate();
    const KeyEdit e = edit();
    const bool changed = e.name || e.owner || e.notes || e.scopes || e.models || e.tier || e.expiresAt;
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(ok && changed);
}

} // namespace kw::gui
