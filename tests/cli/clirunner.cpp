#include "clirunner.h"

#include <QProcess>
#include <QSignalSpy>

#include <grp.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace zenml::test {

CliRunner::CliRunner(QString home)
    : m_env(QProcessEnvironment::systemEnvironment())
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                             "ZENML_ADMIN_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"})
        m_env.remove(QString::fromLatin1(name));
    // A private home keeps the platform data folder out of the developer's own.
    m_env.insert(QStringLiteral("HOME"), home);
    // English whatever the developer's locale, as the command line speaks the system's language;
    // the language tests set LANG or LC_ALL themselves.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        m_env.remove(QString::fromLatin1(name));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

QString CliRunner::binary()
{
    return QStringLiteral(ZENML_ADMIN_BINARY);
}

bool CliRunner::isRoot()
{
    return geteuid() == 0;
}

void CliRunner::setEnv(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_env.remove(name);
    else
        m_env.insert(name, value);
}

CliRun CliRunner::run(const QStringList &arguments, const QString &dataDir,
                      const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    if (m_unprivileged && isRoot()) {
        process.setChildProcessModifier([] {
            const gid_t nobody = 65534;
            if (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0)
                _exit(125);
            // Changing the user clears "dumpable", which LeakSanitizer needs in sanitizer builds.
            prctl(PR_SET_DUMPABLE, 1);
        });
    }
    QStringList all;
    if (!dataDir.isEmpty())
        all << QStringLiteral("--data-dir") << dataDir;
    all << arguments;
    // Waits in an event loop, so that a test server in the test's own process keeps answering.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binary(), all);
    CliRun result;
    if (!process.waitForStarted()) {
        result.err = QStringLiteral("<did not start: %1>").arg(process.errorString());
        return result;
    }
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!finished.wait(60000)) {
        result.err = QStringLiteral("<did not finish: %1>").arg(process.errorString());
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace zenml::test
