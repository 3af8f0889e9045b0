// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/RevokeKeysDialog.h"

#include "gui/common/FieldError.h"
#include "gui/common/Format.h"
#include "ui_RevokeKeysDialog.h"

#include <QKeyEvent>
#include <QPushButton>

namespace kw::gui {

RevokeKeysDialog::RevokeKeysDialog(const QStringList& keyLabels, const QString& projectName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevokeKeysDialog>())
    , m_projectName(projectName)
    , m_bulk(keyLabels.size() > 1)
{
    m_ui->setupUi(this);
    const QString count = counted(keyLabels.size(), tr("1 key"), tr("%1 keys"));
    setWindowTitle(m_bulk ? tr("Revoke %1").arg(count) : tr("Revoke key"));
    m_ui->summary->setText(
        tr("Revoke %1 in <b>%2</b>? Clients using %3 will be refused from the next check on.")
            .arg(count, projectName.toHtmlEscaped(), m_bulk ? tr("them") : tr("it")));
    m_ui->keys->addItems(keyLabels);
    const int rows = std::clamp(int(keyLabels.size()), 1, 6);
    m_ui->keys->setFixedHeight(rows * (m_ui->keys->sizeHintForRow(0) + 1) + 2 * m_ui->keys->frameWidth() + 2);

    m_ui->reason->addItem(tr("Choose a reason…"), -1);
    for (const RevokeReason r : {RevokeReason::Compromised, RevokeReason::Unused, RevokeReason::Rotated,
                                 RevokeReason::OwnerLeft, RevokeReason::Other}) {
        m_ui->reason->addItem(reasonLabel(r), int(r));
    }
    m_ui->note->setPlaceholderText(tr("Optional, except for \"Other\": ticket, what happened"));
    m_ui->confirmPrompt->setText(
        tr("Type the project name <b>%1</b> to revoke %2 at once.").arg(projectName.toHtmlEscaped(), count));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->confirmLabel, m_ui->confirmPrompt, m_ui->confirm}) {
        w->setVisible(m_bulk);
    }
    m_ui->finality->setForegroundRole(QPalette::PlaceholderText);
    setFieldError(m_ui->noteError, {});
    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(m_bulk ? tr("&Revoke %1").arg(count) : tr("&Revoke"));
    // Enter must not revoke by accident: Cancel is the default.
    ok->setAutoDefault(false);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reason, &QComboBox::currentIndexChanged, this, &RevokeKeysDialog::validate);
    connect(m_ui->note, &QLineEdit::textChanged, this, &RevokeKeysDialog::validate);
    connect(m_ui->confirm, &QLineEdit::textChanged, this, &RevokeKeysDialog::validate);
    m_ui->confirm->installEventFilter(this);
    validate();
    m_ui->reason->setFocus();
}

bool RevokeKeysDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_ui->confirm || event->type() != QEvent::KeyPress) {
        return QDialog::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter) {
        return false;
    }
    if (isAcceptable()) {
        accept();
    } else if (!reason()) {
        m_ui->reason->setFocus(Qt::OtherFocusReason);
        m_ui->reason->showPopup();
    } else if (m_ui->confirm->text().trimmed() != m_projectName) {
        setFieldError(m_ui->noteError, tr("Type the project name exactly as shown to revoke."));
    }
    return true;
}

RevokeKeysDialog::~RevokeKeysDialog() = default;

std::optional<RevokeReason> RevokeKeysDialog::reason() const
{
    const int v = m_ui->reason->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<RevokeReason>(RevokeReason(v));
}

QString RevokeKeysDialog::note() const
{
    return m_ui->note->text().trimmed();
}

void RevokeKeysDialog::setReason(RevokeReason reason)
{
    m_ui->reason->setCurrentIndex(m_ui->reason->findData(int(reason)));
}

bool RevokeKeysDialog::isAcceptable() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void RevokeKeysDialog::validate()
{
    const std::optional<RevokeReason> r = reason();
    const bool noteMissing = r == RevokeReason::Other && note().isEmpty();
    bool ok = r.has_value();
    ok &=
        setFieldError(m_ui->noteError,
                      noteMissing ? tr("Say why: a note is required for the reason \"Other\".") : QString());
    if (m_bulk) {
        ok &= m_ui->confirm->text().trimmed() == m_projectName;
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace kw::gui
