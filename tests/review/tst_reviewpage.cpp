// The Access review page: each finding with its count, a row's link to its entity, a one-step fix
// through the undoable commands (and its undo), the exports, and the local profile's note.
#include "commands/editor.h"
#include "guifixture.h"
#include "pages/entitypage.h"
#include "pages/reviewpage.h"
#include "pages/userspage.h"
#include "parts/commandpalette.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace zenml;
using namespace zenml::gui;
using review::FindingKind;

class TstReviewPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }
    void init();
    void cleanup() { m_fixture.reset(); }
    void listsEachFindingWithItsCount();
    void rowLinksToItsEntity();
    void revokeGoesThroughUndo();
    void deleteAnEmptyTeam();
    void exportsAndLocalNote();
    void reachedFromMenuAndPalette();

private:
    std::unique_ptr<test::GuiFixture> m_fixture;
    ReviewPage *page() { return m_fixture->window().reviewPage(); }
};

void TstReviewPage::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    QVERIFY(m_fixture->ok());
    AdminService &s = m_fixture->service();
    QVERIFY(s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write).ok());
    QVERIFY(s.createRole(QStringLiteral("auditor"), Permission::Read).ok());
    QVERIFY(s.createUser({QStringLiteral("alice"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createUser({QStringLiteral("bob"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.assignRole({QStringLiteral("editor"), {QStringLiteral("alice")}, {}, {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("ghosts"), {}).ok());
    QVERIFY(m_fixture->window().showPage(QStringLiteral("review")));
    // The page runs the review again after an edit where it is seen.
    m_fixture->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_fixture->window()));
    page()->reload();
}

void TstReviewPage::listsEachFindingWithItsCount()
{
    const review::ReviewResult &r = page()->result();
    QCOMPARE(r.findings.size(), 8);
    QCOMPARE(page()->findingList()->count(), 8);
    for (int i = 0; i < r.findings.size(); ++i) {
        const review::Finding &finding = r.findings.at(i);
        const QString text = page()->findingList()->item(i)->text();
        QVERIFY2(text.startsWith(finding.title()), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("(%1)").arg(finding.rows.size())), qPrintable(text));
        // The rows below are the finding's.
        page()->findingList()->setCurrentRow(i);
        QCOMPARE(page()->rowTree()->topLevelItemCount(), int(finding.rows.size()));
    }
    QVERIFY(page()->selectFinding(FindingKind::EmptyTeams));
    QCOMPARE(page()->rowTree()->topLevelItemCount(), 1);
    QCOMPARE(page()->rowTree()->topLevelItem(0)->text(0), QStringLiteral("ghosts"));
    QVERIFY(page()->selectFinding(FindingKind::UnusedRoles));
    QVERIFY(page()->selectRow(QStringLiteral("auditor")));
    QVERIFY(!page()->selectRow(QStringLiteral("editor")));
    QVERIFY(page()->selectFinding(FindingKind::NoRole));
    QVERIFY(page()->selectRow(QStringLiteral("bob")));
    QVERIFY(!page()->selectRow(QStringLiteral("alice")));

    // The stale-days setting runs the review again with it.
    page()->staleDays()->setValue(30);
    QCOMPARE(page()->result().staleDays, 30);
}

void TstReviewPage::rowLinksToItsEntity()
{
    QVERIFY(page()->selectFinding(FindingKind::EmptyTeams));
    QVERIFY(page()->selectRow(QStringLiteral("ghosts")));
    QVERIFY(page()->showButton()->isEnabled());
    page()->showButton()->click();
    QCOMPARE(m_fixture->window().currentPageKey(), QStringLiteral("teams"));
    QCOMPARE(m_fixture->window().teamsPage()->currentName(), QStringLiteral("ghosts"));

    QVERIFY(m_fixture->window().showPage(QStringLiteral("review")));
    QVERIFY(page()->selectFinding(FindingKind::WriteHolders));
    QVERIFY(page()->selectRow(QStringLiteral("alice")));
    // Enter (item activation) follows the link too.
    emit page()->rowTree()->itemActivated(page()->rowTree()->currentItem(), 0);
    QCOMPARE(m_fixture->window().currentPageKey(), QStringLiteral("users"));
    QCOMPARE(m_fixture->window().usersPage()->currentName(), QStringLiteral("alice"));
}

void TstReviewPage::revokeGoesThroughUndo()
{
    QUndoStack *undo = m_fixture->window().editor().undoStack();
    const int writers = page()->countOf(FindingKind::WriteHolders);
    QVERIFY(writers >= 1);
    QVERIFY(page()->selectFinding(FindingKind::WriteHolders));
    QVERIFY(page()->selectRow(QStringLiteral("alice")));
    QVERIFY(page()->actButton()->isEnabled());
    QVERIFY2(page()->actButton()->text().contains(QStringLiteral("editor")),
             qPrintable(page()->actButton()->text()));
    m_fixture->prompter().answers = {true};
    const int steps = undo->count();
    page()->actButton()->click();
    QCOMPARE(undo->count(), steps + 1);
    QTRY_COMPARE(page()->countOf(FindingKind::WriteHolders), writers - 1);
    QVERIFY(m_fixture->rolesOf(QStringLiteral("alice")).isEmpty());
    // alice now holds nothing at all.
    QVERIFY(page()->selectFinding(FindingKind::NoRole));
    QVERIFY(page()->selectRow(QStringLiteral("alice")));

    undo->undo();
    QTRY_COMPARE(page()->countOf(FindingKind::WriteHolders), writers);
    QCOMPARE(m_fixture->rolesOf(QStringLiteral("alice")), QStringList{QStringLiteral("editor")});
    QVERIFY(m_fixture->prompter().errors.isEmpty());
}

void TstReviewPage::deleteAnEmptyTeam()
{
    QUndoStack *undo = m_fixture->window().editor().undoStack();
    QCOMPARE(page()->countOf(FindingKind::EmptyTeams), 1);
    QVERIFY(page()->selectFinding(FindingKind::EmptyTeams));
    QVERIFY(page()->selectRow(QStringLiteral("ghosts")));
    m_fixture->prompter().answers = {true};
    page()->actOnSelected();
    QTRY_COMPARE(page()->countOf(FindingKind::EmptyTeams), 0);
    QVERIFY(!m_fixture->service().team(QStringLiteral("ghosts")).ok());
    undo->undo();
    QTRY_COMPARE(page()->countOf(FindingKind::EmptyTeams), 1);
    QVERIFY(m_fixture->service().team(QStringLiteral("ghosts")).ok());

    // Cancelled at the confirmation: nothing goes.
    QVERIFY(page()->selectFinding(FindingKind::EmptyTeams));
    m_fixture->prompter().answers = {false};
    page()->actOnSelected();
    QCoreApplication::processEvents();
    QCOMPARE(page()->countOf(FindingKind::EmptyTeams), 1);
}

void TstReviewPage::exportsAndLocalNote()
{
    // A local profile says that roles are not enforced.
    bool noted = false;
    for (QLabel *label : page()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("does not enforce")))
            noted = true;
    }
    QVERIFY(noted);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    const QString csv = dir.filePath(QStringLiteral("review.csv"));
    QVERIFY(page()->exportPdf(pdf).ok());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5).startsWith("%PDF"));
    QVERIFY(page()->exportCsv(csv).ok());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csvFile.readAll());
    QVERIFY2(text.contains(QStringLiteral("empty-teams")) &&
                 text.contains(QStringLiteral("ghosts")),
             qPrintable(text));
    // A file that cannot be written is an error that says so, not a silent nothing.
    QVERIFY(!page()->exportCsv(dir.filePath(QStringLiteral("missing/review.csv"))).ok());
}

// Both new pages are in the View menu (with access keys) and the command palette finds them.
void TstReviewPage::reachedFromMenuAndPalette()
{
    MainWindow &w = m_fixture->window();
    QVERIFY(w.showPage(QStringLiteral("users")));
    QMenu *view = nullptr;
    for (QAction *menu : w.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&View"))
            view = menu->menu();
    }
    QVERIFY(view);
    QAction *review = w.action(QStringLiteral("showReview"));
    QAction *history = w.action(QStringLiteral("showHistory"));
    QVERIFY(review && history);
    QVERIFY(view->actions().contains(review) && view->actions().contains(history));
    QVERIFY(review->text().contains(QLatin1Char('&')) &&
            history->text().contains(QLatin1Char('&')));
    review->trigger();
    QCOMPARE(w.currentPageKey(), QStringLiteral("review"));
    history->trigger();
    QCOMPARE(w.currentPageKey(), QStringLiteral("history"));

    CommandPalette *palette = w.palette();
    palette->show();
    palette->input()->setText(QStringLiteral("access rev"));
    QVERIFY(palette->results()->count() >= 1);
    QVERIFY2(palette->results()->item(0)->text().startsWith(QStringLiteral("Access review")),
             qPrintable(palette->results()->item(0)->text()));
    palette->activateCurrent();
    QCOMPARE(w.currentPageKey(), QStringLiteral("review"));
    palette->show();
    palette->input()->setText(QStringLiteral("history"));
    QVERIFY(palette->results()->count() >= 1);
    palette->activateCurrent();
    QCOMPARE(w.currentPageKey(), QStringLiteral("history"));
}

QTEST_MAIN(TstReviewPage)
#include "tst_reviewpage.moc"
