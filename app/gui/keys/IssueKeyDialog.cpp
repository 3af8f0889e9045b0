// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/IssueKeyDialog.h"

#include "gui/common/FieldError.h"
#include "gui/keys/KeyFieldChecks.h"
#include "ui_IssueKeyDialog.h"

#include <QPushButton>

namespace kw::gui {

IssueKeyDialog::IssueKeyDialog(const Project& project, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IssueKeyDialog>())
    , m_project(project)
    , m_now(now)
{
    m_ui->setupUi(this);
    m_ui->intro->setText(
        tr("A new key for <b>%1</b>. It will look like <tt>%2_test_…</tt> or <tt>%2_live_…</tt> "
           "and is shown once, right after it is issued.")
            .arg(project.name.toHtmlEscaped(), project.prefix.toHtmlEscaped()));
    m_ui->settings->setPolicy(project.policy, now);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue"));
    for (QLabel* error : {m_ui->nameError, m_ui->ownerError, m_ui->formError}) {
        setFieldError(error, {});
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_ui->name, &QLineEdit::textChanged, this, &IssueKeyDialog::validate);
    connect(m_ui->owner, &QLineEdit::textChanged, this, &IssueKeyDialog::validate);
    connect(m_ui->settings, &KeySettingsForm::changed, this, &IssueKeyDialog::validate);
    validate();
    m_ui->name->setFocus();
}

IssueKeyDialog::~IssueKeyDialog() = default;

IssueRequest IssueKeyDialog::request() const
{
    IssueRequest r;
    r.projectId = m_project.id;
    r.name = m_ui->name->text().trimmed();
    r.owner = m_ui->owner->text().trimmed();
    r.env = m_ui->envLive->isChecked() ? Env::Live : Env::Test;
    r.notes = m_ui->notes->text().trimmed();
    r.scopes = m_ui->settings->scopes();
    r.models = m_ui->settings->models();
    r.tier = m_ui->settings->tier();
    r.expiresAt = m_ui->settings->expiresAt();
    r.keepInKeychain = m_ui->keep->isChecked();
    return r;
}

bool IssueKeyDialog::isAcceptable() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void IssueKeyDialog::validate()
{
    const QString nameProblem = keyNameProblem(m_ui->name->text());
    // An empty name is only pointed out once the field was used; OK stays disabled either way.
    bool ok =
        setFieldError(m_ui->nameError, m_nameTouched ? nameProblem : QString()) && nameProblem.isEmpty();
    ok &= setFieldError(m_ui->ownerError, keyOwnerProblem(m_ui->owner->text()));
    ok &= m_ui->settings->validate();
    // The rules the store applies, for anything the fields above do not catch.
    QString rest;
    if (ok) {
        if (Result<IssueRequest> checked = applyPolicy(m_project.policy, request(), m_now); !checked) {
            rest = checked.error().message;
        }
    }
    ok &= setFieldError(m_ui->formError, rest);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace kw::gui
