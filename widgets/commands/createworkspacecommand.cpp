#include "createworkspacecommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

CreateWorkspaceCommand::CreateWorkspaceCommand(AdminService &service, QString name,
                                               QString description)
    : ServiceCommand(service,
                     QCoreApplication::translate("Commands", "Create workspace %1").arg(name))
    , m_name(std::move(name))
    , m_description(std::move(description))
{}

Status CreateWorkspaceCommand::apply()
{
    return statusOf(m_service.createWorkspace(m_name, m_description));
}

Status CreateWorkspaceCommand::revert()
{
    return m_service.deleteWorkspaces({m_name});
}

} // namespace zenml::gui
