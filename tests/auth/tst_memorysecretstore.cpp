#include "auth/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace zenml;

// The SecretStore contract (index of key names, ordering, asynchrony, outcomes) on the in-memory
// backend; tst_keychain runs the same operations against a real Secret Service.
class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void readOfMissingEntryIsNotFoundNotError()
    {
        MemorySecretStore store;
        const SecretReadResult result =
            store.readSync(QStringLiteral("prod"), QStringLiteral("password"));
        QVERIFY(result.ok());
        QVERIFY(!result.value().has_value());
    }

    void writeReadOverwrite()
    {
        MemorySecretStore store;
        QVERIFY(store
                    .writeSync(QStringLiteral("prod"), SecretStore::passwordKey(),
                               QStringLiteral("one"))
                    .ok());
        QCOMPARE(store.readSync(QStringLiteral("prod"), SecretStore::passwordKey()).value(),
                 std::optional<QString>(QStringLiteral("one")));
        QVERIFY(store
                    .writeSync(QStringLiteral("prod"), SecretStore::passwordKey(),
                               QStringLiteral("two"))
                    .ok());
        QCOMPARE(store.readSync(QStringLiteral("prod"), SecretStore::passwordKey()).value(),
                 std::optional<QString>(QStringLiteral("two")));
        // Profiles do not see each other's secrets.
        QVERIFY(!store.readSync(QStringLiteral("staging"), SecretStore::passwordKey()).value());
    }

    void entriesAndIndexHoldNamesNotValues()
    {
        MemorySecretStore store;
        QVERIFY(
            store
                .writeSync(QStringLiteral("prod"), SecretStore::passwordKey(), QStringLiteral("pw"))
                .ok());
        QVERIFY(store
                    .writeSync(QStringLiteral("prod"),
                               SecretStore::activationKey(QStringLiteral("u-1")),
                               QStringLiteral("tok"))
                    .ok());
        QVERIFY(store
                    .writeSync(QStringLiteral("prod"), SecretStore::passwordKey(),
                               QStringLiteral("pw2"))
                    .ok());
        QCOMPARE(store.entryNames(), (QStringList{QStringLiteral("prod/__keys__"),
                                                  QStringLiteral("prod/activation:u-1"),
                                                  QStringLiteral("prod/password")}));
        QCOMPARE(store.entryValue(QStringLiteral("prod/__keys__")),
                 QStringLiteral("password\nactivation:u-1"));
    }

    void removeDropsEntryAndIndexName()
    {
        MemorySecretStore store;
        QVERIFY(
            store
                .writeSync(QStringLiteral("prod"), SecretStore::passwordKey(), QStringLiteral("pw"))
                .ok());
        QVERIFY(store
                    .writeSync(QStringLiteral("prod"), QStringLiteral("activation:u-1"),
                               QStringLiteral("tok"))
                    .ok());
        QVERIFY(store.removeSync(QStringLiteral("prod"), SecretStore::passwordKey()).ok());
        QVERIFY(!store.readSync(QStringLiteral("prod"), SecretStore::passwordKey()).value());
        QCOMPARE(store.entryValue(QStringLiteral("prod/__keys__")),
                 QStringLiteral("activation:u-1"));
        QVERIFY(store.removeSync(QStringLiteral("prod"), QStringLiteral("activation:u-1")).ok());
        // The last key gone, the index goes too.
        QCOMPARE(store.entryNames(), QStringList());
        // Removing what is not there succeeds.
        QVERIFY(store.removeSync(QStringLiteral("prod"), SecretStore::passwordKey()).ok());
    }

    void removeAllRemovesOnlyThatProfile()
    {
        MemorySecretStore store;
        QVERIFY(
            store.writeSync(QStringLiteral("prod"), SecretStore::passwordKey(), QStringLiteral("a"))
                .ok());
        QVERIFY(store
                    .writeSync(QStringLiteral("prod"),
                               SecretStore::activationKey(QStringLiteral("u-1")),
                               QStringLiteral("b"))
                    .ok());
        QVERIFY(store
                    .writeSync(QStringLiteral("staging"), SecretStore::passwordKey(),
                               QStringLiteral("c"))
                    .ok());
        QVERIFY(store.removeAllSync(QStringLiteral("prod")).ok());
        QCOMPARE(store.entryNames(), (QStringList{QStringLiteral("staging/__keys__"),
                                                  QStringLiteral("staging/password")}));
        QVERIFY(store.removeAllSync(QStringLiteral("never-used")).ok());
    }

    void noBackendIsKeychainErrorForEveryOperation()
    {
        MemorySecretStore store;
        store.setBackendAvailable(false);
        const SecretReadResult read =
            store.readSync(QStringLiteral("prod"), SecretStore::passwordKey());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::Keychain);
        QVERIFY2(read.error().message.contains(QLatin1String("No OS keychain is available")),
                 qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(QLatin1String("Sign in for this session only")));
        for (const Status &status :
             {store.writeSync(QStringLiteral("prod"), SecretStore::passwordKey(),
                              QStringLiteral("x")),
              store.removeSync(QStringLiteral("prod"), SecretStore::passwordKey()),
              store.removeAllSync(QStringLiteral("prod")), store.checkAvailableSync()}) {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().kind, ErrorKind::Keychain);
        }
    }

    void writeFailureStoresNothing()
    {
        MemorySecretStore store;
        QVERIFY(store.checkAvailableSync().ok());
        store.setWriteFails(true);
        const Status written = store.writeSync(QStringLiteral("prod"), SecretStore::passwordKey(),
                                               QStringLiteral("x"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Io);
        QCOMPARE(store.entryNames(), QStringList());
        QCOMPARE(store.checkAvailableSync().error().kind, ErrorKind::Io);
        store.setWriteFails(false);
        QVERIFY(store.checkAvailableSync().ok());
        QCOMPARE(store.entryNames(), QStringList()); // the probe leaves nothing behind
    }

    void badNamesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("key");
        QTest::newRow("empty profile") << QString() << QStringLiteral("password");
        QTest::newRow("empty key") << QStringLiteral("prod") << QString();
        QTest::newRow("slash in key") << QStringLiteral("prod") << QStringLiteral("a/b");
        QTest::newRow("line break in key") << QStringLiteral("prod") << QStringLiteral("a\nb");
        QTest::newRow("reserved index key") << QStringLiteral("prod") << QStringLiteral("__keys__");
    }

    void badNamesAreUsageErrors()
    {
        QFETCH(QString, profile);
        QFETCH(QString, key);
        MemorySecretStore store;
        QCOMPARE(store.writeSync(profile, key, QStringLiteral("x")).error().kind, ErrorKind::Usage);
        QCOMPARE(store.readSync(profile, key).error().kind, ErrorKind::Usage);
        QCOMPARE(store.removeSync(profile, key).error().kind, ErrorKind::Usage);
        QCOMPARE(store.entryNames(), QStringList());
    }

    void profileNamesMayContainSlashes()
    {
        MemorySecretStore store;
        QVERIFY(store
                    .writeSync(QStringLiteral("team/prod"), SecretStore::passwordKey(),
                               QStringLiteral("a"))
                    .ok());
        QVERIFY(!store.readSync(QStringLiteral("team"), QStringLiteral("prod")).value());
        QVERIFY(store.removeAllSync(QStringLiteral("team/prod")).ok());
        QCOMPARE(store.entryNames(), QStringList());
    }

    void finishedIsNeverEmittedInsideTheCall()
    {
        MemorySecretStore store;
        bool emitted = false;
        SecretChangeJob *job =
            store.write(QStringLiteral("prod"), SecretStore::passwordKey(), QStringLiteral("x"));
        connect(job, &SecretChangeJob::finished, this, [&emitted] { emitted = true; });
        QVERIFY(!emitted);
        QSignalSpy spy(job, &SecretChangeJob::finished);
        QVERIFY(spy.wait(5000));
        QVERIFY(emitted);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<Status>().ok());

        // A validation failure, too, arrives from the event loop.
        emitted = false;
        SecretReadJob *bad = store.read(QString(), QStringLiteral("password"));
        connect(bad, &SecretReadJob::finished, this, [&emitted] { emitted = true; });
        QVERIFY(!emitted);
        QTRY_VERIFY(emitted);
    }

    void operationsRunInOrderAskedFor()
    {
        MemorySecretStore store;
        QStringList seen;
        // Fired without waiting: the read must see the second write, the last read nothing.
        store.write(QStringLiteral("prod"), QStringLiteral("k"), QStringLiteral("first"));
        store.write(QStringLiteral("prod"), QStringLiteral("k"), QStringLiteral("second"));
        connect(store.read(QStringLiteral("prod"), QStringLiteral("k")), &SecretReadJob::finished,
                this, [&seen](const SecretReadResult &r) {
                    seen << r.value().value_or(QStringLiteral("<none>"));
                });
        store.remove(QStringLiteral("prod"), QStringLiteral("k"));
        connect(store.read(QStringLiteral("prod"), QStringLiteral("k")), &SecretReadJob::finished,
                this, [&seen](const SecretReadResult &r) {
                    seen << r.value().value_or(QStringLiteral("<none>"));
                });
        QTRY_COMPARE(seen, (QStringList{QStringLiteral("second"), QStringLiteral("<none>")}));
        QCOMPARE(store.entryNames(), QStringList());
    }

    void destroyingTheStoreCancelsPendingJobs()
    {
        auto *store = new MemorySecretStore;
        std::optional<Status> outcome;
        connect(store->write(QStringLiteral("prod"), QStringLiteral("k"), QStringLiteral("v")),
                &SecretChangeJob::finished, this, [&outcome](const Status &s) { outcome = s; });
        delete store;
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Cancelled);
    }

    void keyNames()
    {
        QCOMPARE(SecretStore::passwordKey(), QStringLiteral("password"));
        QCOMPARE(SecretStore::activationKey(QStringLiteral("602f6fe6")),
                 QStringLiteral("activation:602f6fe6"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
