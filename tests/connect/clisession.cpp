#include "clisession.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace zenml::connecttest {

CliSession::CliSession(QString dataDir, QString home)
    : m_dataDir(std::move(dataDir))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                             "ZENML_ADMIN_DATA_DIR", "ZENML_ADMIN_NETWORK_TIMEOUT_MS"})
        m_env.remove(QString::fromLatin1(name));
    m_env.insert(QStringLiteral("HOME"), home);
    // English whatever the developer's locale: the command line speaks the system's language.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        m_env.remove(QString::fromLatin1(name));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

void CliSession::setEnv(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_env.remove(name);
    else
        m_env.insert(name, value);
}

CliResult CliSession::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(ZENML_ADMIN_BINARY),
                  QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
    CliResult result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    limit.start(60000);
    // The event loop, not waitForFinished(): the test server lives in this process.
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<did not finish in time>");
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace zenml::connecttest
