#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace zenml::test {

// What one run of zenml-admin printed and returned.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real zenml-admin binary through QProcess, headless: DISPLAY, WAYLAND_DISPLAY and
// QT_QPA_PLATFORM are removed from its environment, so a run that needed a display would fail.
class CliRunner
{
public:
    explicit CliRunner(QString home);

    // Runs with --data-dir dataDir prepended when dataDir is not empty. A non-null input is
    // written to stdin, which is then closed.
    CliRun run(const QStringList &arguments, const QString &dataDir = {},
               const QByteArray &input = {}) const;

    // Extra environment for the next runs (e.g. ZENML_ADMIN_DATA_DIR); empty value removes.
    void setEnv(const QString &name, const QString &value);
    // Runs as the unprivileged user "nobody" when the test runs as root, so that file modes
    // are enforced (root ignores them).
    void setUnprivileged(bool on) { m_unprivileged = on; }

    static QString binary();
    static bool isRoot();

private:
    QProcessEnvironment m_env;
    bool m_unprivileged = false;
};

} // namespace zenml::test
