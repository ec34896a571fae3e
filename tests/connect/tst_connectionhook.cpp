// The main window hook: "Connect…" in the File menu, and the visibly read-only window of a user
// signed in without 'write' (actions disabled with a tooltip that says why, status bar text).
#include "auth/memorysecretstore.h"
#include "commands/prompter.h"
#include "connectfixture.h"
#include "mainwindow.h"
#include "profile/connectionhook.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "service/serverconnection.h"
#include "store/localstore.h"
#include "testserver.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using zenml::test::TestServer;

namespace {
const QString kPassword = QStringLiteral("Adm1n-Secret-7781");
const QString kGuestPassword = QStringLiteral("Gu3st-Secret-4410");

class SilentPrompter : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return false;
    }
    void showError(QWidget *, const QString &, const QString &) override {}
};

QString statusBarText(const MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}
} // namespace

class TestConnectionHook : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void guestWindowIsReadOnly();
    void adminWindowCanEdit();

private:
    void open(const QString &user, const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    MemorySecretStore m_secrets;
    SilentPrompter m_prompter;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<AdminService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestConnectionHook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestServer>();
    m_server->setDefaultPassword(kPassword);
    QVERIFY(m_server->listen());
}

void TestConnectionHook::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_connection.reset();
    m_store.reset();
    m_server.reset();
    m_dir.reset();
}

void TestConnectionHook::open(const QString &user, const QString &password)
{
    ProfileManager profiles(m_dir->path());
    auto info = profiles.createServer(QStringLiteral("srv"), m_server->baseUrl().toString(), user);
    QVERIFY(info.ok());
    auto store = profiles.open(QStringLiteral("srv"));
    QVERIFY(store.ok());
    m_store = std::move(store.value());
    m_connection = std::make_unique<ServerConnection>(*info, *m_store, m_secrets);
    QVERIFY(m_connection->loginSync(password, false).ok());
    m_service = std::make_unique<AdminService>(*m_store, ProfileKind::Server);
    m_connection->installPermissionGate(*m_service);
    m_window = std::make_unique<MainWindow>(*m_service, m_prompter, QStringLiteral("srv"));
    new ConnectionHook(*m_window, profiles, m_secrets, m_prompter, m_connection.get());
}

void TestConnectionHook::guestWindowIsReadOnly()
{
    QCOMPARE(connecttest::addUser(*m_server, QStringLiteral("gina"), kGuestPassword,
                                  QStringLiteral("guest")),
             QString());
    open(QStringLiteral("gina"), kGuestPassword);
    QAction *connectAction = m_window->findChild<QAction *>(QStringLiteral("connect"));
    QVERIFY(connectAction);
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(connectAction));
    for (const QString &name : {QStringLiteral("new"), QStringLiteral("newUser"),
                                QStringLiteral("assign"), QStringLiteral("delete")}) {
        QAction *action = m_window->action(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->isEnabled(), qPrintable(name));
        QVERIFY2(action->toolTip().contains(QStringLiteral("Read-only")) &&
                     action->toolTip().contains(QStringLiteral("'write'")),
                 qPrintable(action->toolTip()));
    }
    QVERIFY2(statusBarText(*m_window).contains(QStringLiteral("Read-only")),
             qPrintable(statusBarText(*m_window)));
    // The window enables actions by selection; read-only wins.
    m_window->action(QStringLiteral("edit"))->setEnabled(true);
    QVERIFY(!m_window->action(QStringLiteral("edit"))->isEnabled());
    // And the service refuses the edit anyway, with the same words.
    auto refused = m_service->createTeam(QStringLiteral("ops"), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
}

void TestConnectionHook::adminWindowCanEdit()
{
    open(QStringLiteral("default"), kPassword);
    QAction *newAction = m_window->action(QStringLiteral("new"));
    QVERIFY(newAction->isEnabled());
    QVERIFY(!newAction->toolTip().contains(QStringLiteral("Read-only")));
    QVERIFY(statusBarText(*m_window).contains(QStringLiteral("Signed in as default")));
    // Signing out makes it read-only, visibly.
    QVERIFY(m_connection->logoutSync().ok());
    QVERIFY(!newAction->isEnabled());
    QVERIFY(newAction->toolTip().contains(QStringLiteral("not signed in")));
}

QTEST_MAIN(TestConnectionHook)
#include "tst_connectionhook.moc"
