// The "done when" in the desktop app (tst_syncoffline is the command line's): with the
// server stopped, an admin creates users, a role and role assignments through the main window's
// actions and dialogs on a server profile; the Pending changes page lists them; after a quit and
// a restart, Sync Now (F5) brings the server back to exactly that state. A server-side edit of
// the same user shows in the Conflicts view with base, mine and the server's, and is resolved
// either way. Full Sync (Shift+F5) removes a row the server deleted, which Sync Now keeps.
// Needs the OS keychain, as the app signs in with the saved password and keeps queued passwords
// there (tests/run-with-keychain.sh).
#include "auth/keychainsecretstore.h"
#include "dialogs/assigndialog.h"
#include "dialogs/roledialog.h"
#include "dialogs/userdialog.h"
#include "item/historymodel.h"
#include "item/itemroles.h"
#include "item/pendingchangemodel.h"
#include "item/storetablemodel.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "pages/conflictsview.h"
#include "pages/detailpane.h"
#include "pages/historypage.h"
#include "pages/pendingpage.h"
#include "pages/reviewpage.h"
#include "pages/userspage.h"
#include "parts/pageicons.h"
#include "parts/sidebardelegate.h"
#include "parts/syncstatuswidget.h"
#include "profile/synchook.h"
#include "service/serverconnection.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "syncfixture.h"
#include "syncguiapp.h"
#include "warningguard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::test;

namespace {
// Test-only secret of a user created offline; it must reach the server, never the data folder.
const QString kIvoPassword = QStringLiteral("Ivo-Test-Only-4471");
const int kSyncTimeoutMs = 60000;

bool accept(QDialog &dialog, QDialogButtonBox *buttons)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled())
        return false;
    dialog.accept();
    return true;
}

std::function<bool(QDialog &)> newRole(const QString &name, Permissions permissions)
{
    return [=](QDialog &d) {
        auto *dialog = qobject_cast<RoleDialog *>(&d);
        if (!dialog)
            return false;
        QTest::keyClicks(dialog->nameEdit(), name);
        for (Permission p : {Permission::Read, Permission::Write, Permission::Me})
            dialog->permissionBox(p)->setChecked(permissions.testFlag(p));
        return accept(d, dialog->buttons());
    };
}

std::function<bool(QDialog &)> newUser(const QString &name, const QString &fullName,
                                       const QString &password, const QStringList &roles)
{
    return [=](QDialog &d) {
        auto *dialog = qobject_cast<UserDialog *>(&d);
        if (!dialog || dialog->isEdit())
            return false;
        QTest::keyClicks(dialog->nameEdit(), name);
        QTest::keyClicks(dialog->fullNameEdit(), fullName);
        QTest::keyClicks(dialog->passwordEdit(), password);
        for (const QString &role : roles) {
            const auto items = dialog->rolesList()->findItems(role, Qt::MatchExactly);
            if (items.size() != 1)
                return false;
            items.first()->setCheckState(Qt::Checked);
        }
        return accept(d, dialog->buttons());
    };
}

std::function<bool(QDialog &)> renameFully(const QString &fullName)
{
    return [=](QDialog &d) {
        auto *dialog = qobject_cast<UserDialog *>(&d);
        if (!dialog || !dialog->isEdit())
            return false;
        dialog->fullNameEdit()->clear();
        QTest::keyClicks(dialog->fullNameEdit(), fullName);
        return accept(d, dialog->buttons());
    };
}

// The Assign dialog with no selection: the admin types the user's name.
std::function<bool(QDialog &)> assignTyped(const QString &user, const QString &role)
{
    return [=](QDialog &d) {
        auto *dialog = qobject_cast<AssignDialog *>(&d);
        if (!dialog || !dialog->subjectEdit())
            return false;
        dialog->userButton()->setChecked(true);
        QTest::keyClicks(dialog->subjectEdit(), user);
        dialog->roleCombo()->setCurrentText(role);
        if (dialog->roleCombo()->currentText() != role)
            return false;
        dialog->workspaceCombo()->setCurrentIndex(0); // global
        return accept(d, dialog->buttons());
    };
}

QStringList pageNames(EntityPage *page)
{
    QStringList names;
    QAbstractItemModel *model = page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(itemrole::Name).toString();
    return names;
}

// "operation row" per queued change, in queue order.
QStringList pendingRows(PendingPage *page)
{
    QStringList rows;
    const QAbstractItemModel *model = page->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        rows << model->index(i, 1).data(itemrole::Raw).toString() + QLatin1Char(' ') +
                    model->index(i, 2).data().toString();
    }
    return rows;
}

// What the server holds of the users, roles and user role assignments, one sorted line each.
QStringList serverState(const TestServer &server)
{
    QStringList lines;
    for (const QJsonValue &v : server.users()) {
        const QJsonObject u = v.toObject();
        lines << QStringLiteral("user %1 '%2' %3")
                     .arg(u.value("name").toString(), u.value("full_name").toString(),
                          u.value("active").toBool() ? QStringLiteral("active")
                                                     : QStringLiteral("inactive"));
    }
    for (const QJsonValue &v : server.roles()) {
        const QJsonObject r = v.toObject();
        QStringList permissions;
        for (const QJsonValue &p : r.value("permissions").toArray())
            permissions << p.toString();
        permissions.sort();
        lines << QStringLiteral("role %1 %2")
                     .arg(r.value("name").toString(), permissions.join(QLatin1Char(',')));
    }
    for (const QJsonValue &v : server.roleAssignments()) {
        const QJsonObject a = v.toObject();
        lines << QStringLiteral("assignment %1 %2 %3")
                     .arg(a.value("user").toObject().value("name").toString(),
                          a.value("role").toObject().value("name").toString(),
                          a.value("workspace").toObject().value("name").toString());
    }
    lines.sort();
    return lines;
}

// Queued changes with a back-off after failed attempts.
int backedOff(LocalStore &store)
{
    auto pending = store.outbox().list({OutboxStatus::Pending});
    if (!pending)
        return -1;
    return int(std::count_if(pending->cbegin(), pending->cend(),
                             [](const OutboxOperation &op) { return op.nextAttempt.isValid(); }));
}

QString fieldsText(const QTableWidget *table, int row)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return cells.join(QLatin1Char('|'));
}
} // namespace

class TstSyncGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fullSyncSitsNextToSyncNow();
    void sidebarEntriesLookAlike();
    void emailsOnAServerProfile();
    void offlineEditsThenConflict_data();
    void offlineEditsThenConflict();
    void fullSyncRemovesWhatTheServerDeleted();
    void quitDuringASync();
    void revokeFromTheReviewThenHistoryAfterSync();

private:
    // Starts the app on the profile and waits for the sync it starts by itself.
    std::unique_ptr<SyncGuiApp> start();
    // Presses `key` on the window once `action` is enabled; the report of the sync it started.
    // `afterKey` runs right after the key, before the sync can get anywhere.
    std::optional<sync::SyncReport> press(SyncGuiApp &app, QAction *action, QKeyCombination key,
                                          const std::function<void()> &afterKey = {});
    QString context(SyncGuiApp &app) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    QString m_profile;
    quint16 m_port = 0;
    std::optional<sync::SyncReport> m_firstReport;
    // Every test fails on a warning of Qt's network layer (a reply ended twice, say).
    std::unique_ptr<NetworkWarningGuard> m_warnings;
};

void TstSyncGui::initTestCase()
{
    // The window's settings go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("zenml-gui-tests"));
    // One settings file per test program: ctest runs several at once, and one that clears or
    // saves the window's settings must not meet another's.
    QCoreApplication::setApplicationName(
        QStringLiteral("zenml-admin-tests-") +
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    // The keychain is shared by every test of a ctest run: a profile name of our own.
    m_profile = QStringLiteral("syncgui-%1").arg(QCoreApplication::applicationPid());
}

void TstSyncGui::init()
{
    m_warnings = std::make_unique<NetworkWarningGuard>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
    m_port = m_server->port();
    // A server profile signed in as the test server's "default" (empty password), the password
    // saved in the keychain as `zenml-admin login` does, so the app can sign in by itself.
    ProfileManager profiles(m_dir->path());
    auto info =
        profiles.createServer(m_profile, m_server->baseUrl().toString(), QStringLiteral("default"));
    QVERIFY2(info.ok(), qPrintable(info ? QString() : info.error().message));
    auto store = profiles.open(m_profile);
    QVERIFY(store.ok());
    KeychainSecretStore keychain;
    ServerConnection connection(*info, *store.value(), keychain);
    auto login = connection.loginSync(QString(), true);
    QVERIFY2(login.ok(), qPrintable(login ? QString() : login.error().message));
    QVERIFY2(login->passwordStored, qPrintable(login->note));
}

void TstSyncGui::cleanup()
{
    // Sign out: the saved password leaves the keychain.
    ProfileManager profiles(m_dir->path());
    if (auto info = profiles.info(m_profile)) {
        if (auto store = profiles.open(m_profile)) {
            KeychainSecretStore keychain;
            ServerConnection connection(*info, *store.value(), keychain);
            (void)connection.logoutSync();
        }
    }
    m_server.reset();
    m_dir.reset();
    const QStringList warnings = m_warnings->warnings();
    m_warnings.reset();
    QVERIFY2(warnings.isEmpty(),
             qPrintable(QStringLiteral("Qt's network layer warned during the sync:\n") +
                        warnings.join(QLatin1Char('\n'))));
}

std::unique_ptr<SyncGuiApp> TstSyncGui::start()
{
    m_firstReport.reset();
    auto app = std::make_unique<SyncGuiApp>(m_dir->path(), m_profile);
    if (!app->failure().isEmpty())
        return app;
    QSignalSpy finished(&app->sync().engine(), &sync::SyncEngine::finished);
    if (!app->showActive())
        return app;
    if (finished.isEmpty())
        finished.wait(kSyncTimeoutMs);
    if (!finished.isEmpty())
        m_firstReport = finished.first().first().value<sync::SyncReport>();
    return app;
}

std::optional<sync::SyncReport> TstSyncGui::press(SyncGuiApp &app, QAction *action,
                                                  QKeyCombination key,
                                                  const std::function<void()> &afterKey)
{
    // An edit starts a push of its own soon after; the actions are off while a sync runs.
    if (!QTest::qWaitFor([action] { return action->isEnabled(); }, kSyncTimeoutMs))
        return std::nullopt;
    QSignalSpy finished(&app.sync().engine(), &sync::SyncEngine::finished);
    QTest::keyClick(&app.window(), key.key(), key.keyboardModifiers());
    if (afterKey)
        afterKey();
    // The engine was idle, so the next sync to end is the one the key started.
    if (action->isEnabled() ||
        !QTest::qWaitFor([&] { return !finished.isEmpty(); }, kSyncTimeoutMs))
        return std::nullopt;
    return finished.first().first().value<sync::SyncReport>();
}

QString TstSyncGui::context(SyncGuiApp &app) const
{
    const sync::SyncStatus s = app.sync().engine().status();
    return QStringLiteral("last error: %1\nprompts: %2\nserver:\n%3\nrequests:\n%4")
        .arg(s.lastError, app.prompts().join(QLatin1Char('\n')),
             serverState(*m_server).join(QLatin1Char('\n')), requestLogText(*m_server));
}

void TstSyncGui::fullSyncSitsNextToSyncNow()
{
    auto app = start();
    QVERIFY2(app->failure().isEmpty(), qPrintable(app->failure()));
    QVERIFY(m_firstReport && m_firstReport->ok());
    QAction *syncNow = app->sync().syncNowAction();
    QAction *full = app->sync().fullSyncAction();
    QVERIFY(full);
    QCOMPARE(app->window().findChild<QAction *>(QStringLiteral("fullSync")), full);
    QCOMPARE(full->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QVERIFY2(full->toolTip().contains(QStringLiteral("every row")), qPrintable(full->toolTip()));
    QVERIFY(full->toolTip().contains(QStringLiteral("no longer has")));
    QMenu *file = app->window().menuBar()->actions().first()->menu();
    const QList<QAction *> entries = file->actions();
    const qsizetype at = entries.indexOf(syncNow);
    QVERIFY(at >= 0 && at + 1 < entries.size());
    QCOMPARE(entries.at(at + 1), full);
    // Enabled exactly when Sync Now is: while a sync runs and while working offline.
    QVERIFY(syncNow->isEnabled() && full->isEnabled());
    QSignalSpy finished(&app->sync().engine(), &sync::SyncEngine::finished);
    full->trigger();
    QVERIFY(!syncNow->isEnabled() && !full->isEnabled());
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QVERIFY(finished.first().first().value<sync::SyncReport>().pull->swept);
    QVERIFY(syncNow->isEnabled() && full->isEnabled());
    app->sync().workOfflineAction()->setChecked(true);
    QVERIFY(!syncNow->isEnabled() && !full->isEnabled());
    app->sync().workOfflineAction()->setChecked(false); // starts a sync at once
    QTRY_VERIFY_WITH_TIMEOUT(syncNow->isEnabled() && full->isEnabled(), kSyncTimeoutMs);
}

// The sidebar of a server profile: every entry drawn by the one delegate, at one height, with an
// icon of its own from resources/icons; the server's pages after one separator; and the selected
// entry's icon drawn in the highlight's text colour, so it does not vanish into the selection.
void TstSyncGui::sidebarEntriesLookAlike()
{
    auto app = start();
    QVERIFY2(app->failure().isEmpty(), qPrintable(app->failure()));
    QListWidget *nav = app->window().pageList();
    auto *delegate = qobject_cast<SidebarDelegate *>(nav->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(nav);
    option.decorationSize = nav->iconSize();
    option.features |= QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasDisplay;
    QStringList keys;
    QList<QByteArray> images;
    int height = -1;
    int separators = 0;
    int separatorRow = -1;
    for (int row = 0; row < nav->count(); ++row) {
        const QModelIndex index = nav->model()->index(row, 0);
        QCOMPARE(nav->itemDelegateForIndex(index), delegate);
        if (index.data(SidebarDelegate::SeparatorRole).toBool()) {
            ++separators;
            separatorRow = row;
            QVERIFY(!(nav->item(row)->flags() & Qt::ItemIsSelectable));
            continue;
        }
        const QString key = index.data(Qt::UserRole).toString();
        keys << key;
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), qPrintable(key));
        QVERIFY2(PageIcons::keys().contains(key), qPrintable(key));
        const QImage image = icon.pixmap(QSize(22, 22), 1.0).toImage();
        const QByteArray bytes(reinterpret_cast<const char *>(image.constBits()),
                               image.sizeInBytes());
        QVERIFY2(!images.contains(bytes), qPrintable(key + QStringLiteral(" shares an icon")));
        images << bytes;
        const int h = delegate->sizeHint(option, index).height();
        QVERIFY2(height < 0 || h == height, qPrintable(key));
        height = h;
    }
    QCOMPARE(separators, 1);
    for (const QString &server : {QStringLiteral("pending"), QStringLiteral("conflicts")}) {
        QVERIFY2(keys.contains(server), qPrintable(keys.join(',')));
        QVERIFY(keys.indexOf(server) >= separatorRow); // keys skip the separator's row
    }
    QVERIFY(keys.indexOf(QStringLiteral("matrix")) < separatorRow);

    // The selected entry: its icon's pixels differ from the highlight behind them.
    QVERIFY(app->window().showPage(QStringLiteral("users")));
    const QModelIndex users = nav->currentIndex();
    QStyleOptionViewItem selected = option;
    selected.rect = QRect(QPoint(0, 0), delegate->sizeHint(option, users));
    selected.state |= QStyle::State_Selected | QStyle::State_Active | QStyle::State_Enabled;
    QImage canvas(selected.rect.size(), QImage::Format_ARGB32);
    canvas.fill(nav->palette().color(QPalette::Base));
    {
        QPainter painter(&canvas);
        delegate->paint(&painter, selected, users);
    }
    const QColor highlight = nav->palette().color(QPalette::Active, QPalette::Highlight);
    const QColor iconColour = nav->palette().color(QPalette::Active, QPalette::HighlightedText);
    int iconPixels = 0;
    const int top = (selected.rect.height() - 22) / 2;
    for (int y = top; y < top + 22; ++y) {
        for (int x = 0; x < 40; ++x) {
            const QColor c = canvas.pixelColor(x, y);
            if (qAbs(c.lightness() - highlight.lightness()) > 60 &&
                qAbs(c.lightness() - iconColour.lightness()) < 60)
                ++iconPixels;
        }
    }
    QVERIFY2(iconPixels > 10, qPrintable(QString::number(iconPixels)));
}

// ZenML's user lists leave emails out: the Users page says so at its Email column and in the
// detail pane, and an email typed here stays, marked as what it is.
void TstSyncGui::emailsOnAServerProfile()
{
    auto app = start();
    QVERIFY2(app->failure().isEmpty(), qPrintable(app->failure()));
    QVERIFY(m_firstReport && m_firstReport->ok());
    UsersPage *page = app->window().usersPage();
    QVERIFY(app->window().showPage(QStringLiteral("users")));
    QHeaderView *header = page->view()->horizontalHeader();
    const int x = header->sectionViewportPosition(UserTableModel::Email) + 5;
    QHelpEvent help(QEvent::ToolTip, QPoint(x, 5), header->viewport()->mapToGlobal(QPoint(x, 5)));
    QCoreApplication::sendEvent(header->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), UsersPage::emailHeaderToolTip());
    QToolTip::hideText();

    QTRY_VERIFY(page->selectName(QStringLiteral("default")));
    QTRY_VERIFY(
        page->detailPane()->toPlainText().contains(QStringLiteral("not shown by the server")));

    // An email typed here: shown, and said to be known here.
    QVERIFY(app->service()
                .updateUser(QStringLiteral("default"),
                            {std::nullopt, std::nullopt, QStringLiteral("me@example.com"),
                             std::nullopt, std::nullopt})
                .ok());
    QTRY_VERIFY(page->selectName(QStringLiteral("default")));
    QTRY_VERIFY(page->detailPane()->toPlainText().contains(QStringLiteral("me@example.com")));
    QVERIFY(page->detailPane()->toPlainText().contains(QStringLiteral("known on this computer")));
}

void TstSyncGui::offlineEditsThenConflict_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take the server's") << false;
}

void TstSyncGui::offlineEditsThenConflict()
{
    QFETCH(bool, keepMine);
    m_server->close();
    QStringList queued;
    {
        auto app = start();
        QVERIFY2(app->failure().isEmpty(), qPrintable(app->failure()));
        QVERIFY(m_firstReport && !m_firstReport->ok());
        QCOMPARE(app->sync().engine().status().connectivity, sync::Connectivity::Offline);
        MainWindow &window = app->window();

        app->onNextDialog(newRole(QStringLiteral("auditors"), Permission::Read | Permission::Me));
        window.action(QStringLiteral("newRole"))->trigger();
        app->onNextDialog(newUser(QStringLiteral("yann"), QStringLiteral("Yann Offline"), {},
                                  {QStringLiteral("auditors")}));
        window.action(QStringLiteral("newUser"))->trigger();
        app->onNextDialog(
            newUser(QStringLiteral("ivo"), QStringLiteral("Ivo Offline"), kIvoPassword, {}));
        window.action(QStringLiteral("newUser"))->trigger();
        QVERIFY(window.showPage(QStringLiteral("assignments")));
        app->onNextDialog(assignTyped(QStringLiteral("ivo"), QStringLiteral("auditors")));
        window.action(QStringLiteral("assign"))->trigger();
        QCOMPARE(app->unexpectedDialogs(), 0);
        QVERIFY2(app->prompts().isEmpty(), qPrintable(app->prompts().join('\n')));

        // The page names an assignment by its user and role.
        queued = QStringList{
            QStringLiteral("create_role auditors"), QStringLiteral("create_user yann"),
            QStringLiteral("assign_user_role yann → auditors"), QStringLiteral("create_user ivo"),
            QStringLiteral("assign_user_role ivo → auditors")};
        QVERIFY(window.showPage(QStringLiteral("pending")));
        QCOMPARE(pendingRows(app->sync().pendingPage()), queued);
        QVERIFY2(app->sync().statusWidget()->text().contains(QStringLiteral("5 change")),
                 qPrintable(app->sync().statusWidget()->text()));
        app->quit();
        QVERIFY(!window.isVisible());
    }
    // The queued password waits in the keychain, never in the profile's files.
    for (QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(kIvoPassword.toUtf8()), qPrintable(f.fileName()));
    }

    // The restart, still without a server: its own first sync fails; the queue is still there.
    auto app = start();
    QVERIFY2(app->failure().isEmpty(), qPrintable(app->failure()));
    QVERIFY(m_firstReport && !m_firstReport->ok());
    QCOMPARE(pendingRows(app->sync().pendingPage()), queued);

    // That sync left the changes it tried waiting out a back-off, which can outlast what one
    // push waits; Sync Now, asked for by hand, sends them at once.
    QVERIFY(backedOff(app->store()) > 0);
    QVERIFY(m_server->listen(m_port));
    int backedOffAfterKey = -1;
    auto report = press(*app, app->sync().syncNowAction(), Qt::Key_F5,
                        [&] { backedOffAfterKey = backedOff(app->store()); });
    QCOMPARE(backedOffAfterKey, 0);
    QVERIFY2(report && report->ok(), qPrintable(context(*app)));
    QCOMPARE(report->push->sent, 5);
    QCOMPARE(
        serverState(*m_server),
        QStringList({QStringLiteral("assignment default admin "),
                     QStringLiteral("assignment ivo auditors "),
                     QStringLiteral("assignment yann auditors "),
                     QStringLiteral("role admin me,read,write"),
                     QStringLiteral("role auditors me,read"), QStringLiteral("role guest me,read"),
                     QStringLiteral("user default '' active"),
                     QStringLiteral("user ivo 'Ivo Offline' active"),
                     QStringLiteral("user yann 'Yann Offline' inactive")}));
    QVERIFY(m_server->checkPassword(QStringLiteral("ivo"), kIvoPassword));
    QTRY_COMPARE(pendingRows(app->sync().pendingPage()), QStringList());
    QCOMPARE(app->sync().engine().status().connectivity, sync::Connectivity::Online);

    // The same user edited on the server and here.
    QVERIFY(m_server->touchUser(QStringLiteral("yann"), {{"full_name", "Yann Theirs"}}));
    MainWindow &window = app->window();
    QVERIFY(window.showEntity(EntityKind::User, QStringLiteral("yann")));
    QTRY_COMPARE(window.usersPage()->selectedNames(), QStringList{QStringLiteral("yann")});
    app->onNextDialog(renameFully(QStringLiteral("Yann Mine")));
    QTest::keyClick(&window, Qt::Key_F2);
    QCOMPARE(app->unexpectedDialogs(), 0);
    report = press(*app, app->sync().syncNowAction(), Qt::Key_F5);
    QVERIFY2(report, qPrintable(context(*app)));
    ConflictsView *conflicts = app->sync().conflictsView();
    QTRY_COMPARE(conflicts->list()->count(), 1);
    QCOMPARE(app->sync().engine().status().conflicts, 1);
    QVERIFY(window.showPage(QStringLiteral("conflicts")));
    QVERIFY(conflicts->list()->item(0)->text().contains(QStringLiteral("yann")));
    QTableWidget *fields = conflicts->fields();
    QCOMPARE(fields->horizontalHeaderItem(0)->text(), QStringLiteral("Base"));
    QCOMPARE(fields->horizontalHeaderItem(1)->text(), QStringLiteral("Mine"));
    QCOMPARE(fields->horizontalHeaderItem(2)->text(), QStringLiteral("Server"));
    int fullNameRow = -1;
    for (int r = 0; r < fields->rowCount(); ++r) {
        if (fields->verticalHeaderItem(r)->text() == QLatin1String("full_name"))
            fullNameRow = r;
    }
    QVERIFY(fullNameRow >= 0);
    QCOMPARE(fieldsText(fields, fullNameRow), QStringLiteral("Yann Offline|Yann Mine|Yann Theirs"));

    conflicts->list()->item(0)->setSelected(true);
    auto *button = conflicts->findChild<QPushButton *>(
        keepMine ? QStringLiteral("conflictKeepMine") : QStringLiteral("conflictTakeServer"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(conflicts->list()->count(), 0);
    report = press(*app, app->sync().syncNowAction(), Qt::Key_F5);
    QVERIFY2(report && report->ok(), qPrintable(context(*app)));
    const QString expected = keepMine ? QStringLiteral("Yann Mine") : QStringLiteral("Yann Theirs");
    QCOMPARE(m_server->user(QStringLiteral("yann")).value("full_name").toString(), expected);
    QCOMPARE(app->service().userDetails(QStringLiteral("yann"))->user.fullName, expected);
    const sync::SyncStatus status = app->sync().engine().status();
    QCOMPARE(status.pending + status.failed + status.conflicts, 0);
    QCOMPARE(pendingRows(app->sync().pendingPage()), QStringList());
    // Nothing was created twice meanwhile.
    QCOMPARE(m_server->users().size(), 3);
    QCOMPARE(m_server->roleAssignments().size(), 3);
    QCOMPARE(app->unexpectedDialogs(), 0);
}

void TstSyncGui::fullSyncRemovesWhatTheServerDeleted()
{
    auto app = start();
    QVERIFY2(app->failure().isEmpty(), qPrintable(app->failure()));
    QVERIFY(m_firstReport && m_firstReport->ok());
    app->onNextDialog(newUser(QStringLiteral("nina"), QStringLiteral("Nina"), {}, {}));
    app->window().action(QStringLiteral("newUser"))->trigger();
    auto report = press(*app, app->sync().syncNowAction(), Qt::Key_F5);
    QVERIFY2(report && report->ok(), qPrintable(context(*app)));
    QVERIFY(!m_server->userId(QStringLiteral("nina")).isEmpty());
    UsersPage *users = app->window().usersPage();
    QTRY_VERIFY(pageNames(users).contains(QStringLiteral("nina")));

    QVERIFY(m_server->removeUser(QStringLiteral("nina")));
    // Sync Now lists only what changed since the last pull, so it cannot see the deletion.
    report = press(*app, app->sync().syncNowAction(), Qt::Key_F5);
    QVERIFY2(report && report->ok() && report->pull, qPrintable(context(*app)));
    QVERIFY(!report->pull->swept);
    QVERIFY(app->service().userDetails(QStringLiteral("nina")).ok());

    report = press(*app, app->sync().fullSyncAction(), Qt::SHIFT | Qt::Key_F5);
    QVERIFY2(report && report->ok() && report->pull, qPrintable(context(*app)));
    QVERIFY(report->pull->swept);
    QVERIFY(!app->service().userDetails(QStringLiteral("nina")).ok());
    QTRY_VERIFY(!pageNames(users).contains(QStringLiteral("nina")));
    QVERIFY(pageNames(users).contains(QStringLiteral("default")));
}

// The closing story on a server profile: nina can write through her own role editor; the
// admin revokes it from the Access review page, syncs, and the History page shows the revoke with
// the HTTP status the server answered.
void TstSyncGui::revokeFromTheReviewThenHistoryAfterSync()
{
    auto app = start();
    QVERIFY2(app->failure().isEmpty(), qPrintable(app->failure()));
    QVERIFY(m_firstReport && m_firstReport->ok());
    AdminService &s = app->service();
    QVERIFY(s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write).ok());
    QVERIFY(s.createUser({QStringLiteral("nina"), {}, {}, QStringLiteral("pw-Nina-123"), {}}).ok());
    QVERIFY(s.assignRole({QStringLiteral("editor"), {QStringLiteral("nina")}, {}, {}}).ok());
    auto report = press(*app, app->sync().syncNowAction(), Qt::Key_F5);
    QVERIFY2(report && report->ok(), qPrintable(context(*app)));

    QVERIFY(app->window().showPage(QStringLiteral("review")));
    gui::ReviewPage *review = app->window().reviewPage();
    QTRY_VERIFY(review->selectFinding(review::FindingKind::WriteHolders));
    QVERIFY(review->selectRow(QStringLiteral("nina")));
    const int writers = review->countOf(review::FindingKind::WriteHolders);
    QVERIFY(review->actButton()->isEnabled());
    review->actButton()->click();
    QTRY_COMPARE(review->countOf(review::FindingKind::WriteHolders), writers - 1);

    report = press(*app, app->sync().syncNowAction(), Qt::Key_F5);
    QVERIFY2(report && report->ok(), qPrintable(context(*app)));
    QVERIFY(app->window().showPage(QStringLiteral("history")));
    HistoryModel *history = app->window().historyPage()->model();
    QTRY_VERIFY(history->rowCount() > 0);
    QCOMPARE(history->index(0, HistoryModel::Verb).data().toString(),
             QStringLiteral("Revoke role from user"));
    QCOMPARE(history->index(0, HistoryModel::Entity).data().toString(),
             QStringLiteral("nina → editor"));
    QCOMPARE(history->index(0, HistoryModel::Who).data().toString(), QStringLiteral("default"));
    QTRY_VERIFY2(history->index(0, HistoryModel::Outcome)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("sent (HTTP 2")),
                 qPrintable(history->index(0, HistoryModel::Outcome).data().toString()));
}

void TstSyncGui::quitDuringASync()
{
    auto app = start();
    QVERIFY2(app->failure().isEmpty(), qPrintable(app->failure()));
    QVERIFY(m_firstReport && m_firstReport->ok());
    // Slow answers keep the pull's requests open while the app quits.
    m_server->setAnswerDelay(2000);
    m_server->clearRequestLog();
    QAction *full = app->sync().fullSyncAction();
    QVERIFY(full->isEnabled());
    QTest::keyClick(&app->window(), Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(app->sync().engine().isBusy());
    QTRY_VERIFY(m_server->requestCount() > 0);
    app->quit();
    app.reset(); // must neither crash nor touch the window's destroyed widgets
}

QTEST_MAIN(TstSyncGui)
#include "tst_syncgui.moc"
