// Issue 14, items 2 and 3 in the desktop app. An edit that meets a full disk (the process's
// file-size limit lowered, as tst_diskfull does for the command line) is named in a non-modal
// message while the window stays usable, and the database is as it was. A damaged profile's
// message offers "Repair…", which repairs it as `zenml-admin profile repair` does and opens it.
#include "auth/keychainsecretstore.h"
#include "commands/editor.h"
#include "commands/prompter.h"
#include "limitedcli.h"
#include "mainwindow.h"
#include "profile/profilesession.h"
#include "profile/repairoffer.h"
#include "scriptedprompter.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "testserver.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using zenml::connecttest::CliResult;
using zenml::hardeningtest::dumpRows;
using zenml::hardeningtest::FileSizeLimit;
using zenml::hardeningtest::runLimited;

namespace {
const QString kPassword = QStringLiteral("Gu1-Rep4ir-Now");

bool hasWorkspace(const AdminService &service, const QString &name)
{
    const auto all = service.workspaces();
    if (!all)
        return false;
    for (const Workspace &w : *all) {
        if (w.name == name)
            return true;
    }
    return false;
}

QMessageBox *noticeOf(QWidget &window)
{
    return window.findChild<QMessageBox *>(MessageBoxPrompter::kNoticeName);
}
} // namespace

class TestAppStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editOnAFullDisk();
    void damagedProfileIsRepairedFromItsMessage();
};

void TestAppStorageFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("zenml-gui-tests"));
    // One settings file per test program: ctest runs several at once, and one that clears or
    // saves the window's settings must not meet another's.
    QCoreApplication::setApplicationName(
        QStringLiteral("zenml-admin-tests-") +
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
}

void TestAppStorageFaults::editOnAFullDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    auto store = LocalStore::open(path);
    QVERIFY(store);
    QVERIFY(store.value()->seedLocalDefaults());
    AdminService service(*store.value(), ProfileKind::Local);
    MessageBoxPrompter prompter;
    MainWindow window(service, prompter, QStringLiteral("test"));
    window.show();
    QVERIFY(window.editor().createTeam(QStringLiteral("ops"), {}));
    const QStringList before = dumpRows(path);
    QVERIFY(before.size() > 5);

    const QString description(60000, QLatin1Char('d'));
    {
        // Room for what the write-ahead log holds now and a page more: not for the edit.
        const qint64 wal = QFileInfo(path + QStringLiteral("-wal")).size();
        FileSizeLimit full(wal + 8192);
        QVERIFY(full.ok());
        const Status made = window.editor().createWorkspace(QStringLiteral("big"), description);
        QVERIFY(!made);
        QVERIFY2(made.error().message.contains(QStringLiteral("is full")),
                 qPrintable(made.error().message));
    }
    // Named in a message that does not stop the app: not modal, the window usable.
    QMessageBox *notice = noticeOf(window);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(!notice->isModal());
    QCOMPARE(notice->windowModality(), Qt::NonModal);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY2(notice->text().contains(QStringLiteral("is full")) &&
                 notice->text().contains(QStringLiteral("Free some space")),
             qPrintable(notice->text()));
    QVERIFY(window.isEnabled());
    QCOMPARE(dumpRows(path), before);
    QVERIFY(!hasWorkspace(service, QStringLiteral("big")));

    // With room again, the same edit goes through and undo still works.
    QVERIFY(window.editor().createWorkspace(QStringLiteral("big"), description));
    QVERIFY(hasWorkspace(service, QStringLiteral("big")));
    notice->close();
}

void TestAppStorageFaults::damagedProfileIsRepairedFromItsMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    zenml::test::TestServer server;
    server.setDefaultPassword(kPassword);
    QVERIFY(server.listen());
    server.seed(100, 0, 0, 0);
    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    RUN_OK(runLimited(data, home, 0,
                      {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                       QStringLiteral("--url"), server.baseUrl().toString(),
                       QStringLiteral("--username"), QStringLiteral("default")}));
    RUN_OK(
        runLimited(data, home, 0,
                   work + QStringList{QStringLiteral("login"), QStringLiteral("--password-stdin")},
                   kPassword.toUtf8() + '\n'));
    constexpr int kQueued = 12;
    for (int i = 0; i < kQueued; ++i)
        RUN_OK(runLimited(data, home, 0,
                          work + QStringList{QStringLiteral("workspace"), QStringLiteral("create"),
                                             QStringLiteral("gui-%1").arg(i),
                                             QStringLiteral("--description"),
                                             QString(500, QLatin1Char('g'))}));
    // The index of the profile's settings (page 3) overwritten: the settings cannot be looked
    // up, so the profile does not open, but the table itself can still be read in full.
    const QString path = QDir(data).filePath(QStringLiteral("profiles/work.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(2 * 4096));
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator random(5);
        for (char &c : noise)
            c = char(random.bounded(256));
        QVERIFY(file.write(noise) == noise.size());
    }

    zenml::gui::test::ScriptedPrompter prompter;
    ProfileSwitcher switcher(ProfileManager(data), prompter);
    QVERIFY(switcher.open(QStringLiteral("default")));
    MainWindow &first = switcher.current()->window();
    QSignalSpy ended(&switcher, &ProfileSwitcher::repairEnded);
    first.requestProfile(QStringLiteral("work"));
    // The message names the damage and the repair, with a button that runs it.
    QMessageBox *box = nullptr;
    const auto findBox = [&first, &box] {
        for (QMessageBox *candidate : first.findChildren<QMessageBox *>()) {
            if (candidate->isVisible() && candidate->text().contains(QStringLiteral("damaged")))
                box = candidate;
        }
        return box != nullptr;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(findBox(), qPrintable(prompter.errors.join(QLatin1Char('\n'))),
                              10000);
    QVERIFY2(box->text().contains(QStringLiteral("profile repair work")), qPrintable(box->text()));
    QPushButton *repair = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("Repair")))
            repair = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(repair);
    QVERIFY(prompter.errors.isEmpty());
    repair->click();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 120000);
    QCOMPARE(ended.first().first().toBool(), true);
    QVERIFY2(prompter.errors.isEmpty(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
    QCOMPARE(switcher.current()->profile(), QStringLiteral("work"));
    QVERIFY2(prompter.notices.size() == 1 &&
                 prompter.notices.first().contains(QStringLiteral("%1 queued").arg(kQueued)),
             qPrintable(prompter.notices.join(QLatin1Char('\n'))));
    const QStringList copies =
        QDir(QFileInfo(path).absolutePath())
            .entryList({QStringLiteral("work.sqlite.damaged-*")})
            .filter(QRegularExpression(QStringLiteral("^work\\.sqlite\\.damaged-\\d{8}-\\d{6}$")));
    QCOMPARE(copies.size(), 1);

    // The salvaged changes reach the server with the window's sync.
    QAction *syncNow = switcher.current()->window().action(QStringLiteral("syncNow"));
    QVERIFY(syncNow);
    syncNow->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        !server.workspaceId(QStringLiteral("gui-%1").arg(kQueued - 1)).isEmpty(), 60000);
    for (int i = 0; i < kQueued; ++i)
        QVERIFY(!server.workspaceId(QStringLiteral("gui-%1").arg(i)).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        switcher.current()->store().outbox().count({OutboxStatus::Pending}).value(), 0, 60000);

    KeychainSecretStore keychain;
    (void)keychain.removeAllSync(QStringLiteral("work"));
}

QTEST_MAIN(TestAppStorageFaults)
#include "tst_appstoragefaults.moc"
