// The access review's speed on the GUI benchmark's profile (100,000 users, 1,000 teams, 50
// roles, 150,000 assignments): effective permissions of one user, who-can write over everyone,
// and the whole review. Run by hand; prints each figure next to its target.
#include "benchdata.h"
#include "review/accessreview.h"
#include "review/effectivepermissions.h"
#include "review/mirrorsnapshot.h"
#include "service/adminservice.h"
#include "store/historytable.h"
#include "store/localstore.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace zenml;

namespace {
void report(const char *what, double value, const char *unit, double target)
{
    std::printf("%s: %.1f %s (target %.0f %s)%s\n", what, value, unit, target, unit,
                value <= target ? "" : "  ** over target **");
    std::fflush(stdout);
}

// The median of several runs, so one stall of a shared machine does not decide the figure.
template<typename F> double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store || !(*store)->seedLocalDefaults() || !bench::fill(**store, {})) {
        std::fprintf(stderr, "could not build the benchmark profile\n");
        return 1;
    }
    AdminService service(**store, ProfileKind::Server);
    auto users = service.users();
    const QString someone = users->at(users->size() / 2).name;

    review::AccessQuery query(service);
    int held = 0;
    report("effective permissions of one user (all workspaces)",
           medianMs(21, [&] { held = int(query.byWorkspace(someone)->size()); }), "ms", 5);
    std::printf("(of which reading the whole mirror into memory: %.1f ms)\n",
                medianMs(3, [&] { auto m = review::MirrorSnapshot::load((*store)->database()); }));
    int holders = 0;
    report("who-can write over everyone",
           medianMs(5, [&] { holders = int(query.whoCan(Permission::Write)->size()); }), "ms",
           1000);
    int rows = 0;
    report("the whole review",
           medianMs(3,
                    [&] {
                        auto r = review::AccessReview(service).run();
                        rows = 0;
                        for (const review::Finding &f : r->findings)
                            rows += int(f.rows.size());
                    }),
           "ms", 2000);
    // History's share of a 10,000-edit bulk operation: the edits as one block (each recorded),
    // then the same number of history rows alone, in one transaction as the block has.
    QList<QString> names;
    for (int i = 0; i < 10000 && i < users->size(); ++i)
        names << users->at(i).name;
    QElapsedTimer bulk;
    bulk.start();
    const Status edited = service.atomically([&]() -> Status {
        for (const QString &n : names) {
            UserChanges c;
            c.fullName = n + QStringLiteral(" edited");
            auto u = service.updateUser(n, c);
            if (!u)
                return u.error();
        }
        return {};
    });
    const double bulkMs = double(bulk.nsecsElapsed()) / 1e6;
    if (!edited) {
        std::fprintf(stderr, "bulk edit failed: %s\n", qPrintable(edited.error().message));
        return 1;
    }
    HistoryEntry e;
    e.actor = QStringLiteral("bench");
    e.verb = QStringLiteral("update_user");
    e.entityKind = QStringLiteral("user");
    e.entityName = QStringLiteral("x");
    e.fields = {
        {QStringLiteral("full_name"), QJsonObject{{QStringLiteral("old"), QStringLiteral("a")},
                                                  {QStringLiteral("new"), QStringLiteral("b")}}}};
    QElapsedTimer alone;
    alone.start();
    {
        Transaction tx((*store)->database());
        for (int i = 0; i < names.size(); ++i)
            (void)(*store)->history().record(e);
        (void)tx.commit();
    }
    const double historyMs = double(alone.nsecsElapsed()) / 1e6;
    std::printf("10,000-edit bulk operation: %.0f ms, of which recording history about %.0f ms\n",
                bulkMs, historyMs);
    report("history's share of the bulk operation", 100.0 * historyMs / (bulkMs - historyMs), "%",
           10);
    std::printf("(%d workspace rows for one user, %d write holders, %d finding rows)\n", held,
                holders, rows);
    return 0;
}
