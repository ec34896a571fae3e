#include "deleterolescommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

DeleteRolesCommand::DeleteRolesCommand(AdminService &service, QStringList names)
    : ServiceCommand(service, QCoreApplication::translate("Commands", "Delete %n role(s)", nullptr,
                                                          int(names.size())))
    , m_names(std::move(names))
{}

Status DeleteRolesCommand::apply()
{
    QList<Role> snapshots;
    for (const QString &name : m_names) {
        auto role = m_service.role(name);
        if (!role)
            return role.error();
        snapshots << *role;
    }
    if (Status s = m_service.deleteRoles(m_names); !s)
        return s;
    m_snapshots = snapshots;
    return {};
}

Status DeleteRolesCommand::revert()
{
    for (const Role &role : std::as_const(m_snapshots)) {
        if (Status s = statusOf(m_service.createRole(role.name, role.permissions)); !s)
            return s;
    }
    return {};
}

} // namespace zenml::gui
