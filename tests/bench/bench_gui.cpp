// The desktop GUI's speed and memory with 100,000 users, 1,000 teams, 50 roles and 150,000
// assignments: run by hand (offscreen or under X), prints each figure next to its target.
// Each figure is taken through the real main window: the time from the action to the moment
// the view has its rows and has painted them.
#include "benchdata.h"
#include "commands/prompter.h"
#include "item/userfilterproxy.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "pages/matrixpage.h"
#include "pages/userspage.h"
#include "service/adminservice.h"
#include "store/localstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

using namespace zenml;

namespace {
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void report(const char *what, double value, const char *unit, double target)
{
    std::printf("%s: %.0f %s (target %.0f %s)%s\n", what, value, unit, target, unit,
                value <= target ? "" : "  ** over target **");
    std::fflush(stdout);
}

// Paints what changed, as the event loop would before the next input.
void settle(QWidget *window)
{
    QCoreApplication::processEvents();
    window->repaint();
}

class NoPrompter : public gui::Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    void showError(QWidget *, const QString &, const QString &) override {}
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("zenml-bench"));
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    (void)store.value()->seedLocalDefaults();
    QElapsedTimer timer;
    timer.start();
    if (Status s = bench::fill(*store.value(), {}); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    std::printf("dataset: 100000 users, 1000 teams, 50 roles, 150000 assignments "
                "(made in %lld ms)\n",
                timer.elapsed());
    AdminService service(*store.value(), ProfileKind::Local);
    NoPrompter prompter;

    // Opening: the window is built and the Users page shown with its first rows.
    timer.restart();
    gui::MainWindow window(service, prompter, QStringLiteral("bench"));
    window.show();
    QTableView *view = window.usersPage()->view();
    while (view->model()->rowCount() == 0)
        QCoreApplication::processEvents();
    settle(&window);
    report("users page first rows", timer.elapsed(), "ms", 300);

    auto *users = static_cast<UserTableModel *>(window.usersPage()->model());
    QSignalSpy loaded(users, &StoreTableModel::reloaded);
    if (users->isPartial())
        loaded.wait(60000);
    std::printf("  all %d users loaded in the background after %lld ms\n", users->rowCount(),
                timer.elapsed());

    // One keystroke in the search field, then the next (the usual typing pattern).
    QLineEdit *search = window.usersPage()->searchEdit();
    const QStringList typed{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ann"),
                            QStringLiteral("anna."), QStringLiteral("anna.m")};
    qint64 worst = 0;
    qint64 total = 0;
    qint64 filtering = 0;
    for (const QString &text : typed) {
        timer.restart();
        search->setText(text);
        (void)view->model()->rowCount();
        filtering += timer.elapsed();
        settle(&window);
        worst = std::max(worst, timer.elapsed());
        total += timer.elapsed();
    }
    report("search keystroke (mean)", double(total) / typed.size(), "ms", 50);
    report("search keystroke (worst)", worst, "ms", 50);
    std::printf("  of which filtering (the rest is layout and painting): %.0f ms\n",
                double(filtering) / typed.size());
    timer.restart();
    search->clear();
    (void)view->model()->rowCount();
    settle(&window);
    std::printf("  clearing the search: %lld ms\n", timer.elapsed());

    // Sorting by a column, through the header as a click does.
    qint64 worstSort = 0;
    for (int column : {int(UserTableModel::Email), int(UserTableModel::FullName),
                       int(UserTableModel::Created), int(UserTableModel::Name)}) {
        timer.restart();
        view->sortByColumn(column, Qt::DescendingOrder);
        settle(&window);
        worstSort = std::max(worstSort, timer.elapsed());
    }
    report("sort by a column (worst of 4)", worstSort, "ms", 300);

    // The rest of the app in use: every page opened once, the matrix included.
    timer.restart();
    for (const QString &page :
         {QStringLiteral("teams"), QStringLiteral("roles"), QStringLiteral("permissions"),
          QStringLiteral("assignments"), QStringLiteral("matrix")}) {
        window.showPage(page);
        settle(&window);
    }
    std::printf("  every other page opened in %lld ms\n", timer.elapsed());
    report("peak resident memory (VmHWM)", peakRssKb() / 1024.0, "MB", 250);
    return 0;
}
