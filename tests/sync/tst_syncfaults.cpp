// The same end state when the server fails in every way it can during a push: 5xx, dropped
// connections (before and after applying the request), hangs, and a 401 in the middle.
#include "store/outbox.h"
#include "syncfixture.h"
#include "workload.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace zenml;
using namespace zenml::test;

class TstSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void endStateDespiteFaults_data();
    void endStateDespiteFaults();
    void unauthorizedInTheMiddleOfAPush();
    void destroyedWhileSyncing_data();
    void destroyedWhileSyncing();
    void syncByHandSkipsTheBackoff();
    void aWaitingPushSaysWhy_data();
    void aWaitingPushSaysWhy();
    void oneSyncOfAProfileAtATime();

private:
    // Syncs until nothing waits (each sync has a bounded back-off budget), at most `rounds`.
    static bool syncUntilSettled(SyncFixture &f, int rounds);
};

bool TstSyncFaults::syncUntilSettled(SyncFixture &f, int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        auto report = f.sync(sync::SyncMode::Both, false, 60000);
        if (report && report->ok() && f.engine().status().pending == 0)
            return true;
        // Let the back-off of the operations that failed last run out.
        QTest::qWait(250);
    }
    return false;
}

void TstSyncFaults::endStateDespiteFaults_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("times");
    QTest::newRow("500 on creates") << "POST"
                                    << "/users$" << int(Fault::ServerError500) << 6;
    QTest::newRow("503 on everything") << ""
                                       << "." << int(Fault::ServiceUnavailable503) << 8;
    QTest::newRow("dropped before apply") << "POST"
                                          << "." << int(Fault::DropConnection) << 6;
    QTest::newRow("dropped after apply") << ""
                                         << "." << int(Fault::DropAfterApply) << 10;
    QTest::newRow("truncated after apply") << "POST"
                                           << "." << int(Fault::TruncatedJson) << 5;
    QTest::newRow("garbled answer") << "PUT"
                                    << "." << int(Fault::MalformedJson) << 3;
    QTest::newRow("hang") << "POST"
                          << "/role_assignments$" << int(Fault::Hang) << 2;
}

void TstSyncFaults::endStateDespiteFaults()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, fault);
    QFETCH(int, times);
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    const int users = 24;
    QVERIFY(queueWorkload(f.service(), users).ok());
    f.server().injectFault(method, path, Fault(fault), times);
    QVERIFY(syncUntilSettled(f, 15));
    QCOMPARE(f.engine().status().failed, 0);
    QCOMPARE(f.engine().status().conflicts, 0);
    const QString problems = checkWorkload(f.server(), users);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TstSyncFaults::unauthorizedInTheMiddleOfAPush()
{
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    const int users = 30;
    QVERIFY(queueWorkload(f.service(), users).ok());
    int handled = 0;
    QObject::connect(&f.server(), &TestServer::requestHandled, &f.server(),
                     [&](const QString &, const QString &, int) {
                         if (++handled == 20)
                             f.server().invalidateTokens();
                     });
    QVERIFY(syncUntilSettled(f, 5));
    QCOMPARE(f.reauthCount(), 1);
    const QString problems = checkWorkload(f.server(), users);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TstSyncFaults::destroyedWhileSyncing_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("pulling") << "GET"
                             << "/users$";
    QTest::newRow("pushing") << "POST"
                             << "/users$";
}

void TstSyncFaults::destroyedWhileSyncing()
{
    // An engine destroyed in the middle of a sync (the app quits) aborts its requests without
    // reporting anything more: whoever listens may be gone already.
    QFETCH(QString, method);
    QFETCH(QString, path);
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    QVERIFY(queueWorkload(f.service(), 6).ok());
    f.server().injectFault(method, path, Fault::Hang, 1);
    auto engine = std::make_unique<sync::SyncEngine>(f.store(), f.api());
    int reports = 0;
    QObject::connect(engine.get(), &sync::SyncEngine::finished, &f.server(),
                     [&reports] { ++reports; });
    const int before = int(f.server().requestLog().size());
    QVERIFY(engine->syncNow(method == QLatin1String("GET") ? sync::SyncMode::PullOnly
                                                           : sync::SyncMode::PushOnly));
    auto hanging = [&f, &method, before] {
        const auto log = f.server().requestLog();
        for (qsizetype i = before; i < log.size(); ++i) {
            if (log.at(i).method == method && log.at(i).path.endsWith(QStringLiteral("/users")) &&
                log.at(i).status == 0)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(hanging());
    engine.reset();
    QCOMPARE(reports, 0);
    // The queue is whole: a new engine sends what the destroyed one left.
    QVERIFY(f.sync()->ok());
    QCOMPARE(f.engine().status().pending, 0);
    const QString problems = checkWorkload(f.server(), 6);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TstSyncFaults::syncByHandSkipsTheBackoff()
{
    // A change that failed while the server was away waits out its back-off on the timer's
    // syncs; a sync the admin asks for (Sync Now, `zenml-admin sync`) sends it at once.
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    f.engine().setMaxRetryWait(std::chrono::milliseconds(0));
    QVERIFY(f.service().createUser({QStringLiteral("zed"), {}, {}, std::nullopt, {}}).ok());
    f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/users$"),
                           Fault::ServiceUnavailable503, 1);
    auto report = f.sync(sync::SyncMode::PushOnly);
    QVERIFY(report);
    QCOMPARE(f.engine().status().pending, 1);
    report = f.sync(sync::SyncMode::PushOnly);
    QVERIFY(report);
    QCOMPARE(report->push->sent, 0); // still waiting
    QCOMPARE(f.engine().status().pending, 1);

    QSignalSpy done(&f.engine(), &sync::SyncEngine::finished);
    QVERIFY(f.engine().syncByHand(sync::SyncMode::PushOnly));
    QVERIFY(!done.isEmpty() || done.wait(20000));
    QCOMPARE(done.first().first().value<sync::SyncReport>().push->sent, 1);
    QCOMPARE(f.engine().status().pending, 0);
    QCOMPARE(serverNames(f.server().users()).count(QStringLiteral("zed")), 1);
}

void TstSyncFaults::aWaitingPushSaysWhy_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("unreachable");
    // -1: no fault; the server stops listening for a while (connection refused).
    QTest::newRow("server away") << -1 << true;
    QTest::newRow("503") << int(Fault::ServiceUnavailable503) << false;
}

void TstSyncFaults::aWaitingPushSaysWhy()
{
    // While a push waits out a back-off, the status says so (with when the next try starts and
    // whether the server was unreachable) instead of still "Syncing 0 of 1"; once the retry
    // goes through, the wait is over and the sync ends online.
    QFETCH(int, fault);
    QFETCH(bool, unreachable);
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    f.engine().setMaxRetryWait(std::chrono::seconds(30));
    QVERIFY(f.service().createUser({QStringLiteral("wes"), {}, {}, std::nullopt, {}}).ok());
    if (fault >= 0) {
        f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/users$"), Fault(fault), 1);
    } else {
        const quint16 port = f.server().port();
        f.server().close();
        QTimer::singleShot(1500, this, [&f, port] { QVERIFY(f.server().listen(port)); });
    }
    QList<sync::SyncStatus> seen;
    connect(&f.engine(), &sync::SyncEngine::statusChanged, this,
            [&seen](const sync::SyncStatus &s) { seen << s; });
    auto report = f.sync(sync::SyncMode::PushOnly);
    QVERIFY(report);
    QCOMPARE(report->push->sent, 1);
    const auto waiting = std::find_if(
        seen.cbegin(), seen.cend(), [](const sync::SyncStatus &s) { return s.retryAt.isValid(); });
    QVERIFY(waiting != seen.cend());
    QCOMPARE(waiting->phase, sync::SyncPhase::Pushing);
    QCOMPARE(waiting->connectivity == sync::Connectivity::Offline, unreachable);
    QVERIFY(!waiting->lastError.isEmpty());
    QVERIFY(waiting->retryAt > QDateTime::currentDateTime().addSecs(-60));
    QVERIFY(!f.engine().status().retryAt.isValid());
    QCOMPARE(f.engine().status().phase, sync::SyncPhase::Idle);
    QCOMPARE(f.engine().status().connectivity, sync::Connectivity::Online);
    QCOMPARE(serverNames(f.server().users()).count(QStringLiteral("wes")), 1);
}

void TstSyncFaults::oneSyncOfAProfileAtATime()
{
    // Two engines on one profile (a window and `zenml-admin sync`, or two windows): while one
    // syncs, the other is refused before it sends anything, so no change goes out twice.
    SyncFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.sync()->ok());
    QVERIFY(queueWorkload(f.service(), 6).ok());
    f.server().setFaultDelay(300);
    f.server().injectFault(QStringLiteral("POST"), QStringLiteral("/users$"), Fault::Delay, 1);
    auto store = LocalStore::open(f.path());
    QVERIFY(store.ok());
    sync::SyncEngine other(*store.value(), f.api());
    QSignalSpy otherDone(&other, &sync::SyncEngine::finished);
    QSignalSpy firstDone(&f.engine(), &sync::SyncEngine::finished);

    QVERIFY(f.engine().syncNow(sync::SyncMode::PushOnly));
    const qsizetype sentBefore = f.server().requestLog().size();
    QVERIFY(!other.syncByHand(sync::SyncMode::Both));
    QCOMPARE(otherDone.count(), 1);
    const auto refused = otherDone.first().first().value<sync::SyncReport>();
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind, ErrorKind::Busy);
    QVERIFY2(refused.error->message.contains(QStringLiteral("Another sync of this profile")),
             qPrintable(refused.error->message));
    QVERIFY(!refused.push && !refused.pull);
    QVERIFY(!other.isBusy());
    QCOMPARE(other.status().lastError, refused.error->message);

    // An automatic sync (the timer's, or after an edit) says nothing yet and tries again.
    otherDone.clear();
    QVERIFY(!other.syncNow(sync::SyncMode::Both));
    QCOMPARE(otherDone.count(), 0);

    QVERIFY(firstDone.wait(20000));
    QVERIFY(firstDone.first().first().value<sync::SyncReport>().ok());
    QVERIFY(f.server().requestLog().size() > sentBefore);
    // Once the first has ended, the other's retry syncs; there is nothing left to send.
    QVERIFY(otherDone.wait(10000));
    const auto second = otherDone.first().first().value<sync::SyncReport>();
    QVERIFY2(second.ok(), second.error ? qPrintable(second.error->message) : "");
    QCOMPARE(second.push->sent, 0);
    const QString problems = checkWorkload(f.server(), 6);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TstSyncFaults)
#include "tst_syncfaults.moc"
