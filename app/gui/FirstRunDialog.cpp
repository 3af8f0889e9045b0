// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FirstRunDialog.h"

#include "gui/common/Icons.h"
#include "ui_FirstRunDialog.h"

#include <QDir>
#include <QPushButton>

namespace kw::gui {

FirstRunDialog::FirstRunDialog(const QString& defaultPath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    m_ui->logo->setPixmap(icon(Icon::App, palette()).pixmap(QSize(64, 64), devicePixelRatioF()));
    QFont title = m_ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->title->setFont(title);
    QString shown = QDir::toNativeSeparators(defaultPath);
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (shown.startsWith(home + QDir::separator())) {
        shown.replace(0, home.size(), QStringLiteral("~"));
    }
    m_ui->createDefault->setDescription(tr("In your data folder: %1").arg(shown));
    m_ui->createDefault->setIcon(icon(Icon::NewWorkspace, palette()));
    m_ui->openFile->setIcon(icon(Icon::Open, palette()));
    m_ui->openDemo->setIcon(icon(Icon::Demo, palette()));
    connect(m_ui->createDefault, &QCommandLinkButton::clicked, this,
            [this] { choose(Choice::CreateDefault); });
    connect(m_ui->openFile, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenFile); });
    connect(m_ui->openDemo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenDemo); });
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("&Quit")); // Alt+C is Create
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Command links are flat: without a frame of their own the keyboard focus is invisible.
    setStyleSheet(QStringLiteral("QCommandLinkButton { border: 2px solid transparent; border-radius: 4px; }"
                                 "QCommandLinkButton:focus { border-color: palette(highlight); }"));
    m_ui->createDefault->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace kw::gui
