#include "passwordprompt.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::PasswordPrompt)
};

QString readLine(QFile &in)
{
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
} // namespace

Result<QString> readPassword(bool fromStdin, const QString &prompt, QTextStream &err)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::make(ErrorKind::Io, PasswordPrompt::tr("Cannot read standard input."));
    // An empty password is valid: a fresh ZenML server's default user has one.
    if (fromStdin)
        return readLine(in);
    if (!isatty(STDIN_FILENO))
        return Error::make(
            ErrorKind::Usage,
            PasswordPrompt::tr("There is no terminal to ask for the password. Pass it on standard "
                               "input with --password-stdin."));
    err << prompt;
    err.flush();
    QString password;
    {
        EchoOff quiet;
        password = readLine(in);
    }
    err << '\n';
    err.flush();
    return password;
}

} // namespace zenml::cli
