// Crash safety: `zenml-admin sync` is killed (SIGKILL) at random moments during a push of many
// operations, at least 50 times, and restarted each time; at the end the server holds exactly the
// expected state (no edit lost, nothing created twice) and the profile database is intact.
// The client is the child process; the test server runs in this process. Needs the OS keychain
// (tests/run-with-keychain.sh), as `zenml-admin sync` signs in with the saved password.
// ZENML_CRASH_SEED=N repeats a run.
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "support/testserver.h"
#include "workload.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace zenml;
using namespace zenml::test;

class TstSyncCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSyncsConverge();

private:
    // Runs zenml-admin to its end; the exit code, or -1 when it did not end in time.
    int run(const QStringList &args, const QByteArray &input = {});
    QProcess *start(const QStringList &args);

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_exe;
};

void TstSyncCrash::initTestCase()
{
    m_exe = qEnvironmentVariable("ZENML_ADMIN_TEST_BIN_DIR") + QStringLiteral("/zenml-admin");
    QVERIFY2(QFile::exists(m_exe), qPrintable(m_exe));
    m_server.reset();
    QVERIFY(m_server.listen());
}

QProcess *TstSyncCrash::start(const QStringList &args)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZENML_ADMIN_DATA_DIR"), m_dir.path());
    // English whatever the developer's locale: the command line speaks the system's language.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(env);
    p->setProgram(m_exe);
    p->setArguments(QStringList{QStringLiteral("--profile"), QStringLiteral("crash")} + args);
    p->start();
    return p;
}

int TstSyncCrash::run(const QStringList &args, const QByteArray &input)
{
    QProcess *p = start(args);
    QSignalSpy done(p, &QProcess::finished);
    p->write(input);
    p->closeWriteChannel();
    if (!done.wait(60000)) {
        p->kill();
        return -1;
    }
    if (p->exitCode() != 0)
        qWarning().noquote() << p->readAllStandardError();
    const int code = p->exitCode();
    p->deleteLater();
    return code;
}

void TstSyncCrash::killedSyncsConverge()
{
    QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("crash"),
                  QStringLiteral("--url"), m_server.baseUrl().toString(),
                  QStringLiteral("--username"), QStringLiteral("default")}),
             0);
    QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--password-stdin")}, "\n"), 0);

    // Enough queued work that the kills land before the queue drains, on a fast machine too.
    // ZENML_CRASH_KILLS raises the count for the soak (tests/soak/soak.sh); 50 in the suite.
    const int wanted = qMax(50, qEnvironmentVariableIntValue("ZENML_CRASH_KILLS"));
    const int users = qMax(900, wanted * 18);
    auto info = ProfileManager(m_dir.path()).info(QStringLiteral("crash"));
    QVERIFY(info);
    {
        auto store = LocalStore::open(info->path);
        QVERIFY(store);
        AdminService service(**store, ProfileKind::Server);
        QVERIFY(queueWorkload(service, users).ok());
    }

    const quint32 seed = qEnvironmentVariableIsSet("ZENML_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("ZENML_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("ZENML_CRASH_SEED=%u", seed);
    QRandomGenerator random(seed);

    // Kill after a random number of writes reached the server (plus a random few ms, so that
    // kills land before, during and after the commits that follow an answer).
    int writes = 0;
    int killAt = 0;
    QProcess *current = nullptr;
    connect(&m_server, &TestServer::requestHandled, this,
            [&](const QString &method, const QString &path, int) {
                if (method == QLatin1String("GET") || path.endsWith(QLatin1String("/login")))
                    return;
                if (++writes == killAt && current) {
                    QProcess *victim = current;
                    QTimer::singleShot(int(random.bounded(12)), victim,
                                       [victim] { victim->kill(); });
                }
            });
    int kills = 0;
    int finishedAlone = 0;
    for (int round = 0; kills < wanted && round < wanted * 4; ++round) {
        writes = 0;
        killAt = 1 + int(random.bounded(8));
        current = start({QStringLiteral("sync"), QStringLiteral("--push-only")});
        QSignalSpy done(current, &QProcess::finished);
        current->closeWriteChannel();
        QVERIFY(done.wait(60000));
        if (current->exitStatus() == QProcess::CrashExit)
            ++kills;
        else
            ++finishedAlone;
        current->deleteLater();
        current = nullptr;
    }
    qInfo("%d kills, %d runs ended on their own", kills, finishedAlone);
    QVERIFY(kills >= wanted);

    // Restarted without interruption, the queue drains.
    for (int i = 0; i < 5; ++i) {
        if (run({QStringLiteral("sync")}) == 0)
            break;
    }
    auto store = LocalStore::open(info->path);
    QVERIFY(store);
    auto left = (*store)->outbox().count({});
    QVERIFY(left);
    QCOMPARE(*left, 0);
    const QString problems = checkWorkload(m_server, users);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(problems)));
    QSqlQuery check((*store)->database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TstSyncCrash)
#include "tst_synccrash.moc"
