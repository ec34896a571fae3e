// The "done when", on the command line: with the server stopped, an admin creates users,
// a role and assignments on a server profile; the next `zenml-admin sync` after the server is back
// brings the server to exactly that state; a server-side edit of the same user meanwhile shows as
// a conflict that `conflicts resolve` settles either way. Needs the OS keychain, as the CLI signs
// in with the saved password (tests/run-with-keychain.sh).
#include "support/testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml::test;

class TstSyncOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offlineEditsThenConflict_data();
    void offlineEditsThenConflict();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_exe;
};

void TstSyncOffline::initTestCase()
{
    m_exe = qEnvironmentVariable("ZENML_ADMIN_TEST_BIN_DIR") + QStringLiteral("/zenml-admin");
    QVERIFY2(QFile::exists(m_exe), qPrintable(m_exe));
}

TstSyncOffline::Run TstSyncOffline::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZENML_ADMIN_DATA_DIR"), m_dir.path());
    env.insert(QStringLiteral("ZENML_ADMIN_NETWORK_TIMEOUT_MS"), QStringLiteral("3000"));
    // English whatever the developer's locale: the command line speaks the system's language.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(m_exe, QStringList{QStringLiteral("--profile"), QStringLiteral("p")} + args);
    QSignalSpy done(&p, &QProcess::finished);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!done.wait(60000)) {
        p.kill();
        return r;
    }
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TstSyncOffline::offlineEditsThenConflict_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take the server's") << false;
}

void TstSyncOffline::offlineEditsThenConflict()
{
    QFETCH(bool, keepMine);
    m_server.reset();
    QVERIFY(m_server.listen());
    const quint16 port = m_server.port();
    const QString profile = QStringLiteral("p");
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
    QCOMPARE(cli({"profile", "create", profile, "--url", m_server.baseUrl().toString(),
                  "--username", "default"})
                 .code,
             0);
    QCOMPARE(cli({"login", "--password-stdin"}, "\n").code, 0);
    QCOMPARE(cli({"user", "create", "zoe", "--full-name", "Zoe"}).code, 0);
    QCOMPARE(cli({"sync"}).code, 0);

    m_server.close();
    QCOMPARE(cli({"role", "create", "auditors", "--permissions", "read"}).code, 0);
    QCOMPARE(cli({"user", "create", "yann", "--full-name", "Yann"}).code, 0);
    QCOMPARE(cli({"role", "assign", "auditors", "--user", "yann"}).code, 0);
    QCOMPARE(cli({"role", "assign", "auditors", "--user", "zoe"}).code, 0);
    QCOMPARE(cli({"user", "update", "zoe", "--full-name", "Zoe Mine"}).code, 0);
    // A password given offline waits in the keychain, never in the profile's files.
    const Run withPassword = cli({"user", "create", "ivo", "--password", "ivo-secret-77"});
    QVERIFY2(withPassword.code == 0, qPrintable(withPassword.err));
    int scanned = 0;
    for (QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("ivo-secret-77"), qPrintable(f.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 1); // the profile's database at least
    const Run offline = cli({"sync"});
    QVERIFY(offline.code != 0);

    QVERIFY(m_server.listen(port));
    // Someone edits the same user on the server meanwhile.
    QVERIFY(m_server.touchUser(QStringLiteral("zoe"), {{"full_name", "Zoe Theirs"}}));
    {
        // While another process (here: this test) syncs the profile, a second sync is refused
        // before it sends anything, with its own exit code.
        QLockFile other(m_dir.filePath(QStringLiteral("profiles/p.sqlite.sync-lock")));
        QVERIFY(other.tryLock(0));
        const Run busy = cli({"sync"});
        QCOMPARE(busy.code, 8);
        QVERIFY2(busy.err.contains(QStringLiteral("Another sync of this profile is running")) &&
                     busy.err.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(busy.err));
        QVERIFY(m_server.userId(QStringLiteral("yann")).isEmpty());
        // Nor is the queue changed under that sync: what follows must still all be sent.
        QCOMPARE(cli({"pending", "drop", "1"}).code, 8);
        QCOMPARE(cli({"pending", "retry", "1"}).code, 8);
        QCOMPARE(cli({"conflicts", "resolve", "1", "--keep-mine"}).code, 8);
    }
    const Run synced = cli({"sync"});
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    QVERIFY(m_server.userId(QStringLiteral("yann")).size() > 0);
    QVERIFY(m_server.checkPassword(QStringLiteral("ivo"), QStringLiteral("ivo-secret-77")));
    QVERIFY(m_server.user(QStringLiteral("ivo")).value("active").toBool());
    QVERIFY(m_server.roleId(QStringLiteral("auditors")).size() > 0);
    int auditors = 0;
    for (const QJsonValue &a : m_server.roleAssignments())
        auditors += a.toObject().value("role").toObject().value("name").toString() == "auditors";
    QCOMPARE(auditors, 2);

    const Run conflicts = cli({"conflicts", "list", "--output", "json"});
    QCOMPARE(conflicts.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(conflicts.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QString id = QString::number(rows.at(0).toObject().value("id").toInteger());
    QCOMPARE(cli({"conflicts", "resolve", id, keepMine ? "--keep-mine" : "--take-server"}).code, 0);
    QCOMPARE(cli({"sync"}).code, 0);
    QCOMPARE(m_server.user(QStringLiteral("zoe")).value("full_name").toString(),
             keepMine ? QStringLiteral("Zoe Mine") : QStringLiteral("Zoe Theirs"));
    const Run listed = cli({"user", "list", "--output", "json"});
    QVERIFY(
        listed.out.contains(keepMine ? QStringLiteral("Zoe Mine") : QStringLiteral("Zoe Theirs")));
    const Run status = cli({"status", "--output", "json"});
    const QJsonObject st = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(st.value("pending").toInt(), 0);
    QCOMPARE(st.value("conflicts").toInt(), 0);
    m_server.close();
}

QTEST_GUILESS_MAIN(TstSyncOffline)
#include "tst_syncoffline.moc"
