// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/projects/ProjectDialog.h"

#include "core/KeyFormat.h"
#include "core/Lifecycle.h"
#include "gui/common/FieldError.h"
#include "ui_ProjectDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace kw::gui {

namespace {

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return normalizedList(text.split(separators, Qt::SkipEmptyParts));
}

} // namespace

ProjectDialog::ProjectDialog(const std::optional<Project>& existing, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectDialog>())
    , m_editing(existing.has_value())
{
    m_ui->setupUi(this);
    m_ui->maxLifetime->setSpecialValueText(tr("no limit"));
    m_ui->reminder->setSpecialValueText(tr("no reminder"));
    m_ui->grace->setSpecialValueText(tr("none"));
    const Project p = existing.value_or(Project());
    m_ui->name->setText(p.name);
    m_ui->prefix->setText(p.prefix);
    m_ui->description->setText(p.description);
    m_ui->scopes->setText(p.policy.allowedScopes.join(QStringLiteral(", ")));
    m_ui->models->setText(p.policy.allowedModels.join(QStringLiteral(", ")));
    m_ui->maxLifetime->setValue(existing ? p.policy.maxLifetimeDays : 90);
    m_ui->tier->setTier(p.policy.defaultTier);
    m_ui->reminder->setValue(p.policy.reminderDays);
    m_ui->grace->setValue(p.policy.graceDays);
    if (m_editing) {
        setWindowTitle(tr("Edit project %1").arg(p.name));
        m_ui->name->setReadOnly(true);
        m_ui->prefix->setReadOnly(true);
        m_ui->prefix->setToolTip(tr("Issued keys carry the prefix, so it cannot change."));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Sa&ve")); // Alt+S is Scopes
    } else {
        setWindowTitle(tr("New project"));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Crea&te")); // Alt+C is Cancel
    }
    for (QLabel* error : {m_ui->nameError, m_ui->prefixError, m_ui->formError}) {
        setFieldError(error, {});
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->name, &QLineEdit::textChanged, this, &ProjectDialog::suggestPrefix);
    connect(m_ui->prefix, &QLineEdit::textEdited, this, [this] { m_prefixEdited = true; });
    for (QLineEdit* edit : {m_ui->name, m_ui->prefix, m_ui->scopes, m_ui->models}) {
        connect(edit, &QLineEdit::textChanged, this, &ProjectDialog::validate);
    }
    for (QSpinBox* box : {m_ui->maxLifetime, m_ui->reminder, m_ui->grace}) {
        connect(box, &QSpinBox::valueChanged, this, &ProjectDialog::validate);
    }
    connect(m_ui->tier, &TierEditor::changed, this, &ProjectDialog::validate);
    validate();
    (m_editing ? m_ui->description : m_ui->name)->setFocus();
}

ProjectDialog::~ProjectDialog() = default;

void ProjectDialog::suggestPrefix()
{
    if (m_editing || m_prefixEdited) {
        return;
    }
    // chat-api -> chat: the first word, letters and digits only, as a key prefix must be.
    static const QRegularExpression firstWord(QStringLiteral("^[^a-z]*([a-z][a-z0-9]*)"));
    const QRegularExpressionMatch m = firstWord.match(m_ui->name->text().toLower());
    m_ui->prefix->setText(m.hasMatch() ? m.captured(1).left(12) : QString());
}

ProjectDraft ProjectDialog::draft() const
{
    ProjectDraft d;
    d.name = m_ui->name->text().trimmed();
    d.prefix = m_ui->prefix->text().trimmed();
    d.description = m_ui->description->text().trimmed();
    d.policy.allowedScopes = splitList(m_ui->scopes->text());
    d.policy.allowedModels = splitList(m_ui->models->text());
    d.policy.maxLifetimeDays = m_ui->maxLifetime->value();
    d.policy.defaultTier = m_ui->tier->tier();
    d.policy.reminderDays = m_ui->reminder->value();
    d.policy.graceDays = m_ui->grace->value();
    return d;
}

bool ProjectDialog::isAcceptable() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ProjectDialog::validate()
{
    const ProjectDraft d = draft();
    const bool nameShown = !d.name.isEmpty();
    bool ok = !d.name.isEmpty() && !d.prefix.isEmpty();
    ok &= setFieldError(m_ui->nameError,
                        nameShown && !isValidProjectName(d.name)
                            ? tr("Lower-case letters, digits, '.', '_' or '-', starting with a "
                                 "letter or digit.")
                            : QString());
    ok &= setFieldError(m_ui->prefixError,
                        !d.prefix.isEmpty() && !isValidPrefix(d.prefix)
                            ? tr("2 to 12 lower-case letters or digits, starting with a letter.")
                            : QString());
    const Result<void> policy = validatePolicy(d.policy);
    ok &= setFieldError(m_ui->formError, policy ? QString() : policy.error().message);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace kw::gui
