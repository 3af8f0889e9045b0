// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/registry/RegistryProfileDialog.h"

#include "registry/ConnectionTest.h"
#include "ui_RegistryProfileDialog.h"

#include <QFileDialog>
#include <QPushButton>
#include <QThread>

namespace kw::gui {

RegistryProfileDialog::RegistryProfileDialog(const RegistryProfile& p, bool hasPassword, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegistryProfileDialog>())
    , m_editing(!p.name.isEmpty())
{
    m_ui->setupUi(this);
    setWindowTitle(m_editing ? tr("Edit registry %1").arg(p.name) : tr("Add a registry"));
    m_ui->name->setText(p.name);
    m_ui->name->setReadOnly(m_editing);
    m_ui->endpoints->setText(p.endpoints.join(QStringLiteral(", ")));
    m_ui->caFile->setText(p.caFile);
    m_ui->clientCert->setText(p.clientCert);
    m_ui->clientKey->setText(p.clientKey);
    m_ui->pin->setText(p.pin);
    m_ui->user->setText(p.user);
    m_ui->ns->setText(p.ns);
    m_ui->allowHttp->setChecked(p.allowHttpLoopback);
    if (hasPassword) {
        m_ui->password->setPlaceholderText(tr("kept in the keychain; type to replace"));
    }
    m_ui->testResult->hide();
    connect(m_ui->caBrowse, &QPushButton::clicked, this,
            [this] { pickFile(m_ui->caFile, tr("CA certificate")); });
    connect(m_ui->certBrowse, &QPushButton::clicked, this,
            [this] { pickFile(m_ui->clientCert, tr("Client certificate")); });
    connect(m_ui->keyBrowse, &QPushButton::clicked, this,
            [this] { pickFile(m_ui->clientKey, tr("Client key")); });
    connect(m_ui->allowHttp, &QCheckBox::toggled, this, &RegistryProfileDialog::updateHttpWarning);
    connect(m_ui->endpoints, &QLineEdit::textChanged, this, &RegistryProfileDialog::updateHttpWarning);
    connect(m_ui->testButton, &QPushButton::clicked, this, &RegistryProfileDialog::runTest);
    // Mnemonics that do not collide with the fields' (Alt+C is the CA file).
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cance&l"));
    for (QLineEdit* field : {m_ui->name, m_ui->endpoints, m_ui->user, m_ui->password}) {
        connect(field, &QLineEdit::textChanged, this, &RegistryProfileDialog::updateSaveButton);
    }
    updateHttpWarning();
    updateSaveButton();
}

void RegistryProfileDialog::updateSaveButton()
{
    const bool complete =
        !m_ui->name->text().trimmed().isEmpty() && !m_ui->endpoints->text().trimmed().isEmpty() &&
        !m_ui->user->text().trimmed().isEmpty() && (m_editing || !m_ui->password->text().isEmpty());
    QPushButton* save = m_ui->buttons->button(QDialogButtonBox::Save);
    save->setEnabled(complete);
    save->setToolTip(complete ? QString()
                              : tr("Fill in the name, the endpoints, the etcd user and the password"));
}

QString RegistryProfileDialog::formProblem() const
{
    // What validateProfile would say with the command line's flags, in the form's own words.
    const RegistryProfile p = profile();
    if (p.user.isEmpty()) {
        return tr("Type the etcd user that Keyward signs in as.");
    }
    if (p.caFile.isEmpty() && !p.usesHttp()) {
        return tr("Choose the CA file that signed the etcd server certificates.");
    }
    return {};
}

RegistryProfileDialog::~RegistryProfileDialog() = default;

RegistryProfile RegistryProfileDialog::profile() const
{
    RegistryProfile p;
    p.name = m_ui->name->text().trimmed();
    for (const QString& e : m_ui->endpoints->text().split(u',', Qt::SkipEmptyParts)) {
        p.endpoints.append(e.trimmed());
    }
    p.caFile = m_ui->caFile->text().trimmed();
    p.clientCert = m_ui->clientCert->text().trimmed();
    p.clientKey = m_ui->clientKey->text().trimmed();
    p.pin = m_ui->pin->text().trimmed();
    p.user = m_ui->user->text().trimmed();
    p.ns = m_ui->ns->text().trimmed().isEmpty() ? RegistryProfile::defaultNamespace()
                                                : m_ui->ns->text().trimmed();
    p.allowHttpLoopback = m_ui->allowHttp->isChecked();
    return p;
}

QByteArray RegistryProfileDialog::password() const
{
    return m_ui->password->text().toUtf8();
}

QString RegistryProfileDialog::testResult() const
{
    return m_ui->testResult->toPlainText();
}

void RegistryProfileDialog::pickFile(QLineEdit* target, const QString& title)
{
    const QString file = QFileDialog::getOpenFileName(this, title, target->text(),
                                                      tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!file.isEmpty()) {
        target->setText(file);
    }
}

void RegistryProfileDialog::updateHttpWarning()
{
    const bool http = m_ui->endpoints->text().contains(QLatin1String("http://"));
    m_ui->httpWarning->setVisible(m_ui->allowHttp->isChecked() || http);
    m_ui->httpWarning->setText(
        m_ui->allowHttp->isChecked()
            ? tr("Plain http:// is allowed to 127.0.0.1, ::1 and localhost only. Nothing sent that way "
                 "is encrypted, including the password.")
            : tr("http:// is refused: use https://, or allow http:// to a loopback address below."));
}

void RegistryProfileDialog::showTestResult(const QString& text, bool ok)
{
    m_ui->testResult->setPlainText(text);
    m_ui->testResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->testResult->show();
}

void RegistryProfileDialog::runTest()
{
    if (m_testing) {
        return;
    }
    RegistryProfile p = profile();
    if (p.name.isEmpty()) {
        p.name = QStringLiteral("test");
    }
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        showTestResult(problem, false);
        Q_EMIT testFinished();
        return;
    }
    if (Result<void> v = validateProfile(p); !v) {
        showTestResult(v.error().message, false);
        Q_EMIT testFinished();
        return;
    }
    m_testing = true;
    m_ui->testButton->setEnabled(false);
    showTestResult(tr("Testing…"), true);
    auto checks = std::make_shared<QList<ConnectionCheck>>();
    const QByteArray password = this->password();
    // The checks block on the network: they run on a thread of their own.
    QThread* thread = QThread::create([p, password, checks] { *checks = testConnection(p, password, {}); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, checks] {
        QStringList lines;
        bool ok = !checks->isEmpty();
        for (const ConnectionCheck& c : std::as_const(*checks)) {
            ok = ok && c.ok;
            lines.append((c.ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.endpoint + u' ' + c.step +
                         QStringLiteral(": ") + c.message);
        }
        showTestResult(lines.join(u'\n'), ok);
        m_testing = false;
        m_ui->testButton->setEnabled(true);
        Q_EMIT testFinished();
    });
    thread->start();
}

void RegistryProfileDialog::accept()
{
    RegistryProfile p = profile();
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        showTestResult(problem, false);
        return;
    }
    if (Result<void> v = validateProfile(p); !v) {
        showTestResult(v.error().message, false);
        return;
    }
    if (!m_editing && m_ui->password->text().isEmpty()) {
        showTestResult(tr("Type the etcd password; it is kept in the OS keychain only."), false);
        return;
    }
    QDialog::accept();
}

} // namespace kw::gui
