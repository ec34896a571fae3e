// The speed targets of the access file (issue 11) on the GUI benchmark's profile: 100,000 users,
// 1,000 teams, 50 roles, 150,000 assignments. Run by hand: build-dev/tests/bench/zenml-bench-access
#include "access/accessplan.h"
#include "access/accessyaml.h"
#include "access/mirrorsnapshot.h"
#include "access/planapplier.h"
#include "access/userimport.h"
#include "benchdata.h"
#include "service/adminservice.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/teamtable.h"
#include "store/usertable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace zenml;

namespace {
// Wall time and the process's CPU time: on a machine shared with other work the wall time is
// the load as much as the code, and the CPU time says what this program itself spent.
class Clock
{
public:
    void start() { restart(); }
    qint64 restart()
    {
        const qint64 wall = m_wall.isValid() ? m_wall.restart() : (m_wall.start(), 0);
        m_cpu = std::clock();
        return wall;
    }
    qint64 elapsed() const { return m_wall.elapsed(); }
    qint64 cpu() const { return qint64(std::clock() - m_cpu) * 1000 / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

void report(const char *what, const Clock &t, qint64 targetMs)
{
    const qint64 ms = t.elapsed();
    std::printf("%-58s %6lld ms, CPU %6lld ms  (target <= %lld ms) %s\n", what,
                static_cast<long long>(ms), static_cast<long long>(t.cpu()),
                static_cast<long long>(targetMs), ms <= targetMs ? "ok" : "OVER");
    std::fflush(stdout);
}

int fail(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.message));
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store)
        return fail(store.error());
    (void)store.value()->seedLocalDefaults();
    if (Status s = bench::fill(*store.value(), {}); !s)
        return fail(s.error());
    LocalStore &db = *store.value();

    Clock t;
    t.start();
    // Where reading the mirror goes: one list() per table.
    (void)db.users().list();
    std::printf("    users list: %lld ms\n", static_cast<long long>(t.restart()));
    (void)db.teams().list();
    std::printf("    teams list: %lld ms\n", static_cast<long long>(t.restart()));
    (void)db.assignments().list();
    std::printf("    assignments list: %lld ms\n", static_cast<long long>(t.restart()));
    auto snap = access::snapshotOf(db);
    if (!snap)
        return fail(snap.error());
    const qint64 snapMs = t.elapsed();
    const QByteArray yaml = access::toYaml(snap->model);
    std::printf("    of which reading the mirror: %lld ms\n", static_cast<long long>(snapMs));
    report("export (mirror -> YAML), 100k users / 150k assignments", t, 2000);
    std::printf("    file: %lld bytes, %lld users, %lld assignments\n",
                static_cast<long long>(yaml.size()),
                static_cast<long long>(snap->model.users.size()),
                static_cast<long long>(snap->model.assignments.size()));

    t.restart();
    QList<access::Problem> problems;
    const access::AccessModel file = access::fromYaml(yaml, problems);
    report("parse the export back", t, 2000);
    if (!problems.isEmpty())
        return fail(Error::make(ErrorKind::Invalid, problems.first().message));

    t.restart();
    auto mirror = access::snapshotOf(db);
    if (!mirror)
        return fail(mirror.error());
    const access::AccessPlan same = access::makePlan(file, *mirror, false);
    report("plan of that file against the mirror (no changes)", t, 1000);
    if (!same.isEmpty() || !same.problems.isEmpty())
        return fail(Error::make(ErrorKind::Invalid, QStringLiteral("the plan is not empty")));

    access::AccessModel bigger = file;
    const QString role = bigger.roles.first().name;
    for (int i = 0; i < 10000; ++i) {
        const QString name = QStringLiteral("new-user-%1").arg(i, 5, 10, QLatin1Char('0'));
        bigger.users << access::UserEntry{name,
                                          QStringLiteral("New %1").arg(i),
                                          name + QStringLiteral("@example.com"),
                                          false,
                                          false,
                                          {}};
        access::AssignmentEntry a;
        a.role = role;
        a.subject = name;
        bigger.assignments << a;
    }
    AdminService service(db, ProfileKind::Server); // queues into the outbox, as a server profile
    t.restart();
    auto mirror2 = access::snapshotOf(db);
    if (!mirror2)
        return fail(mirror2.error());
    const access::AccessPlan plan = access::makePlan(bigger, *mirror2, false);
    const qint64 planMs = t.elapsed();
    if (Status s = access::applyPlan(service, plan); !s)
        return fail(s.error());
    report("plan + apply: 10,000 new users with a role each (queued)", t, 3000);
    std::printf("    of which plan: %lld ms; changes: %lld; outbox: %d operations\n",
                static_cast<long long>(planMs), static_cast<long long>(plan.changes.size()),
                db.outbox().count({}).value());

    QByteArray csv = "name;full_name;email;roles;teams\r\n";
    const QString team = bigger.teams.first().name;
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("csv-user-%1;\"Person, %1\";p%1@example.com;%2;%3\r\n")
                   .arg(i)
                   .arg(role, team)
                   .toUtf8();
    t.restart();
    auto mirror3 = access::namesOf(db); // what `user import` reads
    if (!mirror3)
        return fail(mirror3.error());
    const access::UserImport import = access::readUserImport(csv, *mirror3);
    if (!import.problems.isEmpty())
        return fail(Error::make(ErrorKind::Invalid, import.problems.first().message));
    if (Status s = access::importUsers(service, import); !s)
        return fail(s.error());
    report("user import: 5,000 lines with a role and a team each", t, 2000);
    return 0;
}
