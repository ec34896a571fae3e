#include "editteamcommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

EditTeamCommand::EditTeamCommand(AdminService &service, QString oldName, QStringList oldMembers,
                                 QString newName, QStringList newMembers)
    : ServiceCommand(service, QCoreApplication::translate("Commands", "Edit team %1").arg(oldName))
    , m_oldName(std::move(oldName))
    , m_oldMembers(std::move(oldMembers))
    , m_newName(std::move(newName))
    , m_newMembers(std::move(newMembers))
{}

Status EditTeamCommand::write(AdminService &service, const QString &from, const QString &to,
                              const QStringList &members)
{
    if (from != to) {
        if (Status s = statusOf(service.renameTeam(from, to)); !s)
            return s;
    }
    return statusOf(service.setTeamMembers(to, members));
}

Status EditTeamCommand::apply()
{
    return write(m_service, m_oldName, m_newName, m_newMembers);
}

Status EditTeamCommand::revert()
{
    return write(m_service, m_newName, m_oldName, m_oldMembers);
}

} // namespace zenml::gui
