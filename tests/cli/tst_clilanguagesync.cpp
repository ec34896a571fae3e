// The sync verbs in German against the test server: queued changes and a conflict show with
// German headers, statuses and words in a table, while JSON and CSV stay exactly the English
// run's. Needs the OS keychain, as the command line signs in with the saved password
// (tests/run-with-keychain.sh).
#include "clicheck.h"
#include "clirunner.h"
#include "support/testserver.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zenml::test;

class TestCliLanguageSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queuedChanges();
    void conflict();

private:
    CliRun german(const QStringList &command) const;
    CliRun english(const QStringList &command) const;
    // JSON and CSV of command: the German run prints what the English one does.
    void compareMachineOutput(const QStringList &command) const;

    QTemporaryDir m_temp;
    TestServer m_server;
    quint16 m_port = 0;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
};

CliRun TestCliLanguageSync::german(const QStringList &command) const
{
    return m_cli->run(QStringList{"--profile", "p", "--lang", "de"} + command, m_data);
}

CliRun TestCliLanguageSync::english(const QStringList &command) const
{
    return m_cli->run(QStringList{"--profile", "p"} + command, m_data);
}

void TestCliLanguageSync::compareMachineOutput(const QStringList &command) const
{
    for (const char *format : {"json", "csv"}) {
        const QStringList formatted = QStringList{"-o", QLatin1String(format)} + command;
        const CliRun en = english(formatted);
        CHECK_OK(en);
        const CliRun de = german(formatted);
        CHECK_OK(de);
        QCOMPARE(de.out, en.out);
    }
}

void TestCliLanguageSync::initTestCase()
{
    QVERIFY(m_temp.isValid());
    QVERIFY(m_server.listen());
    m_port = m_server.port();
    m_cli = std::make_unique<CliRunner>(m_temp.filePath(QStringLiteral("home")));
    m_cli->setEnv(QStringLiteral("ZENML_ADMIN_NETWORK_TIMEOUT_MS"), QStringLiteral("3000"));
    m_data = m_temp.filePath(QStringLiteral("data"));
    CHECK_OK(m_cli->run(
        {"profile", "create", "p", "--url", m_server.baseUrl().toString(), "--username", "default"},
        m_data));
    // The seeded user "default" has an empty password; stdin gives it.
    const CliRun login = m_cli->run({"--profile", "p", "login", "--password-stdin"}, m_data, "\n");
    QVERIFY2(login.code == 0, qPrintable(login.err));
    CHECK_OK(english({"user", "create", "zoe", "--full-name", "Zoe"}));
    CHECK_OK(english({"user", "create", "walt", "--full-name", "Walt"}));
    CHECK_OK(english({"sync"}));
}

void TestCliLanguageSync::queuedChanges()
{
    m_server.close();
    CHECK_OK(english({"user", "create", "yann", "--full-name", "Yann"}));
    CHECK_OK(english({"user", "update", "zoe", "--full-name", "Zoe Mine"}));
    CHECK_OK(english({"user", "update", "walt", "--full-name", "Walt Mine"}));

    const CliRun table = german({"pending", "list"});
    CHECK_OK(table);
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts),
             (QStringList{"ID", "OPERATION", "OBJEKT", "STATUS", "VERSUCHE", "LETZTER", "FEHLER"}));
    QVERIFY2(lines.at(1).contains(QStringLiteral(" wartend ")), qPrintable(table.out));
    QVERIFY2(!table.out.contains(QStringLiteral(" pending ")), qPrintable(table.out));
    compareMachineOutput({"pending", "list"});
    const CliRun json = english({"-o", "json", "pending", "list"});
    QVERIFY2(json.out.contains(QStringLiteral("\"status\": \"pending\"")), qPrintable(json.out));

    // A usage error keeps its exit code; a count reads in German.
    const CliRun bad = german({"pending", "drop", "x"});
    QCOMPARE(bad.code, english({"pending", "drop", "x"}).code);
    QCOMPARE(bad.err, QStringLiteral("Fehler: 'x' ist nicht die Nummer einer wartenden Änderung. "
                                     "Hilfe gibt es mit 'zenml-admin pending drop --help'.\n"));
    const QString yann = lines.at(1).section(QLatin1Char(' '), 0, 0);
    const CliRun dropped = german({"pending", "drop", yann});
    CHECK_OK(dropped);
    QCOMPARE(dropped.out, QStringLiteral("1 Änderung verworfen.\n"));
    QCOMPARE(german({"-o", "json", "pending", "list"}).out.count(QStringLiteral("\"id\"")), 2);
}

void TestCliLanguageSync::conflict()
{
    QVERIFY(m_server.listen(m_port));
    // Someone edits zoe on the server meanwhile: the queued update meets a newer version.
    QVERIFY(m_server.touchUser(QStringLiteral("zoe"), {{"full_name", "Zoe Theirs"}}));
    // ... and deletes walt.
    QVERIFY(m_server.removeUser(QStringLiteral("walt")));
    const CliRun synced = german({"sync"});
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    QVERIFY2(synced.out.contains(QStringLiteral("Abgleich: ")), qPrintable(synced.out));

    const CliRun table = german({"conflicts", "list"});
    CHECK_OK(table);
    QVERIFY2(table.out.startsWith(QStringLiteral("ID")), qPrintable(table.out));
    QVERIFY2(table.out.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("MEINE | SERVER")),
             qPrintable(table.out));
    QVERIFY2(table.out.contains(QStringLiteral("full_name: Zoe Mine | Zoe Theirs")),
             qPrintable(table.out));
    QVERIFY2(table.out.contains(QStringLiteral("full_name: Walt Mine | (gelöscht)")),
             qPrintable(table.out));
    const CliRun json = english({"-o", "json", "conflicts", "list"});
    QVERIFY2(json.out.contains(QStringLiteral("full_name: Walt Mine | (deleted)")),
             qPrintable(json.out));
    compareMachineOutput({"conflicts", "list"});

    const auto idOf = [&table](const QString &entity) {
        for (const QString &line : table.out.split(QLatin1Char('\n'))) {
            const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (cells.size() > 2 && cells.at(2) == entity)
                return cells.first();
        }
        return QString();
    };
    const CliRun kept = german({"conflicts", "resolve", idOf("zoe"), "--keep-mine"});
    CHECK_OK(kept);
    QCOMPARE(
        kept.out,
        QStringLiteral("Ihre Version von 1 Zeile behalten; der nächste Abgleich sendet sie.\n"));
    const CliRun taken = german({"conflicts", "resolve", idOf("walt"), "--take-server"});
    CHECK_OK(taken);
    QCOMPARE(taken.out, QStringLiteral("Die Version des Servers von 1 Zeile übernommen.\n"));
    CHECK_OK(german({"sync"}));
    QCOMPARE(m_server.user(QStringLiteral("zoe")).value("full_name").toString(),
             QStringLiteral("Zoe Mine"));
}

QTEST_GUILESS_MAIN(TestCliLanguageSync)
#include "tst_clilanguagesync.moc"
