#include "planapplier.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::access {

namespace {

struct ApplyText
{
    Q_DECLARE_TR_FUNCTIONS(zenml::access::ApplyText)
};

std::optional<QString> changed(const PlanChange &c, const QString &field)
{
    for (const FieldChange &f : c.fields)
        if (f.field == field)
            return f.after;
    return std::nullopt;
}

Status applyOne(AdminService &service, const PlanChange &c)
{
    const QStringList one{c.name};
    switch (c.kind) {
    case ChangeKind::Workspace:
        if (c.action == Action::Create) {
            auto r = service.createWorkspace(c.workspace.name, c.workspace.description);
            return r ? Status() : Status(r.error());
        }
        if (c.action == Action::Update) {
            auto r = service.updateWorkspace(c.name, std::nullopt, c.workspace.description);
            return r ? Status() : Status(r.error());
        }
        return service.deleteWorkspaces(one);
    case ChangeKind::Role: {
        if (c.action == Action::Delete)
            return service.deleteRoles(one);
        const Permissions permissions = permission::fromNames(c.role.permissions);
        if (c.action == Action::Create) {
            auto r = service.createRole(c.role.name, permissions);
            return r ? Status() : Status(r.error());
        }
        RoleChanges changes;
        changes.permissions = permissions;
        auto r = service.updateRole(c.name, changes);
        return r ? Status() : Status(r.error());
    }
    case ChangeKind::User: {
        if (c.action == Action::Delete)
            return service.deleteUsers(one);
        if (c.action == Action::Create) {
            UserDraft draft;
            draft.name = c.user.name;
            draft.fullName = c.user.fullName;
            draft.email = c.user.email;
            auto created = service.createUser(draft);
            if (!created)
                return created.error();
            if (c.user.active == created->active)
                return {};
            UserChanges activate;
            activate.active = c.user.active;
            auto r = service.updateUser(created->id, activate);
            return r ? Status() : Status(r.error());
        }
        UserChanges changes;
        changes.fullName = changed(c, QStringLiteral("full_name"));
        changes.email = changed(c, QStringLiteral("email"));
        if (changed(c, QStringLiteral("active")))
            changes.active = c.user.active;
        auto r = service.updateUser(c.name, changes);
        return r ? Status() : Status(r.error());
    }
    case ChangeKind::Team: {
        if (c.action == Action::Delete)
            return service.deleteTeams(one);
        auto r = c.action == Action::Create ? service.createTeam(c.team.name, c.team.members)
                                            : service.setTeamMembers(c.name, c.team.members);
        return r ? Status() : Status(r.error());
    }
    case ChangeKind::Assignment: {
        AssignmentTarget target;
        target.role = c.assignment.role;
        (c.assignment.subjectKind == SubjectKind::User ? target.users : target.teams)
            << c.assignment.subject;
        target.workspace = c.assignment.workspace;
        if (c.action == Action::Create) {
            auto r = service.assignRole(target, true);
            return r ? Status() : Status(r.error());
        }
        auto r = service.revokeRole(target, true);
        return r ? Status() : Status(r.error());
    }
    }
    return {};
}

} // namespace

Status applyPlan(AdminService &service, const AccessPlan &plan)
{
    if (!plan.problems.isEmpty())
        return Error::make(ErrorKind::Invalid,
                           ApplyText::tr("The file has %n problem(s); nothing was queued.", "",
                                         int(plan.problems.size())));
    if (plan.changes.isEmpty())
        return {};
    return service.atomically([&]() -> Status {
        for (const PlanChange &c : plan.changes) {
            if (Status s = applyOne(service, c); !s) {
                Error e = s.error();
                e.message = ApplyText::tr("%1 %2 '%3': %4")
                                .arg(actionKey(c.action), kindKey(c.kind), c.name, e.message);
                return e;
            }
        }
        return {};
    });
}

} // namespace zenml::access
