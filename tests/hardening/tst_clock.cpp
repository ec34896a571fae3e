// Issue 14, item 6: the client's clock off by an hour either way, and a change of time zone
// between two syncs, lose no pulled change: the incremental pull's watermark is the server's
// time, never the client's. The test server's clock is shifted against the client's.
#include "auth/keychainsecretstore.h"
#include "limitedcli.h"
#include "testserver.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using zenml::connecttest::CliResult;
using zenml::hardeningtest::runLimited;

namespace {
const QString kPassword = QStringLiteral("Cl0ck-Sk3w-2207");
}

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void skewedClockLosesNoChange_data();
    void skewedClockLosesNoChange();
};

void TestClock::cleanup()
{
    KeychainSecretStore keychain;
    (void)keychain.removeAllSync(QStringLiteral("work"));
    qunsetenv("TZ");
}

void TestClock::skewedClockLosesNoChange_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("server an hour ahead") << 3600;
    QTest::newRow("server an hour behind") << -3600;
    QTest::newRow("same time") << 0;
}

void TestClock::skewedClockLosesNoChange()
{
    QFETCH(int, offset);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    test::TestServer server;
    server.setClockOffset(offset);
    server.reset();
    server.setDefaultPassword(kPassword);
    QVERIFY(server.listen());
    const auto cli = [&](const QStringList &arguments, const QByteArray &input = {}) {
        return runLimited(
            data, home, 0,
            QStringList{QStringLiteral("--profile"), QStringLiteral("work")} + arguments, input);
    };
    const CliResult created =
        runLimited(data, home, 0,
                   {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                    QStringLiteral("--url"), server.baseUrl().toString(),
                    QStringLiteral("--username"), QStringLiteral("default")});
    QVERIFY2(created.code == 0, qPrintable(created.all()));
    qputenv("TZ", "Pacific/Kiritimati"); // UTC+14
    const CliResult login = cli({QStringLiteral("login"), QStringLiteral("--password-stdin")},
                                kPassword.toUtf8() + '\n');
    QVERIFY2(login.code == 0, qPrintable(login.all()));

    // Changes on the server between incremental pulls, each pull in another time zone.
    const QList<QByteArray> zones{"America/Los_Angeles", "UTC", "Asia/Kolkata", "Pacific/Apia"};
    for (int round = 0; round < zones.size(); ++round) {
        const QString fullName = QStringLiteral("Round %1 name").arg(round);
        QVERIFY(
            server.touchUser(QStringLiteral("default"), {{QStringLiteral("full_name"), fullName}}));
        qputenv("TZ", zones.at(round));
        const CliResult sync = cli({QStringLiteral("sync"), QStringLiteral("--pull-only")});
        QVERIFY2(sync.code == 0, qPrintable(sync.all()));
        const CliResult users = cli({QStringLiteral("--output"), QStringLiteral("json"),
                                     QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(users.out.contains(fullName),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(users.all())));
    }
}

QTEST_MAIN(TestClock)
#include "tst_clock.moc"
