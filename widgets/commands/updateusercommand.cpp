#include "updateusercommand.h"

#include <QCoreApplication>

namespace zenml::gui {

UpdateUserCommand::UpdateUserCommand(AdminService &service, const User &before, UserChanges changes)
    : ServiceCommand(service,
                     QCoreApplication::translate("Commands", "Edit user %1").arg(before.name))
    , m_name(before.name)
    , m_changes(std::move(changes))
{
    if (m_changes.name)
        m_inverse.name = before.name;
    if (m_changes.fullName)
        m_inverse.fullName = before.fullName;
    if (m_changes.email)
        m_inverse.email = before.email;
    if (m_changes.active)
        m_inverse.active = before.active;
    // A password cannot be taken back: the old one is not known here.
}

Status UpdateUserCommand::apply()
{
    return statusOf(m_service.updateUser(m_name, m_changes));
}

Status UpdateUserCommand::revert()
{
    return statusOf(m_service.updateUser(m_changes.name.value_or(m_name), m_inverse));
}

} // namespace zenml::gui
