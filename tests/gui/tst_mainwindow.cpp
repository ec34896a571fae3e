// The main window's frame: status bar, keyboard, command palette, remembered state and
// accessible names.
#include "guifixture.h"
#include "item/storetablemodel.h"
#include "pages/entitypage.h"
#include "pages/userspage.h"
#include "parts/commandpalette.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace zenml;
using namespace zenml::gui;
using namespace zenml::gui::test;

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QSettings().clear();
    }
    void statusBarShowsProfileAndSyncSlots();
    void searchShortcutAndFilter();
    void paletteFindsActionsAndEntities();
    void remembersPageSortAndColumns();
    void controlsHaveAccessibleNames();
};

void TstMainWindow::statusBarShowsProfileAndSyncSlots()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QStringList texts;
    for (QLabel *label : f.window().statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY(texts.join('|').contains(QStringLiteral("test")));
    QVERIFY(texts.join('|').contains(QStringLiteral("Local profile")));
    f.window().setConnectionState(QStringLiteral("Signed in as default"));
    texts.clear();
    for (QLabel *label : f.window().statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY(texts.contains(QStringLiteral("Signed in as default")));
    // The sync state is the sync hook's part alone: a local profile has no count of changes.
    QVERIFY2(!texts.join('|').contains(QStringLiteral("pending")), qPrintable(texts.join('|')));
}

void TstMainWindow::searchShortcutAndFilter()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createUser({QStringLiteral("zoe"),
                                    QStringLiteral("Zoe Q"),
                                    QStringLiteral("zoe@example.com"),
                                    QStringLiteral("pw"),
                                    {}}));
    QVERIFY(f.showActive());
    QTableView *view = f.window().usersPage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTest::keyClick(&f.window(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(f.window().usersPage()->searchEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("EXAMPLE"));
    QCOMPARE(view->model()->rowCount(), 1);
    f.window().usersPage()->statusFilter()->setCurrentIndex(2); // inactive only
    QCOMPARE(view->model()->rowCount(), 0);
    f.window().usersPage()->statusFilter()->setCurrentIndex(0);
    f.window().usersPage()->searchEdit()->clear();
    const int admin = f.window().usersPage()->roleFilter()->findText(QStringLiteral("admin"));
    f.window().usersPage()->roleFilter()->setCurrentIndex(admin);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("default"));
    // F5 reloads without losing the filter.
    QTest::keyClick(&f.window(), Qt::Key_F5);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TstMainWindow::paletteFindsActionsAndEntities()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QVERIFY(f.service().createTeam(QStringLiteral("platform"), {}));
    QVERIFY(f.showActive());
    QTest::keyClick(&f.window(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = f.window().palette();
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(palette->input(), QStringLiteral("platf"));
    QCOMPARE(palette->results()->count(), 1);
    QVERIFY(palette->results()->item(0)->text().contains(QStringLiteral("platform")));
    QTest::keyClick(palette->input(), Qt::Key_Return);
    QTRY_VERIFY(!palette->isVisible());
    QCOMPARE(f.window().currentPageKey(), QStringLiteral("teams"));
    QCOMPARE(f.window().teamsPage()->currentName(), QStringLiteral("platform"));

    // An action by name: "refresh" runs the Refresh action.
    f.window().openPalette();
    palette->input()->setText(QStringLiteral("refresh"));
    QVERIFY(palette->results()->count() >= 1);
    QVERIFY(palette->results()->item(0)->text().contains(QStringLiteral("Refresh")));
    palette->activateCurrent();
    QTRY_VERIFY(f.window().statusBar()->currentMessage().contains(QStringLiteral("Reloaded")));
}

void TstMainWindow::remembersPageSortAndColumns()
{
    {
        GuiFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.showActive());
        QTableView *view = f.window().usersPage()->view();
        view->sortByColumn(2, Qt::DescendingOrder);
        view->setColumnWidth(1, 321);
        view->horizontalHeader()->moveSection(3, 0);
        f.window().showPage(QStringLiteral("roles"));
        f.window().close(); // saves
    }
    GuiFixture f;
    QVERIFY(f.ok());
    f.window().restoreSettings();
    QCOMPARE(f.window().currentPageKey(), QStringLiteral("roles"));
    QHeaderView *header = f.window().usersPage()->view()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), 2);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sectionSize(1), 321);
    QCOMPARE(header->visualIndex(3), 0);
    QCOMPARE(f.window().usersPage()->model()->sortColumn(), 2);
    QSettings().clear();
}

void TstMainWindow::controlsHaveAccessibleNames()
{
    GuiFixture f;
    QVERIFY(f.ok());
    QStringList unnamed;
    for (QWidget *w : f.window().findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QTableView *>(w) || qobject_cast<QListWidget *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w);
        // Line edits inside combo boxes and spin boxes are named by their owner.
        if (control && !qobject_cast<QComboBox *>(w->parentWidget()) &&
            !qobject_cast<QAbstractSpinBox *>(w->parentWidget()) && w->accessibleName().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                           w->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
