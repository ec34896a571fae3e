// zenml-bench-sync: sync figures against zenml-test-server on loopback (a separate process, so
// the client's and the server's CPU time can be told apart).
//   zenml-bench-sync [--users N] [--teams N] [--roles N] [--assignments N] [--ops N]
//                    [--initial-pull-only] [--server-delay-ms MS]
#include "remote/jobwaiter.h"
#include "remote/remoteapi.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "sync/syncengine.h"
#include "sync/syncwaiter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace zenml;

namespace {

double selfCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(stat.readAll());
    // Fields after the command name in parentheses; utime and stime are the 14th and 15th.
    const QStringList fields = text.mid(text.lastIndexOf(QLatin1Char(')')) + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

void figure(const char *name, double value, const char *unit, const QString &target)
{
    std::printf("%-44s %10.2f %-6s (target: %s)\n", name, value, unit, qPrintable(target));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"users", "Users to seed.", "N", "10000"},
                       {"teams", "Teams to seed.", "N", "1000"},
                       {"roles", "Roles to seed.", "N", "50"},
                       {"assignments", "User role assignments to seed.", "N", "20000"},
                       {"ops", "Operations to push.", "N", "1000"},
                       {"initial-pull-only", "Stop after the initial pull (for profiling it)."},
                       {"server-delay-ms",
                        "Let the server wait this long on each request before answering (idle, "
                        "as on its database); the push rounds then show what overlap gains "
                        "against a server that is not CPU-bound.",
                        "MS", "0"}});
    parser.process(app);

    QProcess server;
    server.setProgram(QStringLiteral(ZENML_TEST_SERVER_EXE));
    server.setArguments({"--seed-users", parser.value("users"), "--seed-teams",
                         parser.value("teams"), "--seed-roles", parser.value("roles"),
                         "--seed-assignments", parser.value("assignments"), "--answer-delay-ms",
                         parser.value("server-delay-ms")});
    server.start();
    if (!server.waitForReadyRead(120000)) {
        std::fprintf(stderr, "zenml-test-server did not start\n");
        return 1;
    }
    const QString line = QString::fromLatin1(server.readLine()).trimmed();
    const QUrl base(line.section(' ', -1));
    QNetworkAccessManager network;
    remote::RemoteApi api(&network,
                          remote::ServerEndpoint{base, {}, {}, std::chrono::seconds(120)});
    auto login = remote::awaitJob(api.login(QStringLiteral("default"), QString()));
    if (!login) {
        std::fprintf(stderr, "login failed: %s\n", qPrintable(login.error().message));
        return 1;
    }
    api.setToken(login->accessToken);

    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store)
        return 1;
    sync::SyncEngine engine(**store, api);

    // 1. Initial pull.
    QElapsedTimer wall;
    double serverCpu = processCpuSeconds(server.processId());
    double clientCpu = selfCpuSeconds();
    wall.start();
    auto first = sync::awaitSync(engine, sync::SyncMode::PullOnly);
    const double pullWall = double(wall.elapsed()) / 1000;
    clientCpu = selfCpuSeconds() - clientCpu;
    serverCpu = processCpuSeconds(server.processId()) - serverCpu;
    if (!first || !first->ok()) {
        std::fprintf(stderr, "pull failed: %s\n",
                     first && first->error ? qPrintable(first->error->message) : "");
        return 1;
    }
    std::printf("Initial pull: %s users, %s teams, %s roles, %s user role assignments, %d rows "
                "written, %d pages\n",
                qPrintable(parser.value("users")), qPrintable(parser.value("teams")),
                qPrintable(parser.value("roles")), qPrintable(parser.value("assignments")),
                first->pull->written, first->pull->requests);
    figure("initial pull, wall time", pullWall, "s", QStringLiteral("none set; recorded"));
    figure("initial pull, client CPU", clientCpu, "s",
           QStringLiteral("below the server's CPU (%1 s)").arg(serverCpu, 0, 'f', 2));
    figure("initial pull, server CPU", serverCpu, "s", QStringLiteral("reference"));
    if (parser.isSet("initial-pull-only")) {
        server.terminate();
        server.waitForFinished(5000);
        return 0;
    }

    // 2. Syncs with nothing changed. The first ones re-read the safety margin behind the newest
    // change (here: the whole seeded data, written within a second); once a re-read happened a
    // margin after the pull before it, the watermark is settled and only newer rows are asked for.
    engine.setSweepEvery(1000000);
    auto quiet = sync::awaitSync(engine, sync::SyncMode::Both);
    if (!quiet || !quiet->ok())
        return 1;
    figure("1st unchanged sync, list pages (margin)", quiet->pull->requests, "",
           QStringLiteral("recorded"));
    QThread::msleep(3500);
    quiet = sync::awaitSync(engine, sync::SyncMode::Both);
    if (!quiet || !quiet->ok())
        return 1;
    figure("2nd unchanged sync, list pages (margin)", quiet->pull->requests, "",
           QStringLiteral("recorded"));
    quiet = sync::awaitSync(engine, sync::SyncMode::Both);
    if (!quiet || !quiet->ok())
        return 1;
    figure("settled unchanged sync, requests", quiet->pull->requests, "",
           QStringLiteral("<= 6 (one per resource kind)"));

    // 3. Pushing independent operations, one at a time and overlapped.
    AdminService service(**store, ProfileKind::Server);
    const int ops = parser.value("ops").toInt();
    double rates[2] = {0, 0};
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < ops; ++i) {
            if (!service.createUser(
                    {QStringLiteral("bench-%1-%2").arg(round).arg(i), {}, {}, std::nullopt, {}}))
                return 1;
        }
        engine.setConcurrency(round == 0 ? 1 : 6);
        const double serverBefore = processCpuSeconds(server.processId());
        const double clientBefore = selfCpuSeconds();
        wall.restart();
        auto pushed = sync::awaitSync(engine, sync::SyncMode::PushOnly);
        const double seconds = double(wall.elapsed()) / 1000;
        if (!pushed || !pushed->ok() || pushed->push->sent != ops) {
            std::fprintf(stderr, "push failed\n");
            return 1;
        }
        rates[round] = ops / seconds;
        std::printf("push round %d: %.2f s wall, client CPU %.2f s, server CPU %.2f s\n", round,
                    seconds, selfCpuSeconds() - clientBefore,
                    processCpuSeconds(server.processId()) - serverBefore);
    }
    figure("push, one at a time", rates[0], "req/s", QStringLiteral("reference"));
    figure("push, 6 overlapped", rates[1], "req/s",
           QStringLiteral("above one at a time (x%1)").arg(rates[1] / rates[0], 0, 'f', 2));

    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
