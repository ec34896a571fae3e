// zenml-admin speaks the user's language: --lang, else the system locale (LANG, LC_ALL). Messages,
// help and table headers are translated; JSON and CSV, exit codes and column keys are not.
#include "clicheck.h"
#include "clirunner.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zenml::test;

namespace {
// How one row of the _data functions asks for a language.
struct Asked
{
    QStringList arguments; // prepended to the command
    QString lang;          // LANG; empty: unset
    QString lcAll;         // LC_ALL; empty: unset
};
} // namespace

Q_DECLARE_METATYPE(Asked)

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void successMessage_data() { addLanguages(); }
    void successMessage();
    void usageError_data() { addLanguages(); }
    void usageError();
    void groupHelp_data() { addLanguages(); }
    void groupHelp();
    void tableHeaders_data() { addLanguages(); }
    void tableHeaders();
    void machineOutputUnchanged_data();
    void machineOutputUnchanged();

private:
    static void addLanguages();
    // Runs in the language of the current data row.
    CliRun run(const QStringList &command);
    // Runs in English with no --lang: the reference for the machine-readable output.
    CliRun runEnglish(const QStringList &command);

    QTemporaryDir m_temp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
    int m_roles = 0;
};

void TestCliLanguage::addLanguages()
{
    QTest::addColumn<Asked>("asked");
    QTest::addColumn<bool>("german");
    const QString de = QStringLiteral("de_DE.UTF-8");
    const QString c = QStringLiteral("C.UTF-8");
    QTest::newRow("--lang de") << Asked{{"--lang", "de"}, c, {}} << true;
    QTest::newRow("--lang=de") << Asked{{"--lang=de"}, {}, {}} << true;
    QTest::newRow("LANG=de_DE") << Asked{{}, de, {}} << true;
    QTest::newRow("LC_ALL=de_DE over LANG=C") << Asked{{}, c, de} << true;
    QTest::newRow("--lang en over LANG=de_DE") << Asked{{"--lang", "en"}, de, {}} << false;
    QTest::newRow("LC_ALL=C over LANG=de_DE") << Asked{{}, de, QStringLiteral("C")} << false;
    QTest::newRow("LANG=C") << Asked{{}, QStringLiteral("C"), {}} << false;
}

CliRun TestCliLanguage::run(const QStringList &command)
{
    QFETCH(Asked, asked);
    m_cli->setEnv(QStringLiteral("LANG"), asked.lang);
    m_cli->setEnv(QStringLiteral("LC_ALL"), asked.lcAll);
    return m_cli->run(asked.arguments + command, m_data);
}

CliRun TestCliLanguage::runEnglish(const QStringList &command)
{
    m_cli->setEnv(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_cli->setEnv(QStringLiteral("LC_ALL"), QString());
    return m_cli->run(command, m_data);
}

void TestCliLanguage::initTestCase()
{
    QVERIFY(m_temp.isValid());
    QVERIFY2(QFile::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
    m_cli = std::make_unique<CliRunner>(m_temp.filePath(QStringLiteral("home")));
    m_data = m_temp.filePath(QStringLiteral("data"));
    const QList<QStringList> seed{
        {"role", "create", "viewer", "-p", "read"},
        {"user", "create", "bob", "--password", "x", "--role", "viewer", "--full-name",
         "Bob Builder", "--email", "bob@example.com"},
        {"user", "create", "carl"},
        {"team", "create", "ml", "--user", "bob"},
        {"workspace", "create", "ws1", "--description", "first, \"quoted\""},
        {"role", "assign", "guest", "--team", "ml", "--workspace", "ws1"},
        {"role", "assign", "guest", "--user", "bob", "--workspace", "ws1"},
    };
    for (const QStringList &args : seed)
        CHECK_OK(runEnglish(args));
}

void TestCliLanguage::successMessage()
{
    QFETCH(bool, german);
    const QString name = QStringLiteral("role%1").arg(++m_roles);
    const CliRun r = run({"role", "create", name, "-p", "read"});
    CHECK_OK(r);
    QCOMPARE(r.out, german ? QStringLiteral("Rolle '%1' angelegt.\n").arg(name)
                           : QStringLiteral("Created role '%1'.\n").arg(name));
}

void TestCliLanguage::usageError()
{
    QFETCH(bool, german);
    const CliRun english = runEnglish({"user", "frobnicate"});
    const CliRun r = run({"user", "frobnicate"});
    QCOMPARE(english.code, 2);
    QCOMPARE(r.code, english.code);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(r.err, german ? QStringLiteral("Fehler: Unbekannter Befehl 'frobnicate'. Hilfe gibt "
                                            "es mit 'zenml-admin user --help'.\n")
                           : QStringLiteral("Error: No such command 'frobnicate'. Try "
                                            "'zenml-admin user --help' for help.\n"));

    // A wrong global option is told in the language asked for, too.
    const CliRun format = run({"-o", "xml", "role", "list"});
    QCOMPARE(format.code, 2);
    QCOMPARE(format.err, german ? QStringLiteral("Fehler: 'xml' ist kein Ausgabeformat. Verwenden "
                                                 "Sie table, json oder csv. Hilfe gibt es mit "
                                                 "'zenml-admin --help'.\n")
                                : QStringLiteral("Error: 'xml' is not an output format. Use table, "
                                                 "json or csv. Try 'zenml-admin --help' for "
                                                 "help.\n"));

    // An error of the store's layer, translated in models/, keeps its exit code too.
    const CliRun missing = run({"role", "describe", "no-such-role"});
    QCOMPARE(missing.code, runEnglish({"role", "describe", "no-such-role"}).code);
    QVERIFY2(
        missing.err.startsWith(german ? QStringLiteral("Fehler: ") : QStringLiteral("Error: ")),
        qPrintable(missing.err));

    // And the profile manager's, whose messages are made outside any QObject.
    const CliRun profile = run({"profile", "use", "no-such-profile"});
    QCOMPARE(profile.code, 3);
    QCOMPARE(profile.err,
             german ? QStringLiteral("Fehler: Es gibt kein Profil namens 'no-such-profile'. Die "
                                     "Profile zeigt 'zenml-admin profile list'.\n")
                    : QStringLiteral("Error: There is no profile named 'no-such-profile'. List "
                                     "the profiles with 'zenml-admin profile list'.\n"));
}

void TestCliLanguage::groupHelp()
{
    QFETCH(bool, german);
    const CliRun r = run({"role", "--help"});
    CHECK_OK(r);
    const QStringList expected =
        german ? QStringList{"Aufruf: zenml-admin role BEFEHL [ARGUMENTE]...",
                             "Befehle zur Rollenverwaltung.",
                             "Rollen löschen.",
                             "Befehle für Rollenzuweisungen.",
                             "Globale Optionen:",
                             "Sprache der Meldungen, der Hilfe"}
               : QStringList{"Usage: zenml-admin role COMMAND [ARGS]...",
                             "Commands for role management.",
                             "Delete roles.",
                             "Commands for role assignments.",
                             "Global options:",
                             "Language of messages, help, table headers and the desktop app"};
    for (const QString &text : expected)
        QVERIFY2(r.out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + r.out));
    // The verbs are words of the command line, never translated.
    for (const char *verb : {"  list ", "  assign ", "  assignment "})
        QVERIFY2(r.out.contains(QLatin1String(verb)), verb);
}

void TestCliLanguage::tableHeaders()
{
    QFETCH(bool, german);
    const auto headerOf = [](const CliRun &r) {
        return r.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    const QStringList roleHeader = german ? QStringList{"NAME", "BERECHTIGUNGEN", "ID"}
                                          : QStringList{"NAME", "PERMISSIONS", "ID"};
    const QStringList objectHeader =
        german ? QStringList{"EIGENSCHAFT", "WERT"} : QStringList{"PROPERTY", "VALUE"};
    const CliRun roles = run({"role", "list"});
    CHECK_OK(roles);
    QCOMPARE(headerOf(roles), roleHeader);
    const CliRun bob = run({"user", "describe", "bob"});
    CHECK_OK(bob);
    QCOMPARE(headerOf(bob), objectHeader);
    QVERIFY2(bob.out.contains(german ? QStringLiteral("VOLLSTÄNDIGER NAME")
                                     : QStringLiteral("FULL NAME")),
             qPrintable(bob.out));
    // Values stay as stored.
    QVERIFY2(bob.out.contains(QStringLiteral("Bob Builder")), qPrintable(bob.out));
}

void TestCliLanguage::machineOutputUnchanged_data()
{
    QTest::addColumn<Asked>("asked");
    QTest::addColumn<QStringList>("command");
    const QList<QStringList> commands{{"user", "list"},
                                      {"user", "describe", "bob"},
                                      {"team", "list"},
                                      {"team", "describe", "ml"},
                                      {"role", "list"},
                                      {"role", "describe", "viewer"},
                                      {"role", "assignment", "list"},
                                      {"permission", "list"},
                                      {"workspace", "list"},
                                      {"profile", "list"},
                                      {"status"},
                                      {"pending", "list"},
                                      {"conflicts", "list"}};
    const QList<std::pair<const char *, Asked>> languages{
        {"--lang de", Asked{{"--lang", "de"}, QStringLiteral("C.UTF-8"), {}}},
        {"LANG=de_DE", Asked{{}, QStringLiteral("de_DE.UTF-8"), {}}},
        {"LC_ALL=de_DE", Asked{{}, {}, QStringLiteral("de_DE.UTF-8")}}};
    for (const auto &[language, asked] : languages) {
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
            for (const QStringList &command : commands) {
                const QString row = QStringLiteral("%1 -o %2 %3")
                                        .arg(QLatin1String(language), format, command.join(' '));
                QTest::newRow(qPrintable(row))
                    << asked << (QStringList{QStringLiteral("-o"), format} + command);
            }
        }
    }
}

void TestCliLanguage::machineOutputUnchanged()
{
    QFETCH(QStringList, command);
    const CliRun english = runEnglish(command);
    CHECK_OK(english);
    const CliRun r = run(command);
    CHECK_OK(r);
    QVERIFY(!english.out.isEmpty());
    QCOMPARE(r.out, english.out);
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
