// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/keys/ShowOnceDialog.h"

#include "gui/common/ClipboardWiper.h"
#include "gui/common/Icons.h"
#include "ui_ShowOnceDialog.h"

#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace kw::gui {

ShowOnceDialog::ShowOnceDialog(const KeyRecord& key, const QString& projectName, const QString& secret,
                               Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShowOnceDialog>())
    , m_secret(secret)
    , m_purpose(purpose)
{
    m_ui->setupUi(this);
    QFont heading = m_ui->heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setBold(true);
    m_ui->heading->setFont(heading);
    m_ui->heading->setTextFormat(Qt::PlainText);
    m_ui->details->setTextFormat(Qt::PlainText);
    switch (purpose) {
    case Purpose::Issued:
        setWindowTitle(tr("New key"));
        m_ui->heading->setText(tr("The new key for %1").arg(key.name));
        m_ui->warning->setText(
            tr("<b>This key will not be shown again.</b> Copy it into the service's secret "
               "store now. Keyward keeps only its hash and its hint."));
        break;
    case Purpose::Rotated:
        setWindowTitle(tr("Rotated key"));
        m_ui->heading->setText(tr("The successor of %1").arg(key.name));
        m_ui->warning->setText(
            tr("<b>This key will not be shown again.</b> Deploy it before the old key's grace "
               "period ends; the old key keeps working until then."));
        break;
    case Purpose::Revealed:
        setWindowTitle(tr("Revealed key"));
        m_ui->heading->setText(tr("The kept copy of %1").arg(key.name));
        m_ui->warning->setText(
            tr("Read from the OS keychain; this reveal is recorded in the audit trail. Close "
               "this window as soon as you are done."));
        break;
    }
    m_ui->details->setText(
        tr("%1 · %2 · key id %3 · hint %4").arg(projectName, envName(key.env).toString(), key.id, key.hint));
    m_ui->details->setForegroundRole(QPalette::PlaceholderText);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(mono.pointSizeF(), font().pointSizeF()));
    m_ui->secret->setFont(mono);
    m_ui->secret->setText(secret);
    m_ui->secret->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(secret) + 24);
    m_ui->secret->setCursorPosition(0);
    m_ui->copy->setIcon(icon(Icon::Copy, palette()));
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("Clo&se")); // Alt+C is Copy
    m_ui->copied->hide();
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_ui->warningIcon->setPixmap(icon(purpose == Purpose::Revealed ? Icon::Info : Icon::Warning, palette())
                                     .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    connect(m_ui->copy, &QPushButton::clicked, this, &ShowOnceDialog::copyToClipboard);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->secret->setFocus();
    m_ui->secret->selectAll();
}

ShowOnceDialog::~ShowOnceDialog()
{
    m_secret.fill(u'\0');
}

void ShowOnceDialog::copyToClipboard()
{
    ClipboardWiper::copy(m_secret, m_clipboardDelay);
    m_copied = true;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clipboardDelay).count();
    m_ui->copied->setText(seconds > 0
                              ? tr("Copied. The clipboard will be cleared in %1 seconds.").arg(seconds)
                              : tr("Copied. The clipboard will be cleared shortly."));
    m_ui->copied->show();
    growToFit();
    // The wiper runs on the same delay; a second copy restarts the count.
    const int copy = ++m_copies;
    QTimer::singleShot(m_clipboardDelay, this, [this, copy] {
        if (copy == m_copies) {
            m_ui->copied->setText(tr("Copied. The clipboard has been cleared; copy again if you need it."));
            growToFit();
        }
    });
}

void ShowOnceDialog::growToFit()
{
    // A line shown after the dialog opened must not squeeze the warning: wrapped labels need the
    // height their width asks for.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed) {
        resize(width(), needed);
    }
}

bool ShowOnceDialog::confirmClose()
{
    QMessageBox box(QMessageBox::Warning, tr("Close without copying?"),
                    tr("You have not copied the key. Once this window is closed it cannot be shown again."),
                    QMessageBox::NoButton, this);
    QPushButton* close = box.addButton(tr("Close &anyway"), QMessageBox::DestructiveRole);
    QPushButton* back = box.addButton(tr("&Go back"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == close;
}

void ShowOnceDialog::done(int result)
{
    // A revealed copy can be revealed again; a new key cannot.
    if (!m_copied && m_purpose != Purpose::Revealed && !confirmClose()) {
        return;
    }
    // The widget's copy is the last one this process holds, apart from the clipboard's.
    m_ui->secret->clear();
    m_secret.fill(u'\0');
    QDialog::done(result);
}

} // namespace kw::gui
