#include "createrolecommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

CreateRoleCommand::CreateRoleCommand(AdminService &service, QString name, Permissions permissions)
    : ServiceCommand(service, QCoreApplication::translate("Commands", "Create role %1").arg(name))
    , m_name(std::move(name))
    , m_permissions(permissions)
{}

Status CreateRoleCommand::apply()
{
    return statusOf(m_service.createRole(m_name, m_permissions));
}

Status CreateRoleCommand::revert()
{
    return m_service.deleteRoles({m_name});
}

} // namespace zenml::gui
