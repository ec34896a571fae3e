// The table models and proxies of models/item, each watched by QAbstractItemModelTester.
#include "item/assignmenttablemodel.h"
#include "item/itemroles.h"
#include "item/permissiontablemodel.h"
#include "item/rolematrixmodel.h"
#include "item/roletablemodel.h"
#include "item/tablefilterproxy.h"
#include "item/teamtablemodel.h"
#include "item/userfilterproxy.h"
#include "item/usertablemodel.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "store/usertable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zenml;

class TstItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void usersLoadSortAndSearch();
    void userStatusAndRoleFilters();
    void usersReloadAfterFacadeChange();
    void usersLoadFirstPageThenTheRestInTheBackground();
    void teamsRolesPermissionsAssignments();
    void matrixShowsAndTogglesAssignments();
    void matrixScopeIsPerWorkspace();

private:
    void attach(QAbstractItemModel *model)
    {
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, col).data(role).toString();
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AdminService> m_service;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TstItemModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = LocalStore::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store.value());
    QVERIFY(m_store->seedLocalDefaults());
    m_service = std::make_unique<AdminService>(*m_store, ProfileKind::Local);
    QVERIFY(m_service->createRole(QStringLiteral("viewer"), Permission::Read));
    QVERIFY(m_service->createUser({QStringLiteral("carla"),
                                   QStringLiteral("Carla Zeta"),
                                   QStringLiteral("carla@example.com"),
                                   QStringLiteral("pw"),
                                   {QStringLiteral("viewer")}}));
    QVERIFY(m_service->createUser({QStringLiteral("anton"),
                                   QStringLiteral("Anton Young"),
                                   QStringLiteral("zz@example.com"),
                                   std::nullopt,
                                   {}}));
    QVERIFY(m_service->createUser({QStringLiteral("Berta"),
                                   QStringLiteral("Berta Xavier"),
                                   QStringLiteral("berta@example.org"),
                                   QStringLiteral("pw"),
                                   {}}));
    QVERIFY(m_service->createTeam(QStringLiteral("ops"), {QStringLiteral("Berta")}));
    QVERIFY(m_service->createWorkspace(QStringLiteral("lab")));
}

void TstItemModels::cleanup()
{
    m_testers.clear();
    m_service.reset();
    m_store.reset();
    m_dir.reset();
}

void TstItemModels::usersLoadSortAndSearch()
{
    UserTableModel users(*m_service);
    attach(&users);
    UserFilterProxy proxy;
    proxy.setSourceModel(&users);
    attach(&proxy);
    QVERIFY(users.reload());
    QCOMPARE(users.rowCount(), 4);
    QCOMPARE(users.columnCount(), int(UserTableModel::ColumnCount));
    // Sorted by name, case-insensitively.
    QCOMPARE(column(proxy, UserTableModel::Name),
             QStringList({"anton", "Berta", "carla", "default"}));
    proxy.sort(UserTableModel::FullName, Qt::AscendingOrder);
    QCOMPARE(column(proxy, UserTableModel::Name),
             QStringList({"default", "anton", "Berta", "carla"}));
    proxy.sort(UserTableModel::Email, Qt::DescendingOrder);
    QCOMPARE(column(proxy, UserTableModel::Name).first(), QStringLiteral("anton"));
    QCOMPARE(users.index(0, UserTableModel::Status).data(itemrole::Raw).toBool(), false);

    proxy.setSearchText(QStringLiteral("EXAMPLE.ORG"));
    QCOMPARE(column(proxy, UserTableModel::Name), QStringList({"Berta"}));
    proxy.setSearchText(QStringLiteral("zeta"));
    QCOMPARE(column(proxy, UserTableModel::Name), QStringList({"carla"}));
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 4);

    const int row = users.rowOfName(QStringLiteral("carla"));
    QVERIFY(row >= 0);
    QCOMPARE(users.idAt(row), users.index(row, 0).data(itemrole::Id).toString());
    QCOMPARE(users.rowOf(users.idAt(row)), row);
}

void TstItemModels::userStatusAndRoleFilters()
{
    UserTableModel users(*m_service);
    UserFilterProxy proxy;
    proxy.setSourceModel(&users);
    attach(&proxy);
    QVERIFY(users.reload());
    proxy.setActiveFilter(false);
    QCOMPARE(column(proxy, 0), QStringList({"anton"}));
    proxy.setActiveFilter(std::nullopt);
    auto viewer = m_service->role(QStringLiteral("viewer"));
    QVERIFY(viewer);
    proxy.setRoleFilter(viewer->id);
    QCOMPARE(column(proxy, 0), QStringList({"carla"}));
    // Holding the role through a team counts too, and the filter follows the change.
    QVERIFY(m_service->assignRole({QStringLiteral("viewer"), {}, {QStringLiteral("ops")}, {}}));
    QCOMPARE(column(proxy, 0), QStringList({"Berta", "carla"}));
}

void TstItemModels::usersReloadAfterFacadeChange()
{
    UserTableModel users(*m_service);
    attach(&users);
    QVERIFY(users.reload());
    QSignalSpy reloaded(&users, &StoreTableModel::reloaded);
    QVERIFY(m_service->createUser({QStringLiteral("dora"), {}, {}, std::nullopt, {}}));
    QVERIFY(m_service->deleteUsers({QStringLiteral("anton")}));
    QTRY_COMPARE(reloaded.count(), 1); // two changes, one reload
    QCOMPARE(users.rowCount(), 4);
    QVERIFY(users.rowOfName(QStringLiteral("dora")) >= 0);
    QCOMPARE(users.rowOfName(QStringLiteral("anton")), -1);
}

void TstItemModels::usersLoadFirstPageThenTheRestInTheBackground()
{
    for (int i = 0; i < 400; ++i)
        QVERIFY(m_store->users().insert(
            {QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
             QStringLiteral("bulk%1").arg(i, 3, 10, QLatin1Char('0')),
             {},
             {},
             true,
             false,
             false,
             {},
             {}},
            SyncState::Clean));
    UserTableModel users(*m_service);
    attach(&users);
    UserFilterProxy proxy;
    proxy.setSourceModel(&users);
    attach(&proxy);
    QSignalSpy reloaded(&users, &StoreTableModel::reloaded);
    users.sort(UserTableModel::Name, Qt::DescendingOrder);
    users.startReload();
    // At once: the first page, in the model's order; the rest arrives from the worker thread.
    QVERIFY(users.isLoaded());
    QVERIFY(users.isPartial());
    QCOMPARE(users.rowCount(), 300);
    QCOMPARE(users.nameAt(0), QStringLiteral("default"));
    QVERIFY(reloaded.wait(10000));
    QVERIFY(!users.isPartial());
    QCOMPARE(users.rowCount(), 404);
    QCOMPARE(users.nameAt(0), QStringLiteral("default"));
    QCOMPARE(users.nameAt(403), QStringLiteral("anton"));
    proxy.setSearchText(QStringLiteral("BULK39"));
    QCOMPARE(proxy.rowCount(), 10);
}

void TstItemModels::teamsRolesPermissionsAssignments()
{
    TeamTableModel teams(*m_service);
    RoleTableModel roles(*m_service);
    PermissionTableModel permissions(*m_service);
    AssignmentTableModel assignments(*m_service);
    TableFilterProxy assignmentProxy;
    assignmentProxy.setSourceModel(&assignments);
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
             &teams, &roles, &permissions, &assignments, &assignmentProxy})
        attach(m);
    for (StoreTableModel *m :
         std::initializer_list<StoreTableModel *>{&teams, &roles, &permissions, &assignments})
        QVERIFY(m->reload());

    QCOMPARE(teams.rowCount(), 1);
    QCOMPARE(teams.index(0, TeamTableModel::Members).data().toString(), QStringLiteral("1"));
    QCOMPARE(column(roles, RoleTableModel::Name, itemrole::Name),
             QStringList({"admin", "guest", "viewer"}));
    QCOMPARE(roles.index(0, RoleTableModel::Holders).data(itemrole::Raw).toInt(), 1);
    roles.sort(RoleTableModel::Holders, Qt::DescendingOrder);
    QCOMPARE(roles.nameAt(2), QStringLiteral("guest"));
    QCOMPARE(permissions.rowCount(), 3);
    QCOMPARE(permissions.index(1, PermissionTableModel::Roles).data().toString(),
             QStringLiteral("admin"));
    QCOMPARE(assignments.rowCount(), 2); // default → admin, carla → viewer
    assignmentProxy.setSearchText(QStringLiteral("VIEW"));
    QCOMPARE(assignmentProxy.rowCount(), 1);
    QCOMPARE(assignmentProxy.index(0, AssignmentTableModel::Subject).data().toString(),
             QStringLiteral("carla"));

    QVERIFY(m_service->addTeamMembers(QStringLiteral("ops"), {QStringLiteral("carla")}));
    QTRY_COMPARE(teams.index(0, TeamTableModel::Members).data().toString(), QStringLiteral("2"));
    QVERIFY(m_service->updateRole(QStringLiteral("viewer"), {{}, {}, Permission::Write, {}}));
    QTRY_COMPARE(permissions.index(1, PermissionTableModel::Roles).data().toString(),
                 QStringLiteral("admin, viewer"));
}

void TstItemModels::matrixShowsAndTogglesAssignments()
{
    UserTableModel users(*m_service);
    QVERIFY(users.reload());
    RoleMatrixModel matrix(*m_service, SubjectKind::User, &users);
    attach(&matrix);
    TableFilterProxy proxy;
    proxy.setSourceModel(&matrix);
    attach(&proxy);
    QVERIFY(matrix.reload());
    QCOMPARE(matrix.columnCount(), 4); // name + admin, guest, viewer
    const int carla = users.rowOfName(QStringLiteral("carla"));
    const int viewer = matrix.columnOfRole(QStringLiteral("viewer"));
    const int guest = matrix.columnOfRole(QStringLiteral("guest"));
    QCOMPARE(matrix.index(carla, viewer).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(matrix.index(carla, guest).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    QVERIFY(matrix.setData(matrix.index(carla, guest), Qt::Checked, Qt::CheckStateRole));
    auto held = m_service->assignments(QStringLiteral("carla"), {}, QStringLiteral("guest"));
    QVERIFY(held);
    QCOMPARE(held->size(), 1);
    QVERIFY(matrix.setData(matrix.index(carla, viewer), Qt::Unchecked, Qt::CheckStateRole));
    QTRY_COMPARE(matrix.index(carla, viewer).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    proxy.setSearchText(QStringLiteral("carl"));
    QCOMPARE(proxy.rowCount(), 1);
    // The matrix follows a re-sort of its subject model.
    users.sort(UserTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(matrix.index(0, 0).data().toString(), QStringLiteral("default"));
}

void TstItemModels::matrixScopeIsPerWorkspace()
{
    TeamTableModel teams(*m_service);
    QVERIFY(teams.reload());
    RoleMatrixModel matrix(*m_service, SubjectKind::Team, &teams);
    attach(&matrix);
    auto lab = m_service->resolve(EntityKind::Workspace, QStringLiteral("lab"));
    QVERIFY(lab);
    QVERIFY(matrix.setWorkspace(lab->id));
    const int guest = matrix.columnOfRole(QStringLiteral("guest"));
    QVERIFY(matrix.setData(matrix.index(0, guest), Qt::Checked, Qt::CheckStateRole));
    auto inLab = m_service->assignments({}, QStringLiteral("ops"), {}, QStringLiteral("lab"));
    QVERIFY(inLab);
    QCOMPARE(inLab->size(), 1);
    QVERIFY(matrix.setWorkspace(QString()));
    QCOMPARE(matrix.index(0, guest).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // A refused toggle says why and leaves the cell as it was.
    matrix.setToggleHandler([](SubjectKind, const QString &, const QString &, const QString &,
                               bool) { return Status(Error::make(ErrorKind::Forbidden, "no")); });
    QSignalSpy failed(&matrix, &RoleMatrixModel::toggleFailed);
    QVERIFY(!matrix.setData(matrix.index(0, guest), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(matrix.index(0, guest).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

QTEST_GUILESS_MAIN(TstItemModels)
#include "tst_itemmodels.moc"
