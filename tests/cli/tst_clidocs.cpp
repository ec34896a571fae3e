// The man page and the shell completions that the build makes from the command registry: the
// page renders with man and names every verb; the bash and fish scripts load and complete group
// names and the profile's own names from its local copy.
#include "cli/registry.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml::cli;

class TstCliDocs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void manPageNamesEveryVerb_data();
    void manPageNamesEveryVerb();
    void bashCompletion_data();
    void bashCompletion();
    void zshCompletionLoads();
    void fishCompletion_data();
    void fishCompletion();
    void fishCompletionFileIsTheScript();
    void mistypedCommandIsAUsageError_data();
    void mistypedCommandIsAUsageError();

private:
    // Runs a program with the binary's folder first on PATH; stdout, or a failed check.
    static QString run(const QString &program, const QStringList &arguments, int *code,
                       const QProcessEnvironment &extra = {});
    QTemporaryDir m_dir;
};

QString TstCliDocs::run(const QString &program, const QStringList &arguments, int *code,
                        const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(ZENML_ADMIN_BINARY)).path() +
                                           QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("400"));
    env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("PAGER"), QStringLiteral("cat"));
    // Headless: a run that started the desktop app would fail (or wait) instead of answering.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        *code = -1;
        return {};
    }
    *code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // Without a terminal man marks bold and underline by overstriking: keep the letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral(".\\x08")));
}

void TstCliDocs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ZENML_MAN_EN)));
    QVERIFY(QFile::exists(QStringLiteral(ZENML_MAN_DE)));
    // The default local profile, seeded like a fresh ZenML (roles admin and guest).
    int code = 0;
    run(QStringLiteral(ZENML_ADMIN_BINARY),
        {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("role"),
         QStringLiteral("list")},
        &code);
    QCOMPARE(code, 0);
}

void TstCliDocs::manPageNamesEveryVerb_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("heading");
    QTest::newRow("en") << QStringLiteral(ZENML_MAN_EN) << QStringLiteral("EXIT STATUS");
    QTest::newRow("de") << QStringLiteral(ZENML_MAN_DE) << QStringLiteral("RÜCKGABEWERT");
}

void TstCliDocs::manPageNamesEveryVerb()
{
    QFETCH(QString, page);
    QFETCH(QString, heading);
    int code = 0;
    const QString text = run(QStringLiteral("man"), {QStringLiteral("-l"), page}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(text.contains(QStringLiteral("ZENML-ADMIN(1)")), qPrintable(text.left(400)));
    QVERIFY(text.contains(heading));
    QVERIFY(text.contains(QStringLiteral("ZENML_ADMIN_DATA_DIR")));
    QVERIFY(text.contains(QStringLiteral("settings.ini")));
    QStringList missing;
    for (const Command &command : allCommands()) {
        const QString usage = QStringLiteral("zenml-admin ") + command.path.join(QLatin1Char(' '));
        if (!text.contains(usage))
            missing << usage;
        for (const OptionSpec &option : command.options) {
            if (!text.contains(QStringLiteral("--") + option.name))
                missing << usage + QStringLiteral(" --") + option.name;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TstCliDocs::bashCompletion_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("expected");
    QTest::newRow("group") << QStringList{"ro"} << QStringLiteral("role");
    QTest::newRow("verb") << QStringList{"role", "as"} << QStringLiteral("assign assignment");
    QTest::newRow("role from the mirror")
        << QStringList{"role", "assign", "gu"} << QStringLiteral("guest");
    QTest::newRow("user from the mirror")
        << QStringList{"role", "assign", "guest", "--user", "de"} << QStringLiteral("default");
    QTest::newRow("option") << QStringList{"role", "assign", "guest", "--wo"}
                            << QStringLiteral("--workspace");
    QTest::newRow("permission") << QStringList{"role", "create", "x", "-p", ""}
                                << QStringLiteral("read write me");
    QTest::newRow("output format") << QStringList{"-o", "j"} << QStringLiteral("json");
    QTest::newRow("hidden entries stay hidden") << QStringList{"__"} << QString();
}

void TstCliDocs::bashCompletion()
{
    QFETCH(QStringList, words);
    QFETCH(QString, expected);
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("ZENML_ADMIN_DATA_DIR"), m_dir.path());
    QStringList quoted;
    for (const QString &w : words)
        quoted << QLatin1Char('"') + w + QLatin1Char('"');
    const QString script =
        QStringLiteral("source <(zenml-admin completion bash) && complete -p zenml-admin && "
                       "COMP_WORDS=(zenml-admin %1) && COMP_CWORD=%2 && _zenml_admin && "
                       "echo \"REPLY:${COMPREPLY[*]}\"")
            .arg(quoted.join(QLatin1Char(' ')))
            .arg(words.size());
    int code = 0;
    const QString out = run(QStringLiteral("bash"), {QStringLiteral("-c"), script}, &code, extra);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("complete -F _zenml_admin zenml-admin")), qPrintable(out));
    const QString reply = out.section(QStringLiteral("REPLY:"), 1).trimmed();
    QCOMPARE(reply, expected);
}

void TstCliDocs::zshCompletionLoads()
{
    const QString script =
        QStringLiteral("autoload -U compinit && compinit -u -d %1/zcompdump && "
                       "source <(zenml-admin completion zsh) && echo \"FN:${_comps[zenml-admin]}\"")
            .arg(m_dir.path());
    int code = 0;
    const QString out =
        run(QStringLiteral("zsh"), {QStringLiteral("-f"), QStringLiteral("-c"), script}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("FN:_zenml_admin")), qPrintable(out));
}

void TstCliDocs::fishCompletion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("group") << QStringLiteral("zenml-admin ro") << QStringList{"role"};
    QTest::newRow("verb") << QStringLiteral("zenml-admin role as")
                          << QStringList{"assign", "assignment"};
    QTest::newRow("role from the mirror")
        << QStringLiteral("zenml-admin role assign gu") << QStringList{"guest"};
    QTest::newRow("user from the mirror")
        << QStringLiteral("zenml-admin role assign guest --user de") << QStringList{"default"};
    QTest::newRow("empty word after a verb")
        << QStringLiteral("zenml-admin role assign ") << QStringList{"admin", "guest"};
    QTest::newRow("output format") << QStringLiteral("zenml-admin -o j") << QStringList{"json"};
    QTest::newRow("shell") << QStringLiteral("zenml-admin completion f") << QStringList{"fish"};
}

void TstCliDocs::fishCompletion()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    // fish keeps its history and variables under XDG_DATA_HOME/XDG_CONFIG_HOME: not the user's.
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("ZENML_ADMIN_DATA_DIR"), m_dir.path());
    extra.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("fish-config")));
    extra.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("fish-data")));
    const QString script =
        QStringLiteral("source (zenml-admin completion fish | psub); and complete -C \"%1\"")
            .arg(line);
    int code = 0;
    const QString out =
        run(QStringLiteral("fish"), {QStringLiteral("--no-config"), QStringLiteral("-c"), script},
            &code, extra);
    QCOMPARE(code, 0);
    // One candidate a line, maybe followed by a tab and a description.
    QStringList candidates;
    for (const QString &candidateLine : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        candidates << candidateLine.section(QLatin1Char('\t'), 0, 0);
    candidates.sort();
    QCOMPARE(candidates, expected);
}

void TstCliDocs::fishCompletionFileIsTheScript()
{
    // The file the package installs for fish is what 'completion fish' prints.
    QFile file(QStringLiteral(ZENML_FISH_COMPLETION));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int code = 0;
    const QString printed = run(QStringLiteral(ZENML_ADMIN_BINARY),
                                {QStringLiteral("completion"), QStringLiteral("fish")}, &code);
    QCOMPARE(code, 0);
    QVERIFY(printed.contains(QStringLiteral("complete -c zenml-admin")));
    QCOMPARE(QString::fromUtf8(file.readAll()), printed);
}

void TstCliDocs::mistypedCommandIsAUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("group") << QStringList{"usr", "list"}
                           << QStringLiteral("No such command 'usr'. Did you mean 'user'?");
    QTest::newRow("unknown word") << QStringList{"frobnicate"}
                                  << QStringLiteral("No such command 'frobnicate'.");
    QTest::newRow("verb") << QStringList{"role", "lst"}
                          << QStringLiteral("No such command 'lst'. Did you mean 'list'?");
    QTest::newRow("output without a command")
        << QStringList{"-o", "json"} << QStringLiteral("Usage: zenml-admin");
}

void TstCliDocs::mistypedCommandIsAUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("ZENML_ADMIN_DATA_DIR"), m_dir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ZENML_ADMIN_BINARY), args);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TstCliDocs)
#include "tst_clidocs.moc"
