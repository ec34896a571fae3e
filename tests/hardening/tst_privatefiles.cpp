// Issue 14, item 4: the data folder is 0700 and every file the app and the command line write
// (databases, -wal/-shm, lock files, settings) 0600, whatever the umask; an existing
// installation's looser modes are corrected at start. The test runs with umask 000, the most
// permissive there is, so that every mode it sees was set on purpose.
#include "clisession.h"
#include "modecheck.h"
#include "profile/profilesession.h"
#include "scriptedprompter.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace zenml;
using zenml::connecttest::CliResult;
using zenml::connecttest::CliSession;
using zenml::hardeningtest::notPrivate;

namespace {
const QString kPassword = QStringLiteral("Pr1vate-Files-4471");

// Runs the command once and checks its exit code (the argument is evaluated once).
#define CLI_OK(call)                                                                               \
    do {                                                                                           \
        const CliResult r_ = (call);                                                               \
        QVERIFY2(r_.code == 0,                                                                     \
                 qPrintable(QStringLiteral("exit %1: %2").arg(r_.code).arg(r_.all())));            \
    } while (false)

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void appFilesArePrivate();
    void commandLineFilesArePrivate();
    void existingModesAreCorrected();

private:
    mode_t m_oldUmask = 022;
};

void TestPrivateFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_oldUmask = ::umask(0);
}

void TestPrivateFiles::cleanupTestCase()
{
    ::umask(m_oldUmask);
}

void TestPrivateFiles::appFilesArePrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    QSettings().clear();
    {
        // The app's start: the switcher opens (and creates) the default profile and shows its
        // window, which holds the open-lock; a server profile is created and made active.
        ProfileManager profiles(data);
        gui::test::ScriptedPrompter prompter;
        gui::ProfileSwitcher switcher(profiles, prompter);
        QVERIFY(switcher.open(ProfileManager::kDefaultProfile).ok());
        QVERIFY(profiles.createServer(QStringLiteral("work"), QStringLiteral("http://127.0.0.1:9"),
                                      QStringLiteral("default")));
        QVERIFY(profiles.setActiveProfile(QStringLiteral("work")).ok());
        const QString file = QDir(data).filePath(QStringLiteral("profiles/default.sqlite"));
        QVERIFY(QFile::exists(LocalStore::openLockPath(file)));
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        const QStringList open = notPrivate(data);
        QVERIFY2(open.isEmpty(), qPrintable(joined(open)));
    }
    const QStringList closed = notPrivate(data);
    QVERIFY2(closed.isEmpty(), qPrintable(joined(closed)));
    QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("settings.ini"))));
}

void TestPrivateFiles::commandLineFilesArePrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QFile::setPermissions(home, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner));
    test::TestServer server;
    server.setDefaultPassword(kPassword);
    QVERIFY(server.listen());
    CliSession cli(data, home);
    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    CLI_OK(cli.run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("bob")}));
    CLI_OK(cli.run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                    QStringLiteral("--url"), server.baseUrl().toString(),
                    QStringLiteral("--username"), QStringLiteral("default")}));
    CLI_OK(cli.run(work + QStringList{QStringLiteral("login"), QStringLiteral("--password-stdin")},
                   kPassword.toUtf8() + '\n'));
    CLI_OK(cli.run(work + QStringList{QStringLiteral("sync")}));
    CLI_OK(cli.run(work + QStringList{QStringLiteral("team"), QStringLiteral("create"),
                                      QStringLiteral("ops")}));
    CLI_OK(cli.run(work + QStringList{QStringLiteral("sync")}));
    CLI_OK(cli.run({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("work")}));
    CLI_OK(cli.run({QStringLiteral("user"), QStringLiteral("list")}));
    QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("profiles/work.sqlite"))));
    QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("settings.ini"))));
    const QStringList open = notPrivate(data) + notPrivate(home);
    QVERIFY2(open.isEmpty(), qPrintable(joined(open)));
    CLI_OK(cli.run(work + QStringList{QStringLiteral("logout")}));
}

void TestPrivateFiles::existingModesAreCorrected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    CliSession cli(data, home);
    CLI_OK(cli.run({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("ops")}));
    CLI_OK(cli.run({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("default")}));
    // An installation from before: everything readable by all.
    const QString profile = QDir(data).filePath(QStringLiteral("profiles/default.sqlite"));
    for (const QString &path : {data, QDir(data).filePath(QStringLiteral("profiles"))})
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
    for (const QString &path : {profile, QDir(data).filePath(QStringLiteral("settings.ini"))})
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(!notPrivate(data).isEmpty());
    // Reading is enough to correct them.
    CLI_OK(cli.run({QStringLiteral("team"), QStringLiteral("list")}));
    const QStringList left = notPrivate(data);
    QVERIFY2(left.isEmpty(), qPrintable(joined(left)));
}

QTEST_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
