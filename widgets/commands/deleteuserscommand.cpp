#include "deleteuserscommand.h"

#include <QCoreApplication>

namespace zenml::gui {

DeleteUsersCommand::DeleteUsersCommand(AdminService &service, QStringList names)
    : ServiceCommand(service, QCoreApplication::translate("Commands", "Delete %n user(s)", nullptr,
                                                          int(names.size())))
    , m_names(std::move(names))
{}

Status DeleteUsersCommand::apply()
{
    QList<Snapshot> snapshots;
    for (const QString &name : m_names) {
        auto details = m_service.userDetails(name);
        if (!details)
            return details.error();
        Snapshot s{details->user, {}, {}};
        for (const AssignmentView &view : details->roles)
            s.roles.append({view.roleName, view.workspaceName});
        for (const NamedRef &team : details->teams)
            s.teams << team.name;
        snapshots << s;
    }
    if (Status s = m_service.deleteUsers(m_names); !s)
        return s;
    m_snapshots = snapshots;
    return {};
}

Status DeleteUsersCommand::revert()
{
    for (const Snapshot &s : std::as_const(m_snapshots)) {
        UserDraft draft{s.user.name, s.user.fullName, s.user.email, std::nullopt, {}};
        if (Status st = statusOf(m_service.createUser(draft)); !st)
            return st;
        // Created without a password the user starts inactive, as on the server.
        if (s.user.active) {
            UserChanges changes;
            changes.active = true;
            if (Status st = statusOf(m_service.updateUser(s.user.name, changes)); !st)
                return st;
        }
        for (const auto &[role, workspace] : s.roles) {
            AssignmentTarget target{role, {s.user.name}, {}, workspace};
            if (Status st = statusOf(m_service.assignRole(target, true)); !st)
                return st;
        }
        for (const QString &team : s.teams) {
            if (Status st = statusOf(m_service.addTeamMembers(team, {s.user.name})); !st)
                return st;
        }
    }
    return {};
}

} // namespace zenml::gui
