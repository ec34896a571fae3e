// Issue 14, item 3: a damaged profile (truncated, pages overwritten, not a database at all, or
// written by a newer version): the command line says which file and what to do, never crashes
// and never writes to it.
#include "limitedcli.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;
using zenml::connecttest::CliResult;
using zenml::hardeningtest::runLimited;

namespace {
QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDamagedProfile : public QObject
{
    Q_OBJECT

private slots:
    void damaged_data();
    void damaged();
};

void TestDamagedProfile::damaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("damaged");
    QTest::newRow("pages overwritten") << QStringLiteral("overwrite") << QStringLiteral("damaged");
    QTest::newRow("not a database") << QStringLiteral("text") << QStringLiteral("damaged");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer");
}

void TestDamagedProfile::damaged()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString home = dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    // A profile with enough rows to span many pages.
    for (int i = 0; i < 40; ++i) {
        const CliResult r = runLimited(
            data, home, 0,
            {QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("ws-%1").arg(i),
             QStringLiteral("--description"), QString(400, QLatin1Char('a' + i % 26))});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
    }
    const QString path = QDir(data).filePath(QStringLiteral("profiles/default.sqlite"));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QFile file(path);
    const qint64 size = file.size();
    QVERIFY(size > 8 * 4096);
    if (damage == QLatin1String("truncate")) {
        QVERIFY(file.resize(size / 3));
    } else if (damage == QLatin1String("overwrite")) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray noise(3 * 4096, Qt::Uninitialized);
        QRandomGenerator random(7);
        for (char &c : noise)
            c = char(random.bounded(256));
        QVERIFY(file.seek(4096));
        file.write(noise);
        file.close();
    } else if (damage == QLatin1String("text")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("name,role\nalice,admin\n").repeated(400));
        file.close();
    } else {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
    const QByteArray before = digest(path);

    for (const QStringList &command :
         {QStringList{QStringLiteral("workspace"), QStringLiteral("list")},
          QStringList{QStringLiteral("user"), QStringLiteral("list")},
          QStringList{QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("new")}}) {
        const CliResult r = runLimited(data, home, 0, command);
        // Never a crash; a truncated file may still list what its remaining pages hold.
        QVERIFY2(r.code == 5 || (r.code == 0 && damage == QLatin1String("truncate") &&
                                 command.at(1) != QLatin1String("create")),
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.all())));
        if (r.code == 5) {
            QVERIFY2(r.err.contains(path) && r.err.contains(expected), qPrintable(r.err));
        }
        QCOMPARE(digest(path), before);
    }
}

QTEST_MAIN(TestDamagedProfile)
#include "tst_damagedprofile.moc"
