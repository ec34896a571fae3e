#include "addmemberscommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

AddMembersCommand::AddMembersCommand(AdminService &service, QString team, QStringList users)
    : ServiceCommand(service, QCoreApplication::translate("Commands", "Add %n user(s) to %1",
                                                          nullptr, int(users.size()))
                                  .arg(team))
    , m_team(std::move(team))
    , m_users(std::move(users))
{}

Status AddMembersCommand::apply()
{
    auto team = m_service.team(m_team);
    if (!team)
        return team.error();
    QStringList added;
    for (const QString &user : std::as_const(m_users)) {
        auto ref = m_service.resolve(EntityKind::User, user);
        if (!ref)
            return ref.error();
        if (!team->memberIds.contains(ref->id))
            added << ref->name;
    }
    m_added = added;
    if (added.isEmpty())
        return {};
    return statusOf(m_service.addTeamMembers(m_team, added));
}

Status AddMembersCommand::revert()
{
    if (m_added.isEmpty())
        return {};
    return statusOf(m_service.removeTeamMembers(m_team, m_added));
}

} // namespace zenml::gui
