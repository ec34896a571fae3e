// zenml-test-server: the test ZenML server as a process, for CLI tests, manual runs and benchmarks.
#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop picks the byte up.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Imitation of a ZenML server's user management API."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        "port", QCoreApplication::translate("main", "Port (0 = any)."), "N", "0");
    const QCommandLineOption versionOption(
        "version", QCoreApplication::translate("main", "0.47.0 or 0.43.0."), "V", "0.47.0");
    const QCommandLineOption passwordOption(
        "password", QCoreApplication::translate("main", "Password of the default user."), "P", "");
    const QCommandLineOption prefixOption(
        "prefix", QCoreApplication::translate("main", "URL path prefix."), "PATH", "");
    const QCommandLineOption usersOption(
        "seed-users", QCoreApplication::translate("main", "Users to seed."), "N", "0");
    const QCommandLineOption teamsOption(
        "seed-teams", QCoreApplication::translate("main", "Teams to seed."), "N", "0");
    const QCommandLineOption rolesOption(
        "seed-roles", QCoreApplication::translate("main", "Roles to seed."), "N", "0");
    const QCommandLineOption assignmentsOption(
        "seed-assignments", QCoreApplication::translate("main", "User role assignments to seed."),
        "N", "0");
    const QCommandLineOption delayOption(
        "answer-delay-ms",
        QCoreApplication::translate("main", "Handle each request this long after it arrives, "
                                            "idle meanwhile (a database's wait)."),
        "MS", "0");
    parser.addOptions({portOption, versionOption, passwordOption, prefixOption, usersOption,
                       teamsOption, rolesOption, assignmentsOption, delayOption});
    parser.process(app);

    zenml::test::TestServer server;
    server.setVersion(parser.value(versionOption));
    server.setPathPrefix(parser.value(prefixOption));
    server.reset();
    server.setDefaultPassword(parser.value(passwordOption));
    server.seed(parser.value(usersOption).toInt(), parser.value(teamsOption).toInt(),
                parser.value(rolesOption).toInt(), parser.value(assignmentsOption).toInt());
    server.setAnswerDelay(parser.value(delayOption).toInt());
    if (!server.listen(quint16(parser.value(portOption).toUInt()))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "cannot listen on port %1")
                                    .arg(parser.value(portOption))));
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return 1;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app,
                     [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
