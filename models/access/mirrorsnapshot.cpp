#include "mirrorsnapshot.h"

#include "domain/permission.h"
#include "domain/rules.h"
#include "store/accessrows.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/workspacetable.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace zenml::access {

namespace {
const QString &nameOf(const AccessRows::UserRow &u)
{
    return u.name;
}
const QString &nameOf(const std::pair<QString, QString> &team)
{
    return team.second;
}
} // namespace

Result<MirrorSnapshot> snapshotOf(LocalStore &store)
{
    MirrorSnapshot s;
    AccessModel &m = s.model;

    auto workspaces = store.workspaces().list();
    if (!workspaces)
        return workspaces.error();
    for (const Workspace &w : *workspaces) {
        m.workspaces << WorkspaceEntry{
            w.name, w.description, rules::isDefaultWorkspace(w.name), {}};
        s.workspaceIds.insert(w.name, w.id);
    }

    auto roles = store.roles().list();
    if (!roles)
        return roles.error();
    for (const Role &r : *roles) {
        RoleEntry e;
        e.name = r.name;
        e.permissions = permission::names(r.permissions);
        e.builtin = rules::isBuiltinRole(r.name);
        m.roles << e;
        s.roleIds.insert(r.name, r.id);
    }

    // Users, teams, members and assignments, the big tables, in one plain query each. Each list
    // is put in the file's order here by sorting numbers (a row's rank by name) rather than names,
    // so that normalize() below only confirms the order; it sorts whatever is not in it.
    auto rows = readAccessRows(store.database());
    if (!rows)
        return rows.error();
    const auto byName = [](const auto &list) {
        std::vector<int> order(size_t(list.size()));
        std::iota(order.begin(), order.end(), 0);
        const auto less = [&list](int a, int b) { return nameOf(list.at(a)) < nameOf(list.at(b)); };
        // The rows come ordered by name from SQLite, which is this order but for rare characters.
        if (!std::is_sorted(order.begin(), order.end(), less))
            std::sort(order.begin(), order.end(), less);
        return order;
    };

    QHash<QString, int> userRank; // by id: the place in m.users
    userRank.reserve(rows->users.size());
    s.userIds.reserve(rows->users.size());
    m.users.reserve(rows->users.size());
    for (int i : byName(rows->users)) {
        const AccessRows::UserRow &u = rows->users.at(i);
        UserEntry e;
        e.name = u.name;
        e.fullName = u.fullName;
        e.email = u.email;
        e.active = u.active;
        e.builtin = rules::isDefaultUser(u.name);
        userRank.insert(u.id, int(m.users.size()));
        m.users << e;
        s.userIds.insert(u.name, u.id);
    }

    QHash<QString, int> teamRank; // by id: the place in m.teams
    for (int i : byName(rows->teams)) {
        const auto &[id, name] = rows->teams.at(i);
        teamRank.insert(id, int(m.teams.size()));
        TeamEntry e;
        e.name = name;
        m.teams << e;
        s.teamIds.insert(name, id);
    }
    // Members by rank; one whose user row is missing keeps its id as name, at the end.
    std::vector<std::vector<int>> memberRanks(size_t(m.teams.size()));
    for (const AccessRows::MemberRow &r : rows->members) {
        auto team = teamRank.constFind(r.teamId);
        if (team == teamRank.constEnd())
            continue;
        auto user = userRank.constFind(r.userId);
        if (user != userRank.constEnd())
            memberRanks[size_t(*team)].push_back(*user);
        else
            m.teams[*team].members << r.userId;
    }
    for (size_t t = 0; t < memberRanks.size(); ++t) {
        std::vector<int> &ranks = memberRanks[t];
        std::sort(ranks.begin(), ranks.end());
        QStringList names;
        names.reserve(qsizetype(ranks.size()) + m.teams[qsizetype(t)].members.size());
        for (int rank : ranks)
            names << m.users.at(rank).name;
        names << m.teams[qsizetype(t)].members;
        m.teams[qsizetype(t)].members = names;
    }

    // Roles and workspaces come sorted by name from their tables.
    QHash<QString, int> roleRank, workspaceRank; // by id
    for (int i = 0; i < m.roles.size(); ++i)
        roleRank.insert(s.roleIds.value(m.roles.at(i).name), i);
    for (int i = 0; i < m.workspaces.size(); ++i)
        workspaceRank.insert(s.workspaceIds.value(m.workspaces.at(i).name), i);
    struct Sorted
    {
        int kind, subject, workspace, role, row; // ranks; -1: global
        bool operator<(const Sorted &o) const
        {
            return std::tie(kind, subject, workspace, role) <
                   std::tie(o.kind, o.subject, o.workspace, o.role);
        }
    };
    std::vector<Sorted> order;
    order.reserve(size_t(rows->assignments.size()));
    QList<AssignmentEntry> unranked; // an id without its row: named by the id, sorted later
    for (int i = 0; i < rows->assignments.size(); ++i) {
        const AccessRows::AssignmentRow &r = rows->assignments.at(i);
        const bool isUser = r.kind == SubjectKind::User;
        const int subject = (isUser ? userRank : teamRank).value(r.subjectId, -1);
        const int role = roleRank.value(r.roleId, -1);
        const int workspace = r.workspaceId.isEmpty() ? -1 : workspaceRank.value(r.workspaceId, -2);
        if (subject >= 0 && role >= 0 && workspace != -2) {
            order.push_back({isUser ? 0 : 1, subject, workspace, role, i});
            continue;
        }
        AssignmentEntry e;
        e.role = role >= 0 ? m.roles.at(role).name : r.roleId;
        e.subjectKind = r.kind;
        e.subject = subject < 0 ? r.subjectId
                    : isUser    ? m.users.at(subject).name
                                : m.teams.at(subject).name;
        e.workspace = workspace == -1   ? QString()
                      : workspace == -2 ? r.workspaceId
                                        : m.workspaces.at(workspace).name;
        unranked << e;
    }
    std::sort(order.begin(), order.end());
    m.assignments.reserve(qsizetype(order.size()) + unranked.size());
    for (const Sorted &o : order) {
        AssignmentEntry e;
        e.role = m.roles.at(o.role).name;
        e.subjectKind = o.kind == 0 ? SubjectKind::User : SubjectKind::Team;
        e.subject = o.kind == 0 ? m.users.at(o.subject).name : m.teams.at(o.subject).name;
        if (o.workspace >= 0)
            e.workspace = m.workspaces.at(o.workspace).name;
        m.assignments << e;
    }
    m.assignments << unranked;
    m.normalize();
    return s;
}

Result<MirrorSnapshot> namesOf(LocalStore &store)
{
    MirrorSnapshot s;
    const std::pair<NamedRows, QHash<QString, QString> *> tables[] = {
        {NamedRows::Users, &s.userIds},
        {NamedRows::Teams, &s.teamIds},
        {NamedRows::Roles, &s.roleIds},
        {NamedRows::Workspaces, &s.workspaceIds},
    };
    for (const auto &[table, ids] : tables) {
        auto rows = readIdsAndNames(store.database(), table);
        if (!rows)
            return rows.error();
        ids->reserve(rows->size());
        for (const auto &[id, name] : *rows)
            ids->insert(name, id);
    }
    return s;
}

} // namespace zenml::access
