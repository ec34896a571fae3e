#include "deleteteamscommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

DeleteTeamsCommand::DeleteTeamsCommand(AdminService &service, QStringList names)
    : ServiceCommand(service, QCoreApplication::translate("Commands", "Delete %n team(s)", nullptr,
                                                          int(names.size())))
    , m_names(std::move(names))
{}

Status DeleteTeamsCommand::apply()
{
    QList<Snapshot> snapshots;
    for (const QString &name : m_names) {
        auto team = m_service.team(name);
        if (!team)
            return team.error();
        Snapshot s{team->name, {}, {}};
        for (const QString &id : team->memberIds) {
            auto user = m_service.resolve(EntityKind::User, id);
            if (user)
                s.members << user->name;
        }
        auto roles = m_service.assignments({}, team->name);
        if (!roles)
            return roles.error();
        for (const AssignmentView &view : *roles)
            s.roles.append({view.roleName, view.workspaceName});
        snapshots << s;
    }
    if (Status s = m_service.deleteTeams(m_names); !s)
        return s;
    m_snapshots = snapshots;
    return {};
}

Status DeleteTeamsCommand::revert()
{
    for (const Snapshot &s : std::as_const(m_snapshots)) {
        if (Status st = statusOf(m_service.createTeam(s.name, s.members)); !st)
            return st;
        for (const auto &[role, workspace] : s.roles) {
            AssignmentTarget target{role, {}, {s.name}, workspace};
            if (Status st = statusOf(m_service.assignRole(target, true)); !st)
                return st;
        }
    }
    return {};
}

} // namespace zenml::gui
