// Issue 14, item 3: `zenml-admin profile repair NAME`. A server profile with queued edits and
// invitation-ledger entries is damaged (pages in the middle of the file overwritten, or the
// pages of its settings): the repair keeps the damaged file beside it unchanged, puts every
// queued edit back in the queue of a fresh profile pulled from the server, keeps the ledger, and
// the next sync brings the server to the expected state (an edit the server changed meanwhile
// meets the usual conflict rules).
#include "auth/keychainsecretstore.h"
#include "limitedcli.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace zenml;
using zenml::connecttest::CliResult;
using zenml::hardeningtest::runLimited;

namespace {
const QString kPassword = QStringLiteral("Rep41r-Me-Please");
constexpr int kWorkspaces = 30;
constexpr int kPage = 4096;

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Overwrites `count` pages from page number `first` (1-based, as SQLite counts) with noise.
bool overwritePages(const QString &path, qint64 first, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((first - 1) * kPage))
        return false;
    QByteArray noise(count * kPage, Qt::Uninitialized);
    QRandomGenerator random(11);
    for (char &c : noise)
        c = char(random.bounded(256));
    return file.write(noise) == noise.size();
}

QString metaValue(const QString &path, const QString &key)
{
    QString value;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
            q.addBindValue(key);
            if (q.exec() && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}
} // namespace

class TestProfileRepair : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void repair_data();
    void repair();
    void soundProfileIsLeftAlone();

private:
    CliResult run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runLimited(
            m_data, m_home, 0,
            QStringList{QStringLiteral("--profile"), QStringLiteral("work")} + arguments, input);
    }
    QString profileFile() const
    {
        return QDir(m_data).filePath(QStringLiteral("profiles/work.sqlite"));
    }
    // The queue as `pending list` shows it: each change's operation and request, in order.
    QStringList queue();
    void makeProfile();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_home;
    std::unique_ptr<test::TestServer> m_server;
};

void TestProfileRepair::init()
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

void TestProfileRepair::cleanup()
{
    KeychainSecretStore keychain;
    (void)keychain.removeAllSync(QStringLiteral("work"));
    m_server.reset();
    m_dir.reset();
}

QStringList TestProfileRepair::queue()
{
    const CliResult r = run({QStringLiteral("--output"), QStringLiteral("json"),
                             QStringLiteral("pending"), QStringLiteral("list")});
    if (r.code != 0)
        return {QStringLiteral("<exit %1: %2>").arg(r.code).arg(r.all())};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << o.value(QStringLiteral("operation")).toString() + QLatin1Char(' ') +
                   QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("request")).toObject())
                                         .toJson(QJsonDocument::Compact));
    }
    return out;
}

// A signed-in server profile whose file spans many pages (the server's users, pulled first),
// with two invitations in the ledger and edits queued after them: the queue's pages come last.
void TestProfileRepair::makeProfile()
{
    m_server->seed(400, 0, 0, 0);
    RUN_OK(runLimited(m_data, m_home, 0,
                      {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                       QStringLiteral("--url"), m_server->baseUrl().toString(),
                       QStringLiteral("--username"), QStringLiteral("default")}));
    RUN_OK(run({QStringLiteral("login"), QStringLiteral("--password-stdin")},
               kPassword.toUtf8() + '\n'));
    for (const QString &name : {QStringLiteral("carol"), QStringLiteral("dave")})
        RUN_OK(run({QStringLiteral("user"), QStringLiteral("create"), name}));
    for (int i = 0; i < kWorkspaces; ++i)
        RUN_OK(run({QStringLiteral("workspace"), QStringLiteral("create"),
                    QStringLiteral("ws-%1").arg(i), QStringLiteral("--description"),
                    QString(400, QLatin1Char('a' + i % 26))}));
    RUN_OK(run({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("ops"),
                QStringLiteral("--user"), QStringLiteral("carol")}));
    RUN_OK(run({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("carol"),
                QStringLiteral("--full-name"), QStringLiteral("Carol Repaired")}));
    RUN_OK(run({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("dave"),
                QStringLiteral("--full-name"), QStringLiteral("Dave Mine")}));
    // Someone else edits dave on the server meanwhile: that queued edit is a conflict.
    QVERIFY(m_server->touchUser(QStringLiteral("dave"),
                                {{QStringLiteral("full_name"), QStringLiteral("Dave Server")}}));
}

void TestProfileRepair::repair_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("pages in the middle") << QStringLiteral("middle");
    QTest::newRow("the settings' pages") << QStringLiteral("settings");
}

void TestProfileRepair::repair()
{
    QFETCH(QString, damage);
    makeProfile();
    if (QTest::currentTestFailed())
        return;
    const QStringList queued = queue();
    QCOMPARE(queued.size(), kWorkspaces + 3);
    const QString carol = m_server->userId(QStringLiteral("carol"));
    const QString dave = m_server->userId(QStringLiteral("dave"));
    const QString ledger = metaValue(profileFile(), QStringLiteral("invitations.received"));
    QVERIFY2(ledger.contains(carol) && ledger.contains(dave), qPrintable(ledger));

    const QString path = profileFile();
    // Everything is in the file itself (a reader may have left an empty log beside it).
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    const qint64 pages = QFile(path).size() / kPage;
    QVERIFY2(pages > 70, qPrintable(QString::number(pages)));
    const bool middle = damage == QLatin1String("middle");
    // The middle: pages of the pulled users (and their indexes), which follow the tables' roots
    // (pages 1 to 41) and come before those the queued edits wrote last. The settings: the meta
    // table and its index, pages 2 and 3.
    QVERIFY(middle ? overwritePages(path, 48, 8) : overwritePages(path, 2, 2));
    const QByteArray damagedDigest = digest(path);

    // The damaged profile's message names the repair.
    const CliResult list = run({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(list.code == 5 && list.err.contains(QStringLiteral("profile repair work")),
             qPrintable(list.all()));

    const QStringList repair{QStringLiteral("profile"), QStringLiteral("repair"),
                             QStringLiteral("work")};
    if (!middle) {
        // The file no longer says which server: the repair asks, and changes nothing.
        const CliResult asked = runLimited(m_data, m_home, 0, repair);
        QVERIFY2(asked.code == 2 && asked.err.contains(QStringLiteral("--url")),
                 qPrintable(asked.all()));
        QCOMPARE(digest(path), damagedDigest);
    }
    const QStringList told{QStringLiteral("--url"), m_server->baseUrl().toString(),
                           QStringLiteral("--username"), QStringLiteral("default")};
    const CliResult repaired = runLimited(m_data, m_home, 0, middle ? repair : repair + told);
    QVERIFY2(repaired.code == 0, qPrintable(repaired.all()));
    QVERIFY2(repaired.out.contains(QStringLiteral("Fetched a fresh copy")),
             qPrintable(repaired.all()));

    // The damaged file beside the new one, unchanged.
    const QStringList copies =
        QDir(QFileInfo(path).absolutePath())
            .entryList({QStringLiteral("work.sqlite.damaged-*")}, QDir::Files)
            .filter(QRegularExpression(QStringLiteral("^work\\.sqlite\\.damaged-\\d{8}-\\d{6}$")));
    QCOMPARE(copies.size(), 1);
    QCOMPARE(digest(QFileInfo(path).absoluteDir().filePath(copies.first())), damagedDigest);
    QVERIFY(!QFile::exists(path + QStringLiteral(".repairing")));

    // Every queued edit is back in the queue, as it was; the ledger is kept where it could be
    // read; the fresh mirror holds the server's users.
    QCOMPARE(queue(), queued);
    if (middle) {
        const QString kept = metaValue(path, QStringLiteral("invitations.received"));
        QVERIFY2(kept.contains(carol) && kept.contains(dave), qPrintable(kept));
    }
    const CliResult users = run({QStringLiteral("--output"), QStringLiteral("json"),
                                 QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(users.code == 0 && users.out.count(QStringLiteral("\"name\"")) >= 403,
             qPrintable(users.err));

    // The next sync sends them: the server ends where the edits left it, and the edit the
    // server changed meanwhile is a conflict.
    const CliResult synced = run({QStringLiteral("sync")});
    QVERIFY2(synced.code == 0, qPrintable(synced.all()));
    for (int i = 0; i < kWorkspaces; ++i) {
        const QString name = QStringLiteral("ws-%1").arg(i);
        QVERIFY2(!m_server->workspaceId(name).isEmpty(), qPrintable(name));
    }
    int named = 0;
    for (const QJsonValue &w : m_server->workspaces())
        named +=
            w.toObject().value(QStringLiteral("name")).toString().startsWith(QLatin1String("ws-"));
    QCOMPARE(named, kWorkspaces); // none doubled
    const QString team = m_server->teamId(QStringLiteral("ops"));
    QVERIFY(!team.isEmpty());
    bool member = false;
    for (const QJsonValue &t : m_server->teams()) {
        const QJsonObject o = t.toObject();
        if (o.value(QStringLiteral("id")).toString() == team)
            member = QJsonDocument(o).toJson().contains(carol.toUtf8());
    }
    QVERIFY(member);
    QCOMPARE(m_server->user(QStringLiteral("carol")).value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Carol Repaired"));
    QCOMPARE(m_server->user(QStringLiteral("dave")).value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Dave Server"));
    const CliResult conflicts = run({QStringLiteral("--output"), QStringLiteral("json"),
                                     QStringLiteral("conflicts"), QStringLiteral("list")});
    QVERIFY2(conflicts.code == 0, qPrintable(conflicts.all()));
    QCOMPARE(QJsonDocument::fromJson(conflicts.out.toUtf8()).array().size(), 1);
    QVERIFY2(conflicts.out.contains(QStringLiteral("Dave Mine")), qPrintable(conflicts.out));
}

void TestProfileRepair::soundProfileIsLeftAlone()
{
    RUN_OK(runLimited(m_data, m_home, 0,
                      {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("work"),
                       QStringLiteral("--url"), m_server->baseUrl().toString(),
                       QStringLiteral("--username"), QStringLiteral("default")}));
    const QByteArray before = digest(profileFile());
    const CliResult r =
        runLimited(m_data, m_home, 0,
                   {QStringLiteral("profile"), QStringLiteral("repair"), QStringLiteral("work")});
    QVERIFY2(r.code == 4 && r.err.contains(QStringLiteral("not damaged")), qPrintable(r.all()));
    QCOMPARE(digest(profileFile()), before);
    QCOMPARE(QDir(QFileInfo(profileFile()).absolutePath())
                 .entryList({QStringLiteral("work.sqlite.*")}, QDir::Files)
                 .size(),
             0);
}

QTEST_MAIN(TestProfileRepair)
#include "tst_profilerepair.moc"
