// The same end state when the server fails in every way it can during a push: 5xx, dropped
// connections (before and after applying the request), hangs, and a 401 in the middle.
#include "store/outbox.h"
#include "syncfixture.h"
#include "workload.h"

#include <QTest>

using namespace zenml;
using namespace zenml::test;

class TstSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void endStateDespiteFaults_data();
    void endStateDespiteFaults();
    void unauthorizedInTheMiddleOfAPush();

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

QTEST_GUILESS_MAIN(TstSyncFaults)
#include "tst_syncfaults.moc"
