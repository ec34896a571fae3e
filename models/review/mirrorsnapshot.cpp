#include "mirrorsnapshot.h"

#include "store/sqlutil.h"

#include <QSqlQuery>
#include <algorithm>

namespace zenml::review {

namespace {

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return sql::errorOf(q);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sql::errorOf(q);
    return q;
}

} // namespace

Status MirrorSnapshot::loadRolesAndWorkspaces(const QSqlDatabase &db)
{
    auto roleRows = run(db, QStringLiteral("SELECT id, name FROM roles ORDER BY name"), {});
    if (!roleRows)
        return roleRows.error();
    while (roleRows->next()) {
        m_roleIndex.insert(roleRows->value(0).toString(), int(roles.size()));
        roles.append({roleRows->value(0).toString(), roleRows->value(1).toString(), {}});
    }
    auto perms = run(db, QStringLiteral("SELECT role_id, permission FROM role_permissions"), {});
    if (!perms)
        return perms.error();
    while (perms->next()) {
        const int r = m_roleIndex.value(perms->value(0).toString(), -1);
        const auto p = permission::parse(perms->value(1).toString());
        if (r >= 0 && p)
            roles[r].permissions |= *p;
    }
    auto ws = run(db, QStringLiteral("SELECT id, name FROM workspaces"), {});
    if (!ws)
        return ws.error();
    while (ws->next())
        workspaceNames.insert(ws->value(0).toString(), ws->value(1).toString());
    return {};
}

Result<MirrorSnapshot> MirrorSnapshot::load(const QSqlDatabase &db)
{
    MirrorSnapshot s;
    if (Status st = s.loadRolesAndWorkspaces(db); !st)
        return st.error();
    // Sized once: growing lists of 100,000 rows step by step copies them again and again.
    auto counts = run(db,
                      QStringLiteral("SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM "
                                     "user_role_assignments) + (SELECT COUNT(*) FROM "
                                     "team_role_assignments)"),
                      {});
    if (!counts)
        return counts.error();
    if (counts->next()) {
        s.users.reserve(counts->value(0).toInt());
        s.assignments.reserve(counts->value(1).toInt());
    }
    // In table order, sorted here: ORDER BY name walks the name index and fetches each row from
    // the table by id, which took half the read of 100,000 users; names compare as SQLite's
    // BINARY collation does (code units).
    auto users = run(db,
                     QStringLiteral("SELECT id, name, active, is_service_account, CASE WHEN "
                                    "active = 0 AND is_service_account = 0 THEN created END "
                                    "FROM users"),
                     {});
    if (!users)
        return users.error();
    while (users->next()) {
        s.users.append({users->value(0).toString(), users->value(1).toString(),
                        users->value(2).toBool(), users->value(3).toBool(),
                        users->value(4).toString()});
    }
    std::sort(s.users.begin(), s.users.end(),
              [](const UserRow &a, const UserRow &b) { return a.name < b.name; });
    auto teams = run(db, QStringLiteral("SELECT id, name FROM teams ORDER BY name"), {});
    if (!teams)
        return teams.error();
    while (teams->next())
        s.teams.append({teams->value(0).toString(), teams->value(1).toString(), {}});
    s.index();
    auto members = run(db, QStringLiteral("SELECT team_id, user_id FROM team_members"), {});
    if (!members)
        return members.error();
    while (members->next()) {
        const int t = s.teamIndex(members->value(0).toString());
        const int u = s.userIndex(members->value(1).toString());
        if (t >= 0 && u >= 0) {
            s.teams[t].members.append(u);
            s.userTeams[u].append(t);
        }
    }
    for (SubjectKind kind : {SubjectKind::User, SubjectKind::Team}) {
        const bool user = kind == SubjectKind::User;
        auto rows = run(db,
                        QStringLiteral("SELECT %1, role_id, workspace_id FROM %2")
                            .arg(user ? QStringLiteral("user_id") : QStringLiteral("team_id"),
                                 user ? QStringLiteral("user_role_assignments")
                                      : QStringLiteral("team_role_assignments")),
                        {});
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QString subjectId = rows->value(0).toString();
            const int subject = user ? s.userIndex(subjectId) : s.teamIndex(subjectId);
            const int role = s.roleIndex(rows->value(1).toString());
            if (subject < 0 || role < 0)
                continue;
            const int at = int(s.assignments.size());
            s.assignments.append({kind, subject, role, rows->value(2).toString()});
            (user ? s.userAssignments : s.teamAssignments)[subject].append(at);
        }
    }
    return s;
}

Result<MirrorSnapshot> MirrorSnapshot::loadUser(const QSqlDatabase &db, const QString &userId)
{
    MirrorSnapshot s;
    if (Status st = s.loadRolesAndWorkspaces(db); !st)
        return st.error();
    auto user = run(db,
                    QStringLiteral("SELECT id, name, active, is_service_account, created FROM "
                                   "users WHERE id = ?"),
                    {userId});
    if (!user)
        return user.error();
    if (!user->next())
        return Error::make(ErrorKind::NotFound,
                           QStringLiteral("No user has the id '%1'.").arg(userId));
    s.users.append({user->value(0).toString(), user->value(1).toString(), user->value(2).toBool(),
                    user->value(3).toBool(), user->value(4).toString()});
    auto teams = run(db,
                     QStringLiteral("SELECT t.id, t.name FROM team_members m JOIN teams t ON "
                                    "t.id = m.team_id WHERE m.user_id = ? ORDER BY t.name"),
                     {userId});
    if (!teams)
        return teams.error();
    while (teams->next())
        s.teams.append({teams->value(0).toString(), teams->value(1).toString(), {}});
    s.index();
    for (int t = 0; t < s.teams.size(); ++t) {
        s.teams[t].members.append(0);
        s.userTeams[0].append(t);
    }
    auto own = run(db,
                   QStringLiteral("SELECT role_id, workspace_id FROM user_role_assignments "
                                  "WHERE user_id = ?"),
                   {userId});
    if (!own)
        return own.error();
    while (own->next()) {
        const int role = s.roleIndex(own->value(0).toString());
        if (role < 0)
            continue;
        s.userAssignments[0].append(int(s.assignments.size()));
        s.assignments.append({SubjectKind::User, 0, role, own->value(1).toString()});
    }
    auto viaTeams = run(db,
                        QStringLiteral("SELECT team_id, role_id, workspace_id FROM "
                                       "team_role_assignments WHERE team_id IN (SELECT team_id "
                                       "FROM team_members WHERE user_id = ?)"),
                        {userId});
    if (!viaTeams)
        return viaTeams.error();
    while (viaTeams->next()) {
        const int team = s.teamIndex(viaTeams->value(0).toString());
        const int role = s.roleIndex(viaTeams->value(1).toString());
        if (team < 0 || role < 0)
            continue;
        s.teamAssignments[team].append(int(s.assignments.size()));
        s.assignments.append({SubjectKind::Team, team, role, viaTeams->value(2).toString()});
    }
    return s;
}

void MirrorSnapshot::index()
{
    m_userIndex.reserve(users.size());
    for (int i = 0; i < users.size(); ++i)
        m_userIndex.insert(users.at(i).id, i);
    for (int i = 0; i < teams.size(); ++i)
        m_teamIndex.insert(teams.at(i).id, i);
    userTeams.resize(users.size());
    userAssignments.resize(users.size());
    teamAssignments.resize(teams.size());
}

GrantPath MirrorSnapshot::pathOf(int assignment) const
{
    const AssignmentRow &a = assignments.at(assignment);
    const RoleRow &r = roles.at(a.role);
    GrantPath p;
    p.roleId = r.id;
    p.roleName = r.name;
    p.permissions = r.permissions;
    if (a.kind == SubjectKind::Team) {
        p.teamId = teams.at(a.subject).id;
        p.teamName = teams.at(a.subject).name;
    }
    p.workspaceId = a.workspaceId;
    p.workspaceName = workspaceNames.value(a.workspaceId);
    return p;
}

QList<GrantPath> MirrorSnapshot::pathsOf(int user) const
{
    QList<GrantPath> paths;
    for (int a : userAssignments.at(user))
        paths.append(pathOf(a));
    for (int t : userTeams.at(user)) {
        for (int a : teamAssignments.at(t))
            paths.append(pathOf(a));
    }
    return paths;
}

} // namespace zenml::review
