#include "commands/editor.h"

#include "commands/addmemberscommand.h"
#include "commands/assignmentcommand.h"
#include "commands/createrolecommand.h"
#include "commands/createteamcommand.h"
#include "commands/createusercommand.h"
#include "commands/createworkspacecommand.h"
#include "commands/deleterolescommand.h"
#include "commands/deleteteamscommand.h"
#include "commands/deleteuserscommand.h"
#include "commands/deleteworkspacescommand.h"
#include "commands/editrolecommand.h"
#include "commands/editteamcommand.h"
#include "commands/editworkspacecommand.h"
#include "commands/prompter.h"
#include "commands/updateusercommand.h"
#include "domain/rules.h"

namespace zenml::gui {

namespace {
// Long selections are listed up to this many names, then counted.
constexpr int kListedNames = 15;
} // namespace

Editor::Editor(AdminService &service, Prompter &prompter, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_prompter(prompter)
{}

Status Editor::run(std::unique_ptr<ServiceCommand> command)
{
    command->setErrorSink([this](const Error &error) { showError(error); });
    Status done = command->execute();
    if (!done) {
        showError(done.error());
        return done;
    }
    const QString text = command->text();
    m_undo.push(command.release());
    Q_EMIT this->done(text);
    return done;
}

void Editor::showError(const Error &error)
{
    // A storage fault (a full disk above all) is no reason to stop the app: the database is as
    // it was, and the person frees space and tries again with the window still in hand.
    if (error.kind == ErrorKind::Io)
        m_prompter.showNotice(m_parent, tr("The change was not saved"), error.message);
    else
        m_prompter.showError(m_parent, tr("The change was not made"), error.message);
    Q_EMIT failed(error.message);
}

bool Editor::confirmDelete(const QString &what, const QStringList &names)
{
    QStringList listed = names.mid(0, kListedNames);
    if (names.size() > kListedNames)
        listed << tr("… and %n more", nullptr, int(names.size() - kListedNames));
    return m_prompter.confirm(m_parent, tr("Delete"), what,
                              listed.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                  tr("You can undo this with Ctrl+Z."));
}

Status Editor::createUser(const UserDraft &draft)
{
    return run(std::make_unique<CreateUserCommand>(m_service, draft));
}

Status Editor::updateUser(const User &before, const UserChanges &changes)
{
    return run(std::make_unique<UpdateUserCommand>(m_service, before, changes));
}

Status Editor::deleteUsers(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    if (!confirmDelete(tr("Delete %n user(s)? Their role assignments and team memberships go "
                          "with them.",
                          nullptr, int(names.size())),
                       names))
        return Error::make(ErrorKind::Cancelled, tr("Nothing was deleted."));
    return run(std::make_unique<DeleteUsersCommand>(m_service, names));
}

Status Editor::createTeam(const QString &name, const QStringList &members)
{
    return run(std::make_unique<CreateTeamCommand>(m_service, name, members));
}

Status Editor::editTeam(const QString &oldName, const QString &newName, const QStringList &members)
{
    auto team = m_service.team(oldName);
    if (!team) {
        showError(team.error());
        return team.error();
    }
    QStringList oldMembers;
    for (const QString &id : team->memberIds) {
        if (auto user = m_service.resolve(EntityKind::User, id))
            oldMembers << user->name;
    }
    return run(std::make_unique<EditTeamCommand>(m_service, oldName, oldMembers, newName, members));
}

Status Editor::deleteTeams(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    if (!confirmDelete(tr("Delete %n team(s)? Their role assignments go with them; the members "
                          "stay.",
                          nullptr, int(names.size())),
                       names))
        return Error::make(ErrorKind::Cancelled, tr("Nothing was deleted."));
    return run(std::make_unique<DeleteTeamsCommand>(m_service, names));
}

Status Editor::addToTeam(const QString &team, const QStringList &users)
{
    return run(std::make_unique<AddMembersCommand>(m_service, team, users));
}

Status Editor::createRole(const QString &name, Permissions permissions)
{
    return run(std::make_unique<CreateRoleCommand>(m_service, name, permissions));
}

Status Editor::editRole(const Role &before, const QString &newName, Permissions permissions)
{
    return run(std::make_unique<EditRoleCommand>(m_service, before, newName, permissions));
}

Status Editor::deleteRoles(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    if (!confirmDelete(tr("Delete %n role(s)?", nullptr, int(names.size())), names))
        return Error::make(ErrorKind::Cancelled, tr("Nothing was deleted."));
    return run(std::make_unique<DeleteRolesCommand>(m_service, names));
}

Status Editor::createWorkspace(const QString &name, const QString &description)
{
    return run(std::make_unique<CreateWorkspaceCommand>(m_service, name, description));
}

Status Editor::editWorkspace(const Workspace &before, const QString &newName,
                             const QString &newDescription)
{
    return run(std::make_unique<EditWorkspaceCommand>(m_service, before, newName, newDescription));
}

Status Editor::deleteWorkspaces(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    // The default workspace is refused before asking: a confirmation that cannot be honoured
    // would only be a second dialog to dismiss.
    for (const QString &name : names) {
        if (Status s = rules::canDeleteWorkspace(Workspace{{}, name, {}, {}, {}}); !s) {
            showError(s.error());
            return s;
        }
    }
    QStringList listed;
    int scoped = 0;
    for (const QString &name : names) {
        auto views = m_service.assignments({}, {}, {}, name);
        const int count = views ? int(views->size()) : 0;
        scoped += count;
        listed << (count > 0
                       ? tr("%1 (%n role assignment(s) scoped to it)", nullptr, count).arg(name)
                       : name);
    }
    const QString question =
        scoped > 0 ? tr("Delete %n workspace(s)? The role assignments scoped to them go with "
                        "them; the users, teams and roles stay.",
                        nullptr, int(names.size()))
                   : tr("Delete %n workspace(s)?", nullptr, int(names.size()));
    if (!confirmDelete(question, listed))
        return Error::make(ErrorKind::Cancelled, tr("Nothing was deleted."));
    return run(std::make_unique<DeleteWorkspacesCommand>(m_service, names));
}

Status Editor::assign(const AssignmentTarget &target)
{
    return run(std::make_unique<AssignmentCommand>(m_service, target, true));
}

Status Editor::revoke(const AssignmentTarget &target)
{
    return run(std::make_unique<AssignmentCommand>(m_service, target, false));
}

Status Editor::revokeAll(const QList<AssignmentTarget> &targets)
{
    if (targets.isEmpty())
        return {};
    QStringList listed;
    for (const AssignmentTarget &t : targets) {
        for (const QString &subject : t.users + t.teams)
            listed << (t.workspace.isEmpty()
                           ? tr("%1: %2 — global").arg(subject, t.role)
                           : tr("%1: %2 — in workspace %3").arg(subject, t.role, t.workspace));
    }
    if (!confirmDelete(tr("Revoke %n role assignment(s)?", nullptr, int(listed.size())), listed))
        return Error::make(ErrorKind::Cancelled, tr("Nothing was revoked."));
    m_undo.beginMacro(tr("Revoke %n role assignment(s)", nullptr, int(listed.size())));
    Status result;
    for (const AssignmentTarget &t : targets) {
        result = run(std::make_unique<AssignmentCommand>(m_service, t, false));
        if (!result)
            break;
    }
    m_undo.endMacro();
    return result;
}

} // namespace zenml::gui
