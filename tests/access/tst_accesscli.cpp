// export, plan and apply through the real zenml-admin: exit codes scripts rely on, and the
// confirmation rule when there is no terminal.
#include "clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using zenml::test::CliRun;
using zenml::test::CliRunner;

class TestAccessCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planCheckApplyAndExport();
    void refusalListsEveryProblem();

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
};

void TestAccessCli::planCheckApplyAndExport()
{
    QTemporaryDir home;
    CliRunner cli(home.path());
    const QString data = home.filePath(QStringLiteral("data"));
    const QString file = home.filePath(QStringLiteral("access.yaml"));

    CliRun r = cli.run({QStringLiteral("export"), QStringLiteral("--file"), file}, data);
    QCOMPARE(r.code, 0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QByteArray yaml = exported.readAll();
    exported.close();
    QVERIFY(yaml.startsWith("version: 1\n"));

    r = cli.run({QStringLiteral("plan"), QStringLiteral("--file"), file, QStringLiteral("--check")},
                data);
    QCOMPARE(r.code, 0);

    yaml.replace("teams: []\n", "teams:\n- name: ops\n  members: [default]\n");
    write(file, yaml);
    r = cli.run({QStringLiteral("plan"), QStringLiteral("--file"), file, QStringLiteral("--check")},
                data);
    QCOMPARE(r.code, 9);
    QVERIFY(r.out.contains(QLatin1String("+ ops")));
    QVERIFY(r.out.contains(QLatin1String("Plan: 1 to create, 0 to update, 0 to delete.")));

    r = cli.run({QStringLiteral("plan"), QStringLiteral("--file"), file, QStringLiteral("-o"),
                 QStringLiteral("json")},
                data);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("\"create\": 1")));

    // No terminal on stdin and no --yes: refused, nothing queued.
    r = cli.run({QStringLiteral("apply"), QStringLiteral("--file"), file}, data, "y\n");
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("--yes")));
    r = cli.run({QStringLiteral("plan"), QStringLiteral("--file"), file, QStringLiteral("--check")},
                data);
    QCOMPARE(r.code, 9);

    r = cli.run({QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--yes")},
                data);
    QCOMPARE(r.code, 0);
    r = cli.run({QStringLiteral("plan"), QStringLiteral("--file"), file, QStringLiteral("--check")},
                data);
    QCOMPARE(r.code, 0);

    r = cli.run({QStringLiteral("export")}, data);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.toUtf8(), yaml);
    r = cli.run({QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("json")}, data);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("{\n  \"version\": 1,")));
}

void TestAccessCli::refusalListsEveryProblem()
{
    QTemporaryDir home;
    CliRunner cli(home.path());
    const QString data = home.filePath(QStringLiteral("data"));
    const QString file = home.filePath(QStringLiteral("bad.yaml"));
    write(file, "version: 1\nroles:\n- name: guest\n  permissions: [read]\n"
                "teams:\n- name: t\n  members: [nobody]\n");
    const CliRun r = cli.run(
        {QStringLiteral("apply"), QStringLiteral("--file"), file, QStringLiteral("--yes")}, data);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("bad.yaml:3:3:")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("bad.yaml:7:13:")));
}

QTEST_GUILESS_MAIN(TestAccessCli)
#include "tst_accesscli.moc"
