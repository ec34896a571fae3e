// Issue 14, item 2: a full disk. The command line runs with its file-size limit (RLIMIT_FSIZE)
// lowered so that no file may grow, which SQLite meets exactly as it meets a full disk, without
// mounting anything. An edit, a pull of many rows and an invitation's create meet it: the error
// names the full disk and what to do (exit code 5), the database is as before row by row, and the
// next attempt with space succeeds. Reading needs no space: listing works on the full disk.
#include "auth/keychainsecretstore.h"
#include "limitedcli.h"
#include "service/adminservice.h"
#include "service/invitationledger.h"
#include "service/invitationservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "testserver.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using zenml::connecttest::CliResult;
using zenml::hardeningtest::dumpRows;
using zenml::hardeningtest::FileSizeLimit;
using zenml::hardeningtest::runLimited;

namespace {
const QString kPassword = QStringLiteral("D1sk-Full-5531");
// Too small for SQLite's -shm (32 KiB): opening for writing fails at once.
constexpr qint64 kNoRoom = 8 * 1024;
// Room to open and for a small transaction, not for a pull of thousands of rows.
constexpr qint64 kLittleRoom = 96 * 1024;

void checkNamesTheFullDisk(const CliResult &r)
{
    QVERIFY2(r.code == 5, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.all())));
    QVERIFY2(r.err.contains(QStringLiteral("is full")) &&
                 r.err.contains(QStringLiteral("Free some space")),
             qPrintable(r.err));
    // Followed, that advice would lose every unsent change.
    QVERIFY2(!r.err.contains(QStringLiteral("move it aside")), qPrintable(r.err));
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editOnAFullDisk_data();
    void editOnAFullDisk();
    void pullOfManyRowsOnAFullDisk();
    void invitationOnAFullDisk();
    void invitationTokenOnAFullDisk();

private:
    CliResult run(qint64 limit, const QStringList &arguments, const QByteArray &input = {})
    {
        return runLimited(m_data, m_home, limit, arguments, input);
    }
    QString profileFile(const QString &name) const
    {
        return QDir(m_data).filePath(QStringLiteral("profiles/%1.sqlite").arg(name));
    }
    void signIn();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_home;
    std::unique_ptr<test::TestServer> m_server;
};

void TestDiskFull::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_data = m_dir->filePath(QStringLiteral("data"));
    m_home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    m_server = std::make_unique<test::TestServer>();
    m_server->setDefaultPassword(kPassword);
    QVERIFY(m_server->listen());
}

void TestDiskFull::cleanup()
{
    KeychainSecretStore keychain;
    (void)keychain.removeAllSync(QStringLiteral("work"));
    m_server.reset();
    m_dir.reset();
}

void TestDiskFull::signIn()
{
    RUN_OK(run(0, {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                   QStringLiteral("--url"), m_server->baseUrl().toString(),
                   QStringLiteral("--username"), QStringLiteral("default")}));
    RUN_OK(run(0,
               {QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("login"),
                QStringLiteral("--password-stdin")},
               kPassword.toUtf8() + '\n'));
}

void TestDiskFull::editOnAFullDisk_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::newRow("no room to open") << kNoRoom;
    QTest::newRow("room to open only") << qint64(40 * 1024);
}

void TestDiskFull::editOnAFullDisk()
{
    QFETCH(qint64, limit);
    RUN_OK(run(0, {QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("ops")}));
    const QStringList before = dumpRows(profileFile(QStringLiteral("default")));
    QVERIFY(before.size() > 5);

    // A team with a long description of many pages' worth: more than the room left.
    const QStringList edit{QStringLiteral("workspace"), QStringLiteral("create"),
                           QStringLiteral("big"), QStringLiteral("--description"),
                           QString(60000, QLatin1Char('d'))};
    checkNamesTheFullDisk(run(limit, edit));
    QCOMPARE(dumpRows(profileFile(QStringLiteral("default"))), before);

    // Reading needs no room.
    const CliResult list = run(limit, {QStringLiteral("team"), QStringLiteral("list")});
    QVERIFY2(list.code == 0 && list.out.contains(QStringLiteral("ops")), qPrintable(list.all()));
    QCOMPARE(dumpRows(profileFile(QStringLiteral("default"))), before);

    // With room again, the same edit goes through.
    RUN_OK(run(0, edit));
    const CliResult shown = run(0, {QStringLiteral("workspace"), QStringLiteral("list")});
    QVERIFY2(shown.out.contains(QStringLiteral("big")), qPrintable(shown.all()));
}

void TestDiskFull::pullOfManyRowsOnAFullDisk()
{
    signIn();
    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    m_server->seed(3000, 0, 0, 0);
    const QStringList before = dumpRows(profileFile(QStringLiteral("work")));
    checkNamesTheFullDisk(run(
        kLittleRoom, work + QStringList{QStringLiteral("sync"), QStringLiteral("--pull-only")}));
    QCOMPARE(dumpRows(profileFile(QStringLiteral("work"))), before);
    const CliResult list =
        run(kNoRoom, work + QStringList{QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(list.code == 0 && list.out.contains(QStringLiteral("default")),
             qPrintable(list.all()));

    RUN_OK(run(0, work + QStringList{QStringLiteral("sync"), QStringLiteral("--pull-only")}));
    const CliResult all =
        run(0, work + QStringList{QStringLiteral("--output"), QStringLiteral("json"),
                                  QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(all.code, 0);
    QVERIFY2(all.out.count(QStringLiteral("\"name\"")) >= 3001, qPrintable(all.err));
}

void TestDiskFull::invitationOnAFullDisk()
{
    signIn();
    const QStringList work{QStringLiteral("--profile"), QStringLiteral("work")};
    const QStringList before = dumpRows(profileFile(QStringLiteral("work")));
    // Creating the invitation queues it and records it: both writes meet the full disk.
    checkNamesTheFullDisk(
        run(kNoRoom, work + QStringList{QStringLiteral("user"), QStringLiteral("create"),
                                        QStringLiteral("carol")}));
    QCOMPARE(dumpRows(profileFile(QStringLiteral("work"))), before);
    QVERIFY(m_server->userId(QStringLiteral("carol")).isEmpty());

    RUN_OK(run(0, work + QStringList{QStringLiteral("user"), QStringLiteral("create"),
                                     QStringLiteral("carol")}));
    QVERIFY(!m_server->userId(QStringLiteral("carol")).isEmpty());
    const CliResult link =
        run(0, work + QStringList{QStringLiteral("user"), QStringLiteral("invite-link"),
                                  QStringLiteral("carol")});
    QVERIFY2(link.code == 0 && link.out.contains(QStringLiteral("token=")), qPrintable(link.all()));
}

// An invitation's token arriving with the push is recorded in the profile's invitation ledger
// before it goes to the keychain: that write meets the full disk, is named, leaves the database
// as it was and the keychain without the token; with space again it goes through.
void TestDiskFull::invitationTokenOnAFullDisk()
{
    signIn();
    const QString path = profileFile(QStringLiteral("work"));
    ProfileManager profiles(m_data);
    auto info = profiles.info(QStringLiteral("work"));
    QVERIFY(info);
    auto store = LocalStore::open(path);
    QVERIFY(store);
    AdminService service(**store, ProfileKind::Server);
    KeychainSecretStore keychain;
    InvitationService invitations(service, keychain, *info);
    const QString userId = QStringLiteral("7d9f3a52-31c4-4a8e-9d0e-5b8f6c2e1a47");
    const QStringList before = dumpRows(path);
    {
        // Less than a page: the log cannot take the ledger's new row.
        FileSizeLimit full(512);
        QVERIFY(full.ok());
        const Status kept = invitations.keepTokenSync(userId, QStringLiteral("token-on-full-disk"));
        QVERIFY(!kept);
        QCOMPARE(kept.error().kind, ErrorKind::Io);
        QVERIFY2(kept.error().message.contains(QStringLiteral("is full")) &&
                     kept.error().message.contains(QStringLiteral("Free some space")),
                 qPrintable(kept.error().message));
    }
    QCOMPARE(dumpRows(path), before);
    const auto absent =
        keychain.readSync(QStringLiteral("work"), SecretStore::activationKey(userId));
    QVERIFY(absent);
    QVERIFY(!absent.value());

    QVERIFY(invitations.keepTokenSync(userId, QStringLiteral("token-with-room")));
    auto received = InvitationLedger(**store).receivedAt(userId);
    QVERIFY(received);
    QVERIFY(received->has_value());
    const auto token =
        keychain.readSync(QStringLiteral("work"), SecretStore::activationKey(userId));
    QVERIFY(token && token.value());
    QCOMPARE(*token.value(), QStringLiteral("token-with-room"));
}

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
