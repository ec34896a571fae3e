#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace zenml::connecttest {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// Runs the real zenml-admin binary with a private data folder and home, feeding `input` on
// standard input, while THIS process's event loop keeps running, so the in-process test server
// can answer it. The environment keeps the D-Bus session (the keychain) but no display.
class CliSession
{
public:
    CliSession(QString dataDir, QString home);

    CliResult run(const QStringList &arguments, const QByteArray &input = {}) const;
    void setEnv(const QString &name, const QString &value); // empty value removes
    QString dataDir() const { return m_dataDir; }

private:
    QString m_dataDir;
    QProcessEnvironment m_env;
};

} // namespace zenml::connecttest
