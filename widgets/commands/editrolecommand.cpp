#include "editrolecommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

EditRoleCommand::EditRoleCommand(AdminService &service, const Role &before, QString newName,
                                 Permissions newPermissions)
    : ServiceCommand(service,
                     QCoreApplication::translate("Commands", "Edit role %1").arg(before.name))
    , m_oldName(before.name)
    , m_oldPermissions(before.permissions)
    , m_newName(std::move(newName))
    , m_newPermissions(newPermissions)
{}

Status EditRoleCommand::write(AdminService &service, const QString &from, const QString &to,
                              Permissions permissions)
{
    RoleChanges changes;
    if (from != to)
        changes.name = to;
    changes.permissions = permissions;
    return statusOf(service.updateRole(from, changes));
}

Status EditRoleCommand::apply()
{
    return write(m_service, m_oldName, m_newName, m_newPermissions);
}

Status EditRoleCommand::revert()
{
    return write(m_service, m_newName, m_oldName, m_oldPermissions);
}

} // namespace zenml::gui
