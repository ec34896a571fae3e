#include "assignmentcommand.h"

#include <QCoreApplication>

namespace zenml::gui {

namespace {
QString describe(const AssignmentTarget &target, bool assign)
{
    const int count = int(target.users.size() + target.teams.size());
    const QString who =
        count == 1 ? (target.users + target.teams).first()
                   : QCoreApplication::translate("Commands", "%n subject(s)", nullptr, count);
    return assign
               ? QCoreApplication::translate("Commands", "Assign %1 to %2").arg(target.role, who)
               : QCoreApplication::translate("Commands", "Revoke %1 from %2").arg(target.role, who);
}
} // namespace

AssignmentCommand::AssignmentCommand(AdminService &service, AssignmentTarget target, bool assign)
    : ServiceCommand(service, describe(target, assign))
    , m_target(std::move(target))
    , m_assign(assign)
{}

Result<bool> AssignmentCommand::holds(SubjectKind kind, const QString &subject) const
{
    const bool user = kind == SubjectKind::User;
    auto found = m_service.assignments(user ? subject : QString(), user ? QString() : subject,
                                       m_target.role, m_target.workspace);
    if (!found)
        return found.error();
    for (const AssignmentView &view : *found) {
        if (view.workspaceName == m_target.workspace)
            return true;
    }
    return false;
}

Status AssignmentCommand::apply()
{
    // Find the subjects whose state this edit changes before changing anything.
    AssignmentTarget changed{m_target.role, {}, {}, m_target.workspace};
    for (const auto &[kind, from, to] :
         {std::tuple{SubjectKind::User, &m_target.users, &changed.users},
          std::tuple{SubjectKind::Team, &m_target.teams, &changed.teams}}) {
        for (const QString &subject : *from) {
            auto has = holds(kind, subject);
            if (!has)
                return has.error();
            if (*has != m_assign)
                *to << subject;
        }
    }
    m_changed = changed;
    if (changed.users.isEmpty() && changed.teams.isEmpty())
        return {};
    return m_assign ? assign(changed) : revoke(changed);
}

Status AssignmentCommand::revert()
{
    if (m_changed.users.isEmpty() && m_changed.teams.isEmpty())
        return {};
    return m_assign ? revoke(m_changed) : assign(m_changed);
}

Status AssignmentCommand::assign(const AssignmentTarget &target)
{
    return statusOf(m_service.assignRole(target, true));
}

Status AssignmentCommand::revoke(const AssignmentTarget &target)
{
    return statusOf(m_service.revokeRole(target, true));
}

} // namespace zenml::gui
