// One window, one profile at a time: File > Open Profile and a sign-in to another profile in the
// Connect dialog open that profile in the window's place (ProfileSwitcher, as gui::run() uses
// it), and the Connect dialog keeps the open profile, and unsent changes, from being removed
// unawares. Real keychain (run under tests/run-with-keychain.sh), real test server.
#include "../gui/scriptedprompter.h"
#include "auth/memorysecretstore.h"
#include "connectfixture.h"
#include "dialogs/connectdialog.h"
#include "mainwindow.h"
#include "pages/historypage.h"
#include "pages/reviewpage.h"
#include "profile/profilesession.h"
#include "profile/synchook.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "service/serverconnection.h"
#include "store/localstore.h"
#include "sync/syncengine.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace zenml;
using namespace zenml::gui;
using zenml::gui::test::ScriptedPrompter;
using zenml::test::TestServer;

namespace {
const QString kPassword = QStringLiteral("Adm1n-Secret-5521");

// The access keys (the letter after '&') that two entries of one menu share.
QStringList clashingKeys(const QMenuBar &bar)
{
    QStringList clashes;
    const auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
        QHash<QChar, QString> seen;
        for (const QAction *action : actions) {
            const QString text = action->text();
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (at < 0)
                continue;
            const QChar key = text.at(at + 1).toLower();
            if (seen.contains(key))
                clashes << QStringLiteral("%1: '%2' and '%3'").arg(where, seen.value(key), text);
            seen.insert(key, text);
        }
    };
    check(QStringLiteral("menu bar"), bar.actions());
    for (const QAction *top : bar.actions()) {
        if (top->menu())
            check(top->text(), top->menu()->actions());
    }
    return clashes;
}

// The access keys of a page's labels and buttons that the menu bar or another of them has too.
QStringList pageClashes(const QMenuBar &bar, const QWidget &page)
{
    const auto keyOf = [](const QString &text) {
        const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        return at < 0 ? QChar() : text.at(at + 1).toLower();
    };
    QHash<QChar, QString> seen;
    for (const QAction *top : bar.actions())
        seen.insert(keyOf(top->text()), top->text());
    QStringList texts;
    for (const QLabel *label : page.findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : page.findChildren<QAbstractButton *>())
        texts << button->text();
    QStringList clashes;
    for (const QString &text : std::as_const(texts)) {
        const QChar key = keyOf(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            clashes << QStringLiteral("%1: '%2' and '%3'")
                           .arg(page.objectName(), seen.value(key), text);
        seen.insert(key, text);
    }
    return clashes;
}

QStringList userNames(AdminService &service)
{
    QStringList names;
    auto users = service.users();
    if (users) {
        for (const auto &user : *users)
            names << user.name;
    }
    return names;
}
} // namespace

class TestProfileSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openProfileMenuSwitchesTheWindow();
    void profileThatCannotOpenKeepsTheWindow();
    void signInToAnotherProfileOpensIt();
    void signInToTheOpenProfileKeepsTheWindow();
    void anotherUserForTheOpenProfileReopensIt();
    void openProfileAndUnsentChangesAreNotRemovedUnawares();
    void syncWhileAnotherRunsSaysSo();
    // Last: it installs the German translation for the rest of the run.
    void menusHaveDistinctAccessKeys();

private:
    // A Connect dialog script: sign in to `profile` as `user`, without remembering the password.
    MainWindow::DialogRunner signIn(const QString &profile, const QString &user,
                                    const QString &password);

    QString m_serverProfile;
    QString m_localProfile;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ProfileSwitcher> m_switcher;
};

void TestProfileSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("zenml-switch-tests"));
    // Keychain entries are per profile name: names of this run only.
    const QString run = QString::number(QCoreApplication::applicationPid());
    m_serverProfile = QStringLiteral("switch-srv-") + run;
    m_localProfile = QStringLiteral("switch-lab-") + run;
}

void TestProfileSwitch::init()
{
    QSettings().clear();
    m_prompter = {};
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<TestServer>();
    m_server->setDefaultPassword(kPassword);
    QVERIFY(m_server->listen());

    // Two local profiles with a user each, and a server profile.
    ProfileManager profiles(m_dir->path());
    for (const auto &[profile, user] :
         {std::pair{ProfileManager::kDefaultProfile, QStringLiteral("alice")},
          std::pair{m_localProfile, QStringLiteral("bob")}}) {
        if (profile != ProfileManager::kDefaultProfile)
            QVERIFY(profiles.createLocal(profile).ok());
        auto store = profiles.open(profile);
        QVERIFY(store.ok());
        AdminService service(*store.value(), ProfileKind::Local);
        QVERIFY(service.createUser({user, {}, {}, std::nullopt, {}}).ok());
    }
    QVERIFY(profiles
                .createServer(m_serverProfile, m_server->baseUrl().toString(),
                              QStringLiteral("default"))
                .ok());
    m_switcher = std::make_unique<ProfileSwitcher>(profiles, m_prompter);
}

void TestProfileSwitch::cleanup()
{
    m_switcher.reset();
    m_server.reset();
    m_dir.reset();
}

MainWindow::DialogRunner TestProfileSwitch::signIn(const QString &profile, const QString &user,
                                                   const QString &password)
{
    return [profile, user, password](QDialog &dialog) {
        auto *connect = qobject_cast<ConnectDialog *>(&dialog);
        if (!connect)
            return false;
        connect->selectProfile(profile);
        auto *username = connect->findChild<QLineEdit *>(QStringLiteral("username"));
        username->setText(user);
        connect->findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(false);
        connect->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        QSignalSpy signedIn(connect, &ConnectDialog::signedIn);
        connect->save();
        return signedIn.wait(15000);
    };
}

void TestProfileSwitch::openProfileMenuSwitchesTheWindow()
{
    QVERIFY(m_switcher->open(ProfileManager::kDefaultProfile).ok());
    ProfileSession *first = m_switcher->current();
    QVERIFY(userNames(first->service()).contains(QStringLiteral("alice")));
    QVERIFY(first->window().isVisible());
    QVERIFY(first->window().showPage(QStringLiteral("roles")));
    first->window().resize(900, 640);
    QPointer<MainWindow> oldWindow = &first->window();

    // The menu lists every profile, this window's checked.
    QAction *self = oldWindow->findChild<QAction *>(QStringLiteral("openProfile:default"));
    QAction *lab = oldWindow->findChild<QAction *>(QStringLiteral("openProfile:") + m_localProfile);
    QVERIFY(self && lab);
    QVERIFY(self->isChecked());
    QVERIFY(!lab->isChecked());
    QVERIFY(oldWindow->findChild<QAction *>(QStringLiteral("openProfile:") + m_serverProfile));

    QSignalSpy opened(m_switcher.get(), &ProfileSwitcher::opened);
    lab->trigger();
    QCOMPARE(opened.count(), 1);
    ProfileSession *second = m_switcher->current();
    QCOMPARE(second->profile(), m_localProfile);
    QCOMPARE(second->window().profileName(), m_localProfile);
    QVERIFY(second->window().windowTitle().contains(m_localProfile));
    const QStringList users = userNames(second->service());
    QVERIFY(users.contains(QStringLiteral("bob")));
    QVERIFY(!users.contains(QStringLiteral("alice")));
    QVERIFY(second->window().isVisible());
    // It took the old window's place: page and size.
    QCOMPARE(second->window().currentPageKey(), QStringLiteral("roles"));
    QCOMPARE(second->window().size(), QSize(900, 640));
    // The old window goes once the event loop runs; the profile is the one to start with.
    QVERIFY(!oldWindow->isVisible());
    QTRY_VERIFY(oldWindow.isNull());
    QCOMPARE(ProfileManager(m_dir->path()).activeProfile(), m_localProfile);

    // Asking for the profile already open keeps the window.
    QPointer<MainWindow> kept = &second->window();
    second->window().requestProfile(m_localProfile);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(m_switcher->current(), second);
    QVERIFY(!kept.isNull());
}

void TestProfileSwitch::profileThatCannotOpenKeepsTheWindow()
{
    QVERIFY(m_switcher->open(m_localProfile).ok());
    ProfileSession *session = m_switcher->current();
    // A profile file that is not a database.
    ProfileManager profiles(m_dir->path());
    auto info = profiles.info(ProfileManager::kDefaultProfile);
    QVERIFY(info.ok());
    const QString broken =
        QFileInfo(info->path)
            .dir()
            .filePath(QStringLiteral("broken.") + QFileInfo(info->path).suffix());
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QVERIFY(profiles.exists(QStringLiteral("broken")));

    // A damaged file is offered its repair in a message of the window; closing it changes nothing.
    QSignalSpy ended(m_switcher.get(), &ProfileSwitcher::repairEnded);
    session->window().requestProfile(QStringLiteral("broken"));
    QCOMPARE(m_switcher->current(), session);
    QVERIFY(session->window().isVisible());
    QMessageBox *box = nullptr;
    for (QMessageBox *candidate : session->window().findChildren<QMessageBox *>()) {
        if (candidate->isVisible())
            box = candidate;
    }
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("'broken' could not be opened")),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("profile repair broken")),
             qPrintable(box->text()));
    QVERIFY(m_prompter.errors.isEmpty());
    QAbstractButton *close = box->button(QMessageBox::Close);
    QVERIFY(close);
    close->click();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().toBool(), false);
    QCOMPARE(m_switcher->current(), session);
    QVERIFY(session->window().isVisible());
    QCOMPARE(file.size(), 4096);
    QCOMPARE(ProfileManager(m_dir->path()).activeProfile(), ProfileManager::kDefaultProfile);

    // A name with no profile behind it is an error message, with no repair to offer.
    session->window().requestProfile(QStringLiteral("missing"));
    QCOMPARE(m_switcher->current(), session);
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY2(m_prompter.errors.first().contains(QStringLiteral("'missing' could not be opened")),
             qPrintable(m_prompter.errors.first()));
}

void TestProfileSwitch::signInToAnotherProfileOpensIt()
{
    QVERIFY(connecttest::addUser(*m_server, QStringLiteral("carol"), QStringLiteral("C4rol-pw-90"),
                                 QStringLiteral("guest"))
                .isEmpty());
    // Sign in from the local window's Connect dialog, without remembering the password.
    m_switcher->setDialogRunner(signIn(m_serverProfile, QStringLiteral("default"), kPassword));
    QVERIFY(m_switcher->open(ProfileManager::kDefaultProfile).ok());
    MainWindow &local = m_switcher->current()->window();
    QAction *connectAction = local.findChild<QAction *>(QStringLiteral("connect"));
    QVERIFY(connectAction);
    m_prompter.answers = {true}; // "Open it in place of 'default'?"
    connectAction->trigger();
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY2(m_prompter.questions.first().contains(m_serverProfile),
             qPrintable(m_prompter.questions.first()));

    ProfileSession *server = m_switcher->current();
    QCOMPARE(server->profile(), m_serverProfile);
    QVERIFY(server->connection());
    QVERIFY(server->sync());
    // The dialog's session-only sign-in carried over: no second password, and the window can
    // sync right away.
    QVERIFY(server->connection()->hasToken());
    QVERIFY(server->connection()->canWrite());
    // The window syncs on its own as it opens: the server's users arrive.
    QTRY_VERIFY_WITH_TIMEOUT(userNames(server->service()).contains(QStringLiteral("carol")), 15000);
}

void TestProfileSwitch::signInToTheOpenProfileKeepsTheWindow()
{
    m_switcher->setDialogRunner(signIn(m_serverProfile, QStringLiteral("default"), kPassword));
    QVERIFY(m_switcher->open(m_serverProfile).ok());
    ProfileSession *session = m_switcher->current();
    QVERIFY(!session->connection()->hasToken());
    QVERIFY(!session->connection()->canWrite());
    QSignalSpy opened(m_switcher.get(), &ProfileSwitcher::opened);
    session->window().findChild<QAction *>(QStringLiteral("connect"))->trigger();
    // Nothing to ask, nothing reopened: the window takes the dialog's session-only sign-in.
    QVERIFY(m_prompter.questions.isEmpty());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(m_switcher->current(), session);
    QVERIFY(session->connection()->hasToken());
    QVERIFY(session->connection()->canWrite());
    QVERIFY(session->window().action(QStringLiteral("newUser"))->isEnabled());
}

void TestProfileSwitch::anotherUserForTheOpenProfileReopensIt()
{
    QVERIFY(connecttest::addUser(*m_server, QStringLiteral("gina"), QStringLiteral("G1na-pw-33"),
                                 QStringLiteral("guest"))
                .isEmpty());
    m_switcher->setDialogRunner(
        signIn(m_serverProfile, QStringLiteral("gina"), QStringLiteral("G1na-pw-33")));
    QVERIFY(m_switcher->open(m_serverProfile).ok());
    QPointer<MainWindow> old = &m_switcher->current()->window();
    QSignalSpy opened(m_switcher.get(), &ProfileSwitcher::opened);
    old->findChild<QAction *>(QStringLiteral("connect"))->trigger();
    // The window's connection knew the old user: the profile opens afresh, signed in as gina,
    // who may only read.
    QCOMPARE(opened.count(), 1);
    ProfileSession *session = m_switcher->current();
    QCOMPARE(session->profile(), m_serverProfile);
    QCOMPARE(session->connection()->profile().username, QStringLiteral("gina"));
    QVERIFY(session->connection()->hasToken());
    QVERIFY(!session->connection()->canWrite());
    QVERIFY(!session->window().action(QStringLiteral("newUser"))->isEnabled());
    QTRY_VERIFY(old.isNull());
}

void TestProfileSwitch::openProfileAndUnsentChangesAreNotRemovedUnawares()
{
    ProfileManager profiles(m_dir->path());
    {
        // An edit queued for the server, made while signed in earlier (the gate is the
        // connection's; the queue is the store's).
        auto store = profiles.open(m_serverProfile);
        QVERIFY(store.ok());
        AdminService service(*store.value(), ProfileKind::Server);
        QVERIFY(service.createTeam(QStringLiteral("ops"), {}).ok());
    }
    QVERIFY(m_switcher->open(m_serverProfile).ok());

    QCOMPARE(profiles.unsentChanges(m_serverProfile).value(), 1);
    ScriptedPrompter prompter;
    MemorySecretStore secrets;
    ConnectDialog dialog(profiles, secrets, prompter);
    dialog.setOpenProfile(m_serverProfile);
    dialog.selectProfile(m_serverProfile);
    dialog.removeProfile();
    QVERIFY2(dialog.statusText().contains(QStringLiteral("open in the window")),
             qPrintable(dialog.statusText()));
    QVERIFY(prompter.questions.isEmpty());
    QVERIFY(profiles.exists(m_serverProfile));

    // From another window it may go, but the question names what is lost; "no" keeps it.
    dialog.setOpenProfile(ProfileManager::kDefaultProfile);
    dialog.selectProfile(m_serverProfile);
    dialog.removeProfile();
    QCOMPARE(prompter.questions.size(), 1);
    QVERIFY2(prompter.questions.first().contains(QStringLiteral("1 change")) &&
                 prompter.questions.first().contains(QStringLiteral("not yet sent")),
             qPrintable(prompter.questions.first()));
    QVERIFY(profiles.exists(m_serverProfile));
    QCOMPARE(profiles.unsentChanges(m_serverProfile).value(), 1);
    // Without the admin's word the manager refuses too.
    const Status refused = profiles.remove(m_serverProfile);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
    QVERIFY(profiles.exists(m_serverProfile));
    // And with it, not while a window has the profile open (any process: a lock file says so).
    const Status busy = profiles.remove(m_serverProfile, true);
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().kind, ErrorKind::Busy);
    QVERIFY2(busy.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(busy.error().message));
    QVERIFY(profiles.exists(m_serverProfile));
    // Closed, it may go.
    m_switcher.reset();
    QVERIFY(profiles.remove(m_serverProfile, true).ok());
    QVERIFY(!profiles.exists(m_serverProfile));
}

void TestProfileSwitch::syncWhileAnotherRunsSaysSo()
{
    m_switcher->setDialogRunner(signIn(m_serverProfile, QStringLiteral("default"), kPassword));
    QVERIFY(m_switcher->open(m_serverProfile).ok());
    ProfileSession *session = m_switcher->current();
    session->window().findChild<QAction *>(QStringLiteral("connect"))->trigger();
    QVERIFY(session->connection()->hasToken());
    sync::SyncEngine &engine = session->sync()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 15000);

    // Another process syncs the profile (here: this test holds its lock).
    QLockFile other(session->store().path() + QStringLiteral(".sync-lock"));
    QVERIFY(other.tryLock(0));
    QSignalSpy finished(&engine, &sync::SyncEngine::finished);
    const qsizetype requests = m_server->requestLog().size();
    session->sync()->syncNowAction()->trigger();
    QTRY_VERIFY(!finished.isEmpty());
    QCOMPARE(m_server->requestLog().size(), requests);
    const QString message = session->window().statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Another sync of this profile is running")),
             qPrintable(message));
    other.unlock();
    finished.clear();
    session->sync()->syncNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QVERIFY(finished.first().first().value<sync::SyncReport>().ok());
}

void TestProfileSwitch::menusHaveDistinctAccessKeys()
{
    // A server profile's window has every menu entry: connection, invitations and sync.
    QVERIFY(m_switcher->open(m_serverProfile).ok());
    QVERIFY(m_switcher->current()->sync());
    QStringList clashes = clashingKeys(*m_switcher->current()->window().menuBar());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    // The Access review and History pages' own keys stay clear of the menu bar's.
    {
        MainWindow &w = m_switcher->current()->window();
        clashes = pageClashes(*w.menuBar(), *w.reviewPage()) +
                  pageClashes(*w.menuBar(), *w.historyPage());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // The app's German, as lrelease built it for zenml-admin.
    auto *german = new QTranslator(qApp);
    QVERIFY(german->load(QStringLiteral("zenml-admin_de"), QStringLiteral(ZENML_QM_DIR)));
    QCoreApplication::installTranslator(german);
    QVERIFY(m_switcher->open(m_serverProfile).ok());
    const QMenuBar &bar = *m_switcher->current()->window().menuBar();
    QCOMPARE(bar.actions().first()->text(), QStringLiteral("&Datei"));
    clashes = clashingKeys(bar);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    MainWindow &w = m_switcher->current()->window();
    clashes = pageClashes(bar, *w.reviewPage()) + pageClashes(bar, *w.historyPage());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestProfileSwitch)
#include "tst_profileswitch.moc"
