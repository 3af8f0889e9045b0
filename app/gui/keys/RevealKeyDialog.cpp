// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/RevealKeyDialog.h"

#include "gui/common/Icons.h"
#include "ui_RevealKeyDialog.h"

#include <QPushButton>
#include <QStyle>

namespace kw::gui {

RevealKeyDialog::RevealKeyDialog(const KeyRecord& key, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevealKeyDialog>())
{
    m_ui->setupUi(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->picture->setPixmap(icon(Icon::Reveal, palette()).pixmap(QSize(size, size), devicePixelRatioF()));
    m_ui->question->setText(
        tr("Show the key <b>%1</b> (<tt>%2</tt>)?").arg(key.name.toHtmlEscaped(), key.hint.toHtmlEscaped()));
    m_ui->consequences->setText(tr("Its copy is read from the OS keychain and shown on screen. The reveal is "
                                   "recorded in the audit trail as done by <b>%1</b>.")
                                    .arg(actor.toHtmlEscaped()));
    QPushButton* reveal = m_ui->buttons->button(QDialogButtonBox::Ok);
    reveal->setText(tr("&Reveal"));
    reveal->setAutoDefault(false);
    QPushButton* cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RevealKeyDialog::~RevealKeyDialog() = default;

} // namespace kw::gui
