// The GUI of the access file: the plan dialog (grouped tree, refusals with their lines), Edit >
// Undo of an apply as one step, and the CSV preview with its bad lines marked.
#include "access/accessplan.h"
#include "access/accessyaml.h"
#include "access/mirrorsnapshot.h"
#include "access/userimport.h"
#include "commands/applyaccesscommand.h"
#include "dialogs/accessplandialog.h"
#include "dialogs/csvimportdialog.h"
#include "service/adminservice.h"
#include "service/profilemanager.h"
#include "store/localstore.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace zenml;
using namespace zenml::access;
using namespace zenml::gui;

class TestAccessGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void planDialogGroupsByKind();
    void refusedPlanCannotBeApplied();
    void undoTakesTheWholeApplyBack();
    void csvPreviewMarksBadLines();

private:
    QByteArray exported();
    AccessPlan planOf(const QByteArray &yaml);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileManager> m_profiles;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
};

void TestAccessGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileManager>(m_dir->filePath(QStringLiteral("data")));
    QVERIFY(m_profiles->createLocal(QStringLiteral("p")).ok());
    m_store = std::move(m_profiles->open(QStringLiteral("p")).value());
    m_service = std::make_unique<AdminService>(*m_store, ProfileKind::Local);
}

void TestAccessGui::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_profiles.reset();
    m_dir.reset();
}

QByteArray TestAccessGui::exported()
{
    return toYaml(snapshotOf(*m_store)->model);
}

AccessPlan TestAccessGui::planOf(const QByteArray &yaml)
{
    QList<Problem> problems;
    const AccessModel file = fromYaml(yaml, problems);
    return makePlan(file, *snapshotOf(*m_store), false, problems);
}

static const QByteArray kFile = "version: 1\n"
                                "roles:\n- name: dev\n  permissions: [read]\n"
                                "users:\n- name: ann\n  email: ann@example.com\n"
                                "- name: default\n  full_name: The Default\n"
                                "teams:\n- name: eng\n  members: [ann]\n"
                                "assignments:\n- team: eng\n  role: dev\n";

void TestAccessGui::planDialogGroupsByKind()
{
    AccessPlanDialog dialog(planOf(kFile), QStringLiteral("/tmp/access.yaml"));
    QTreeWidget *tree = dialog.tree();
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups << tree->topLevelItem(i)->text(0);
    QCOMPARE(groups,
             (QStringList{QStringLiteral("Roles (1)"), QStringLiteral("Users (2)"),
                          QStringLiteral("Teams (1)"), QStringLiteral("Role assignments (1)")}));
    QTreeWidgetItem *users = tree->topLevelItem(1);
    QTreeWidgetItem *update = users->child(1);
    QCOMPARE(update->text(0), QStringLiteral("Update default"));
    QCOMPARE(update->child(0)->text(1), QString());
    QCOMPARE(update->child(0)->text(2), QStringLiteral("The Default"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
}

void TestAccessGui::refusedPlanCannotBeApplied()
{
    const AccessPlan plan = planOf("version: 1\nroles:\n- name: admin\n  permissions: [read]\n"
                                   "assignments:\n- user: ghost\n  role: admin\n");
    AccessPlanDialog dialog(plan, QStringLiteral("bad.yaml"));
    QTreeWidgetItem *problems = dialog.tree()->topLevelItem(0);
    QCOMPARE(problems->childCount(), 2);
    QVERIFY(problems->child(0)->text(0).startsWith(QLatin1String("Line 3, column 3:")));
    QVERIFY(problems->child(1)->text(0).startsWith(QLatin1String("Line 6, column 9:")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
}

void TestAccessGui::undoTakesTheWholeApplyBack()
{
    const QByteArray before = exported();
    QList<Problem> problems;
    QUndoStack stack;
    auto command =
        std::make_unique<ApplyAccessCommand>(*m_service, fromYaml(kFile, problems), false);
    QVERIFY(command->execute().ok());
    stack.push(command.release());
    const QByteArray after = exported();
    QVERIFY(after != before);
    QVERIFY(planOf(kFile).isEmpty());
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(exported(), before);
    stack.redo();
    QCOMPARE(exported(), after);
}

void TestAccessGui::csvPreviewMarksBadLines()
{
    const UserImport import =
        readUserImport("name,email\nann,ann@example.com\nbob,bad\n", *snapshotOf(*m_store));
    CsvImportDialog dialog(import, QStringLiteral("people.csv"));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("3"));
    QVERIFY(table->item(1, 5)->text().startsWith(QLatin1String("Column 5:")));
    QCOMPARE(table->item(1, 5)->foreground().color(), QColor(Qt::red));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

QTEST_MAIN(TestAccessGui)
#include "tst_accessgui.moc"
