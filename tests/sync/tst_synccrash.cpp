// Crash safety: `zenml-admin sync` is killed (SIGKILL) at random moments, at least 50 times, and
// restarted each time: every other run pushes many queued operations, every other one pulls what
// changed on the server meanwhile (someone else edits seeded users between the runs), and a fault
// of the server (a dropped connection, one dropped after the change was applied, a 500, a 503,
// a malformed or cut answer, a 401, a delay) is injected before each run. At the end the server
// holds exactly the expected state (no edit lost, nothing created twice), the mirror holds
// exactly the server's users (no pulled change lost, no row twice) and the profile database is
// intact.
// The client is the child process; the test server runs in this process. Needs the OS keychain
// (tests/run-with-keychain.sh), as `zenml-admin sync` signs in with the saved password.
// ZENML_CRASH_SEED=N repeats a run.
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "support/testserver.h"
#include "workload.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace zenml;
using namespace zenml::test;

namespace {
constexpr int kSeededUsers = 400;
constexpr int kChangesPerPull = 60;
} // namespace

class TstSyncCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSyncsConverge();

private:
    // Runs zenml-admin to its end; the exit code, or -1 when it did not end within waitMs.
    int run(const QStringList &args, const QByteArray &input = {}, int waitMs = 60000);
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

int TstSyncCrash::run(const QStringList &args, const QByteArray &input, int waitMs)
{
    QProcess *p = start(args);
    QSignalSpy done(p, &QProcess::finished);
    p->write(input);
    p->closeWriteChannel();
    if (!done.wait(waitMs)) {
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
    // Rows someone else edits on the server between the runs, for the pulls.
    m_server.seed(kSeededUsers, 0, 0, 0);
    QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("crash"),
                  QStringLiteral("--url"), m_server.baseUrl().toString(),
                  QStringLiteral("--username"), QStringLiteral("default")}),
             0);
    QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--password-stdin")}, "\n"), 0);

    // Enough queued work that the kills land before the queue drains, on a fast machine too.
    // ZENML_CRASH_KILLS raises the count for the soak (tests/soak/soak.sh); 50 in the suite.
    const int wanted = qMax(50, qEnvironmentVariableIntValue("ZENML_CRASH_KILLS"));
    const int users = qMax(900, wanted * 6);
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
    QElapsedTimer clock;
    clock.start();
    int operations = 0;
    {
        auto store = LocalStore::open(info->path);
        QVERIFY(store);
        operations = (*store)->outbox().count({}).value();
    }

    // Kill after a random number of requests of the run's kind reached the server (writes for a
    // push, pages for a pull), plus a random few ms, so that kills land before, during and after
    // the commits that follow an answer.
    bool pulling = false;
    int seen = 0;
    int killAt = 0;
    QProcess *current = nullptr;
    connect(&m_server, &TestServer::requestHandled, this,
            [&](const QString &method, const QString &path, int) {
                if (path.endsWith(QLatin1String("/login")) ||
                    (method == QLatin1String("GET")) != pulling)
                    return;
                if (++seen == killAt && current) {
                    QProcess *victim = current;
                    QTimer::singleShot(int(random.bounded(12)), victim,
                                       [victim] { victim->kill(); });
                }
            });
    static const QList<Fault> faults{
        Fault::Delay,          Fault::DropConnection,        Fault::DropAfterApply,
        Fault::ServerError500, Fault::ServiceUnavailable503, Fault::MalformedJson,
        Fault::TruncatedJson,  Fault::Unauthorized401};
    m_server.setFaultDelay(50);
    int kills = 0;
    int pushKills = 0;
    int pullKills = 0;
    int finishedAlone = 0;
    int serverChanges = 0;
    int injected = 0;
    QHash<QString, QString> serverNames; // seeded user → the full name the server gave it last
    for (int round = 0; kills < wanted && round < wanted * 4; ++round) {
        pulling = round % 2 == 1;
        seen = 0;
        if (pulling) {
            // Someone else edits seeded users on the server: the pull has work.
            for (int i = 0; i < kChangesPerPull; ++i) {
                const QString name = QStringLiteral("user%1").arg(
                    1 + int(random.bounded(kSeededUsers)), 5, 10, QLatin1Char('0'));
                const QString full = QStringLiteral("Pulled %1.%2").arg(round).arg(i);
                QVERIFY(m_server.touchUser(name, {{QStringLiteral("full_name"), full}}));
                serverNames.insert(name, full);
                ++serverChanges;
            }
            killAt = 1 + int(random.bounded(12));
        } else {
            killAt = 1 + int(random.bounded(8));
        }
        // A fault between the kills, on the requests of the run's kind, every other run or so
        // (so that some pulls also end with their work done).
        if (random.bounded(2) == 0) {
            const Fault fault = faults.at(int(random.bounded(int(faults.size()))));
            m_server.injectFault(pulling ? QStringLiteral("GET") : QString(),
                                 QStringLiteral("^/api/v1/(users|teams|roles|role_assignments|"
                                                "team_role_assignments|workspaces)"),
                                 fault, 1);
            ++injected;
        }
        current = start({QStringLiteral("sync"),
                         pulling ? QStringLiteral("--pull-only") : QStringLiteral("--push-only")});
        QSignalSpy done(current, &QProcess::finished);
        current->closeWriteChannel();
        QVERIFY(done.wait(60000));
        if (current->exitStatus() == QProcess::CrashExit) {
            ++kills;
            ++(pulling ? pullKills : pushKills);
        } else {
            ++finishedAlone;
        }
        current->deleteLater();
        current = nullptr;
        m_server.clearFaults();
    }
    qInfo("%d kills (%d in push, %d in pull), %d runs ended on their own, %d faults injected",
          kills, pushKills, pullKills, finishedAlone, injected);
    {
        // Pulls that ran to their end brought changes made on the server into the mirror.
        auto store = LocalStore::open(info->path);
        QVERIFY(store);
        QSqlQuery pulled((*store)->database());
        QVERIFY(pulled.exec(
            QStringLiteral("SELECT COUNT(*) FROM users WHERE full_name LIKE 'Pulled %'")));
        QVERIFY(pulled.next());
        qInfo("%d users show a change pulled between the kills", pulled.value(0).toInt());
    }
    QVERIFY(kills >= wanted);
    QVERIFY(pullKills > 0 && pushKills > 0);

    // Restarted without interruption, the queue drains and the last pull lists everything.
    // (The soak leaves tens of thousands of operations for this: it gets the time it needs.)
    for (int i = 0; i < 5; ++i) {
        if (run({QStringLiteral("sync"), QStringLiteral("--full")}, {}, 900000) == 0)
            break;
    }
    auto store = LocalStore::open(info->path);
    QVERIFY(store);
    auto left = (*store)->outbox().count({});
    QVERIFY(left);
    QCOMPARE(*left, 0);
    const QString problems = checkWorkload(m_server, users, true);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(problems)));

    // The mirror holds the server's users exactly: every pulled change, no row twice.
    QHash<QString, QString> server;
    for (const QJsonValue &u : m_server.users())
        server.insert(u.toObject().value(QStringLiteral("name")).toString(),
                      u.toObject().value(QStringLiteral("full_name")).toString());
    QHash<QString, int> mirrored;
    int lost = 0;
    int doubled = 0;
    QSqlQuery rows((*store)->database());
    QVERIFY(rows.exec(QStringLiteral("SELECT name, full_name FROM users")));
    while (rows.next()) {
        const QString name = rows.value(0).toString();
        if (++mirrored[name] > 1)
            ++doubled;
        if (server.value(name) != rows.value(1).toString())
            ++lost;
    }
    for (auto it = server.constBegin(); it != server.constEnd(); ++it)
        lost += mirrored.contains(it.key()) ? 0 : 1;
    for (auto it = serverNames.constBegin(); it != serverNames.constEnd(); ++it)
        lost += server.value(it.key()) == it.value() ? 0 : 1;
    qInfo("%d operations pushed, %d server changes pulled, lost %d, doubled %d, %lld s", operations,
          serverChanges, lost, doubled, qint64(clock.elapsed() / 1000));
    QCOMPARE(lost, 0);
    QCOMPARE(doubled, 0);
    QSqlQuery check((*store)->database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TstSyncCrash)
#include "tst_synccrash.moc"
