// The user detail pane's "Effective permissions" section.
#include "pages/detailpane.h"
#include "service/adminservice.h"
#include "store/localstore.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;

class TestReviewGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detailPaneShowsReasons();
};

void TestReviewGui::detailPaneShowsReasons()
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("p.sqlite")));
    QVERIFY(store.ok());
    QVERIFY((*store)->seedLocalDefaults().ok());
    AdminService s(**store, ProfileKind::Server);
    s.setSecretSink([](const QString &, const QString &) -> Status { return {}; });
    QVERIFY(s.createRole(QStringLiteral("editor"), Permission::Read | Permission::Write).ok());
    QVERIFY(s.createWorkspace(QStringLiteral("ml")).ok());
    QVERIFY(s.createUser({QStringLiteral("alice"), {}, {}, QStringLiteral("pw"), {}}).ok());
    QVERIFY(s.createTeam(QStringLiteral("data"), {QStringLiteral("alice")}).ok());
    QVERIFY(
        s.assignRole({QStringLiteral("editor"), {}, {QStringLiteral("data")}, QStringLiteral("ml")})
            .ok());

    gui::DetailPane pane(s);
    pane.showEntity(EntityKind::User, QStringLiteral("alice"));
    const QString text = pane.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Effective permissions")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Every workspace")));
    QVERIFY(text.contains(QStringLiteral("Workspace ml")));
    QVERIFY(text.contains(QStringLiteral("role editor through team data in workspace ml")));
    QVERIFY(text.contains(QStringLiteral("write")));
    QVERIFY(!text.contains(QStringLiteral("does not enforce")));

    // Without the team, alice holds nothing anywhere.
    QVERIFY(s.removeTeamMembers(QStringLiteral("data"), {QStringLiteral("alice")}).ok());
    pane.refresh();
    QVERIFY(!pane.toPlainText().contains(QStringLiteral("Workspace ml")));
    QVERIFY(pane.toPlainText().contains(QStringLiteral("No permissions.")));
}

QTEST_MAIN(TestReviewGui)
#include "tst_reviewgui.moc"
