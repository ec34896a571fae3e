#include "deleteworkspacescommand.h"

#include "service/adminservice.h"

#include <QCoreApplication>

namespace zenml::gui {

DeleteWorkspacesCommand::DeleteWorkspacesCommand(AdminService &service, QStringList names)
    : ServiceCommand(service, QCoreApplication::translate("Commands", "Delete %n workspace(s)",
                                                          nullptr, int(names.size())))
    , m_names(std::move(names))
{}

Status DeleteWorkspacesCommand::apply()
{
    auto all = m_service.workspaces();
    if (!all)
        return all.error();
    QList<Snapshot> snapshots;
    for (const QString &name : m_names) {
        auto ref = m_service.resolve(EntityKind::Workspace, name);
        if (!ref)
            return ref.error();
        auto it = std::find_if(all->cbegin(), all->cend(),
                               [&](const Workspace &w) { return w.id == ref->id; });
        if (it == all->cend())
            return Error::make(
                ErrorKind::NotFound,
                QCoreApplication::translate("Commands", "No workspace is named '%1'.").arg(name));
        Snapshot s{it->name, it->description, {}};
        // Names, not ids: an undo re-creates the workspace under a new id.
        auto scoped = m_service.assignments({}, {}, {}, it->name);
        if (!scoped)
            return scoped.error();
        for (const AssignmentView &view : *scoped)
            s.assignments.append({view.assignment.subjectKind, view.subjectName, view.roleName});
        snapshots << s;
    }
    if (Status s = m_service.deleteWorkspaces(m_names); !s)
        return s;
    m_snapshots = snapshots;
    return {};
}

Status DeleteWorkspacesCommand::revert()
{
    for (const Snapshot &s : std::as_const(m_snapshots)) {
        if (Status st = statusOf(m_service.createWorkspace(s.name, s.description)); !st)
            return st;
        for (const Scoped &a : s.assignments) {
            AssignmentTarget target{a.role, {}, {}, s.name};
            (a.kind == SubjectKind::User ? target.users : target.teams) << a.subject;
            if (Status st = statusOf(m_service.assignRole(target, true)); !st)
                return st;
        }
    }
    return {};
}

} // namespace zenml::gui
