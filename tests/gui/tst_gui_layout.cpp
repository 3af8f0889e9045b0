// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing the console shows is cut off: every tab, empty state and dialog, at the window's minimum
// size and with the default font and one half again as large. A text counts as clipped when the
// space its widget got is smaller than what the widget asks for (sizeHint / minimumSizeHint /
// heightForWidth) or than its text measured in its own font. The measurements use whatever fonts
// the machine has, so the test holds for any of them.
#include "GuiTestSupport.h"
#include "MemorySecretStore.h"
#include "core/KeyFormat.h"
#include "gui/FirstRunDialog.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/audit/AuditTab.h"
#include "gui/keys/EditKeyDialog.h"
#include "gui/keys/ImportKeysDialog.h"
#include "gui/keys/IssueKeyDialog.h"
#include "gui/keys/KeyTableModel.h"
#include "gui/keys/KeysTab.h"
#include "gui/keys/RevealKeyDialog.h"
#include "gui/keys/RevokeKeysDialog.h"
#include "gui/keys/RotateKeyDialog.h"
#include "gui/keys/ShowOnceDialog.h"
#include "gui/projects/ProjectDialog.h"
#include "gui/projects/ProjectListModel.h"
#include "gui/registry/RegistryProfileDialog.h"
#include "gui/usage/ImportSummaryDialog.h"
#include "gui/usage/UsageTab.h"
#include "store/Inventory.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace kw;
using namespace kw::gui;
using kw::test::MemorySecretStore;

namespace {

QString describe(const QWidget* w)
{
    QString path;
    for (const QObject* o = w; o; o = o->parent()) {
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(u"qt_")) {
            path = o->objectName() + (path.isEmpty() ? QString() : u'/' + path);
        }
    }
    return QStringLiteral("%1 (%2)").arg(path, QString::fromLatin1(w->metaObject()->className()));
}

QString plain(QString text)
{
    // A mnemonic's ampersand takes no room; "&&" is one shown ampersand.
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(u'&');
    return text.replace(u'\x01', u'&');
}

bool isTextShown(const QAbstractButton* b)
{
    const auto* tool = qobject_cast<const QToolButton*>(b);
    return !b->text().isEmpty() && !(tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly) &&
           !(tool && tool->toolButtonStyle() == Qt::ToolButtonFollowStyle && !b->icon().isNull());
}

void checkLabel(const QLabel* l, QStringList& out)
{
    if (l->text().isEmpty() || l->textFormat() == Qt::RichText || Qt::mightBeRichText(l->text())) {
        if (l->text().isEmpty() || !l->wordWrap()) {
            return;
        }
    }
    if (l->wordWrap()) {
        const int needed = l->heightForWidth(l->width());
        if (needed > l->height() + 1) {
            out << QStringLiteral("%1: \"%2\" needs %3 px of height, has %4")
                       .arg(describe(l), l->text().left(60), QString::number(needed),
                            QString::number(l->height()));
        }
        return;
    }
    const QSize hint = l->minimumSizeHint();
    if (hint.width() > l->width() + 1 || hint.height() > l->height() + 1) {
        out << QStringLiteral("%1: \"%2\" needs %3x%4, has %5x%6")
                   .arg(describe(l), l->text().left(60), QString::number(hint.width()),
                        QString::number(hint.height()), QString::number(l->width()),
                        QString::number(l->height()));
    }
}

void checkButton(const QAbstractButton* b, QStringList& out)
{
    if (!isTextShown(b)) {
        return;
    }
    QSize hint = b->sizeHint();
    if (qobject_cast<const QCommandLinkButton*>(b)) { // it wraps its description to its width
        hint.setHeight(b->heightForWidth(b->width()));
    }
    // A tool button may show its icon alone; its size hint says what it shows.
    const int textWidth =
        qobject_cast<const QToolButton*>(b) ? 0 : b->fontMetrics().horizontalAdvance(plain(b->text()));
    if (hint.width() > b->width() + 1 || textWidth > b->width() || hint.height() > b->height() + 1) {
        out << QStringLiteral("%1: \"%2\" needs %3x%4, has %5x%6")
                   .arg(describe(b), plain(b->text()), QString::number(hint.width()),
                        QString::number(hint.height()), QString::number(b->width()),
                        QString::number(b->height()));
    }
}

void checkHeader(const QHeaderView* h, QStringList& out)
{
    if (h->orientation() != Qt::Horizontal || !h->model()) {
        return;
    }
    const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    const int mark = h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
    QFont bold = h->font();
    bold.setBold(true); // some styles draw the sorted section in bold
    for (int logical = 0; logical < h->count(); ++logical) {
        if (h->isSectionHidden(logical) ||
            (h->stretchLastSection() && h->visualIndex(logical) == h->count() - 1)) {
            continue;
        }
        const QString text = h->model()->headerData(logical, Qt::Horizontal).toString();
        const bool sorted = h->isSortIndicatorShown() && h->sortIndicatorSection() == logical;
        const int needed =
            QFontMetrics(bold).horizontalAdvance(text) + 2 * margin + (sorted ? mark + margin : 0);
        if (needed > h->sectionSize(logical)) {
            out << QStringLiteral("%1: header \"%2\" needs %3 px, has %4")
                       .arg(describe(h), text, QString::number(needed),
                            QString::number(h->sectionSize(logical)));
        }
    }
}

void checkTabBar(const QTabBar* bar, QStringList& out)
{
    for (int i = 0; i < bar->count(); ++i) {
        const int text = bar->fontMetrics().horizontalAdvance(plain(bar->tabText(i)));
        const int icon = bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4;
        if (text + icon > bar->tabRect(i).width()) {
            out << QStringLiteral("%1: tab \"%2\" needs %3 px, has %4")
                       .arg(describe(bar), plain(bar->tabText(i)), QString::number(text + icon),
                            QString::number(bar->tabRect(i).width()));
        }
    }
}

// Every clipped text among the visible widgets under `root`.
QStringList clippedTexts(const QWidget* root)
{
    QStringList out;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (const QWidget* w : all) {
        if (!w->isVisible() || w->window()->windowType() == Qt::ToolTip) {
            continue;
        }
        if (const auto* l = qobject_cast<const QLabel*>(w)) {
            checkLabel(l, out);
        } else if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
            checkButton(b, out);
        } else if (const auto* h = qobject_cast<const QHeaderView*>(w)) {
            checkHeader(h, out);
        } else if (const auto* t = qobject_cast<const QTabBar*>(w)) {
            checkTabBar(t, out);
        } else if (const auto* g = qobject_cast<const QGroupBox*>(w)) {
            const int needed = g->fontMetrics().horizontalAdvance(plain(g->title())) + 12;
            if (!g->title().isEmpty() && needed > g->width()) {
                out << QStringLiteral("%1: title \"%2\" needs %3 px, has %4")
                           .arg(describe(g), g->title(), QString::number(needed),
                                QString::number(g->width()));
            }
        } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
            const int needed = c->fontMetrics().horizontalAdvance(c->currentText());
            if (needed > c->width() - 20) {
                out << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                           .arg(describe(c), c->currentText(), QString::number(needed),
                                QString::number(c->width()));
            }
        }
    }
    return out;
}

} // namespace

class TestGuiLayout : public QObject
{
    Q_OBJECT

private:
    void checkWindow(const QString& what);
    void checkDialog(QDialog* dialog, const QString& what);
    void openDemo();

    MemorySecretStore m_store;
    std::unique_ptr<MainWindow> m_window;
    QFont m_defaultFont;
    QStringList m_problems;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingIsClipped_data();
    void nothingIsClipped();
};

void TestGuiLayout::initTestCase()
{
    m_defaultFont = QApplication::font();
}

void TestGuiLayout::init()
{
    m_problems.clear();
}

void TestGuiLayout::cleanup()
{
    m_window.reset();
    QApplication::setFont(m_defaultFont);
}

void TestGuiLayout::checkWindow(const QString& what)
{
    QTest::qWait(50); // layouts settle on posted events
    for (const QString& p : clippedTexts(m_window.get())) {
        m_problems << what + QStringLiteral(": ") + p;
    }
}

void TestGuiLayout::checkDialog(QDialog* dialog, const QString& what)
{
    // At the size it asks for, over the window at its minimum size. Set explicitly: the offscreen
    // platform's small screen would otherwise cap it, as no screen the console is made for does.
    dialog->show();
    const QSize hint = dialog->sizeHint().expandedTo(dialog->minimumSize());
    const int height = dialog->layout() && dialog->layout()->hasHeightForWidth()
                           ? dialog->layout()->totalHeightForWidth(hint.width())
                           : hint.height();
    dialog->resize(hint.width(), std::max(height, hint.height()));
    QTest::qWait(50);
    for (const QString& p : clippedTexts(dialog)) {
        m_problems << what + QStringLiteral(": ") + p;
    }
    dialog->hide(); // not close(): Show once would ask whether to close without copying
    delete dialog;
}

void TestGuiLayout::nothingIsClipped_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::newRow("default font") << 1.0;
    QTest::newRow("1.5x font") << 1.5;
}

void TestGuiLayout::nothingIsClipped()
{
    QFETCH(qreal, scale);
    QFont font = m_defaultFont;
    font.setPointSizeF(m_defaultFont.pointSizeF() * scale);
    QApplication::setFont(font);

    // The empty states first: no project, then a project without keys.
    {
        Result<std::unique_ptr<Session>> empty = Session::open(
            QDir(QDir::tempPath())
                .filePath(QStringLiteral("layout-%1.keyward").arg(QCoreApplication::applicationPid())),
            Workspace::OpenMode::OpenOrCreate);
        QVERIFY(empty);
        const QString path = (*empty)->path();
        m_window = std::make_unique<MainWindow>(m_store);
        m_window->setSession(std::move(empty.value()));
        m_window->show();
        m_window->resize(m_window->minimumSizeHint());
        checkWindow(QStringLiteral("no project"));
        ProjectDraft draft;
        draft.name = QStringLiteral("payments-gateway-europe");
        draft.prefix = QStringLiteral("payeu");
        Result<Project> p = m_window->session()->inventory().createProject(draft);
        QVERIFY(p);
        m_window->refresh();
        m_window->selectProject(p->id);
        checkWindow(QStringLiteral("no keys yet"));
        m_window.reset();
        QFile::remove(path);
    }

    Result<std::unique_ptr<Session>> session = Session::openDemo();
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    Inventory& inventory = (*session)->inventory();
    m_window = std::make_unique<MainWindow>(m_store);
    m_window->setSession(std::move(session.value()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QSize minimum = m_window->minimumSizeHint();
    m_window->resize(minimum);
    const QList<Project>& projects = m_window->projectModel()->projects();
    QVERIFY(!projects.isEmpty());
    const Project chat = projects.constFirst();
    m_window->selectProject(chat.id);
    m_window->keysTab()->table()->selectRow(0);
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        checkWindow(plain(tabs->tabText(i)));
    }
    tabs->setCurrentIndex(0);

    KeyFilter filter;
    filter.projectId = chat.id;
    const QList<KeyRecord> keys = inventory.keys(filter).value();
    QVERIFY(!keys.isEmpty());
    const KeyRecord& key = keys.constFirst();
    const QDateTime now = inventory.now();
    const GeneratedKey example = generateKey(chat.prefix, Env::Live);
    checkDialog(new FirstRunDialog(Workspace::defaultPath(), m_window.get()), QStringLiteral("first run"));
    checkDialog(new ProjectDialog(std::nullopt, m_window.get()), QStringLiteral("new project"));
    checkDialog(new ProjectDialog(chat, m_window.get()), QStringLiteral("edit project"));
    checkDialog(new IssueKeyDialog(chat, now, m_window.get()), QStringLiteral("issue"));
    checkDialog(
        new ShowOnceDialog(key, chat.name, example.secret, ShowOnceDialog::Purpose::Issued, m_window.get()),
        QStringLiteral("show once"));
    checkDialog(new RotateKeyDialog(key, chat.policy, now, m_window.get()), QStringLiteral("rotate"));
    checkDialog(new EditKeyDialog(chat, key, now, m_window.get()), QStringLiteral("edit"));
    checkDialog(new RevealKeyDialog(key, inventory.actor(), m_window.get()), QStringLiteral("reveal"));
    checkDialog(new RevokeKeysDialog({QStringLiteral("load testing — chat_test_Qm3x9A (expired)"),
                                      QStringLiteral("staging smoke tests — chat_test_7dLpW2 (active)")},
                                     chat.name, m_window.get()),
                QStringLiteral("revoke"));
    checkDialog(new ImportKeysDialog(inventory, chat, m_window.get()), QStringLiteral("import keys"));
    checkDialog(new RegistryProfileDialog(RegistryProfile{}, false, m_window.get()),
                QStringLiteral("registry"));
    checkDialog(new ImportSummaryDialog({}, QString(), false, m_window.get()),
                QStringLiteral("import summary"));

    for (const QString& p : std::as_const(m_problems)) {
        qWarning().noquote() << p;
    }
    QVERIFY2(m_problems.isEmpty(),
             qPrintable(QString::number(m_problems.size()) + QStringLiteral(" clipped")));
}

KEYWARD_GUI_TEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
