#include "userfilterproxy.h"

#include "service/adminservice.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/teamtable.h"
#include "usertablemodel.h"

namespace zenml {

UserFilterProxy::UserFilterProxy(QObject *parent)
    : TableFilterProxy(parent)
{}

void UserFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_users)
        disconnect(&m_users->service(), nullptr, this, nullptr);
    m_users = qobject_cast<UserTableModel *>(model);
    TableFilterProxy::setSourceModel(model);
    if (!m_users)
        return;
    // Who holds the role changes with assignments and team memberships.
    connect(&m_users->service(), &AdminService::changed, this, [this](EntityKind kind) {
        if (m_roleId.isEmpty() || kind == EntityKind::User || kind == EntityKind::Workspace)
            return;
        loadRoleHolders();
        refilter();
    });
}

void UserFilterProxy::setActiveFilter(std::optional<bool> active)
{
    if (active == m_active)
        return;
    m_active = active;
    refilter();
}

void UserFilterProxy::setRoleFilter(const QString &roleId)
{
    if (roleId == m_roleId)
        return;
    m_roleId = roleId;
    loadRoleHolders();
    refilter();
}

void UserFilterProxy::loadRoleHolders()
{
    m_holders.clear();
    if (m_roleId.isEmpty() || !storeModel())
        return;
    LocalStore &store = storeModel()->service().store();
    AssignmentQuery query;
    query.roleId = m_roleId;
    auto holders = store.assignments().list(query);
    if (!holders)
        return;
    for (const AssignmentView &view : *holders) {
        const RoleAssignment &a = view.assignment;
        if (a.subjectKind == SubjectKind::User) {
            m_holders.insert(a.subjectId);
        } else if (auto team = store.teams().byId(a.subjectId); team && team.value()) {
            for (const QString &member : team.value()->memberIds)
                m_holders.insert(member);
        }
    }
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const UserTableModel *users = m_users;
    if (users && m_active && users->isActive(sourceRow) != *m_active)
        return false;
    if (users && !m_roleId.isEmpty() && !m_holders.contains(users->idAt(sourceRow)))
        return false;
    return TableFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace zenml
