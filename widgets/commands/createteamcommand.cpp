#include "createteamcommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

CreateTeamCommand::CreateTeamCommand(AdminService &service, QString name, QStringList members)
    : ServiceCommand(service, QCoreApplication::translate("Commands", "Create team %1").arg(name))
    , m_name(std::move(name))
    , m_members(std::move(members))
{}

Status CreateTeamCommand::apply()
{
    return statusOf(m_service.createTeam(m_name, m_members));
}

Status CreateTeamCommand::revert()
{
    return m_service.deleteTeams({m_name});
}

} // namespace zenml::gui
