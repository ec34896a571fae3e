#include "effectivepermissions.h"

#include "mirrorsnapshot.h"
#include "service/adminservice.h"
#include "store/localstore.h"

#include <QSet>
#include <algorithm>

namespace zenml::review {

namespace {

void addPath(QList<GrantPath> &paths, const GrantPath &p)
{
    if (!paths.contains(p))
        paths.append(p);
}

EffectivePermissions fromPaths(const MirrorSnapshot::UserRow &user, const QList<GrantPath> &paths,
                               const QString &workspaceId, const QString &workspaceName,
                               bool enforced)
{
    EffectivePermissions e;
    e.userId = user.id;
    e.userName = user.name;
    e.active = user.active;
    e.enforced = enforced;
    e.workspaceId = workspaceId;
    e.workspaceName = workspaceName;
    for (Permission p : permission::all()) {
        PermissionGrant g;
        g.permission = p;
        for (const GrantPath &path : paths) {
            if (path.permissions.testFlag(p))
                addPath(g.paths, path);
        }
        if (!g.paths.isEmpty())
            e.grants.append(g);
    }
    return e;
}

} // namespace

AccessQuery::AccessQuery(AdminService &service)
    : m_service(service)
{}

bool AccessQuery::enforced() const
{
    return m_service.profileKind() == ProfileKind::Server;
}

EffectivePermissions AccessQuery::compute(const MirrorSnapshot &mirror, int user,
                                          const QString &workspaceId, bool enforced)
{
    QList<GrantPath> paths;
    for (const GrantPath &p : mirror.pathsOf(user)) {
        if (p.isGlobal() || (!workspaceId.isEmpty() && p.workspaceId == workspaceId))
            paths.append(p);
    }
    return fromPaths(mirror.users.at(user), paths, workspaceId,
                     mirror.workspaceNames.value(workspaceId), enforced);
}

QList<EffectivePermissions> AccessQuery::computeByWorkspace(const MirrorSnapshot &mirror, int user,
                                                            bool enforced)
{
    const QList<GrantPath> all = mirror.pathsOf(user);
    QList<GrantPath> global;
    QStringList scopes;
    for (const GrantPath &p : all) {
        if (p.isGlobal())
            global.append(p);
        else if (!scopes.contains(p.workspaceId))
            scopes.append(p.workspaceId);
    }
    const MirrorSnapshot::UserRow &row = mirror.users.at(user);
    QList<EffectivePermissions> rows{fromPaths(row, global, {}, {}, enforced)};
    QList<EffectivePermissions> scoped;
    for (const QString &ws : scopes) {
        QList<GrantPath> paths = global;
        for (const GrantPath &p : all) {
            if (p.workspaceId == ws)
                paths.append(p);
        }
        scoped.append(fromPaths(row, paths, ws, mirror.workspaceNames.value(ws), enforced));
    }
    std::sort(scoped.begin(), scoped.end(),
              [](const auto &a, const auto &b) { return a.workspaceName < b.workspaceName; });
    return rows + scoped;
}

QList<Holder> AccessQuery::computeWhoCan(const MirrorSnapshot &mirror, Permission permission,
                                         bool anyWorkspace, const QString &workspaceId)
{
    // Walk the assignments of roles that grant the permission, not every user.
    QList<QList<int>> byUser(mirror.users.size());
    QList<int> touched;
    auto note = [&](int user, int assignment) {
        if (byUser[user].isEmpty())
            touched.append(user);
        byUser[user].append(assignment);
    };
    for (int i = 0; i < mirror.assignments.size(); ++i) {
        const MirrorSnapshot::AssignmentRow &a = mirror.assignments.at(i);
        if (!mirror.roles.at(a.role).permissions.testFlag(permission))
            continue;
        if (!anyWorkspace && !a.workspaceId.isEmpty() && a.workspaceId != workspaceId)
            continue;
        if (a.kind == SubjectKind::User)
            note(a.subject, i);
        else {
            for (int member : mirror.teams.at(a.subject).members)
                note(member, i);
        }
    }
    std::sort(touched.begin(), touched.end()); // users are loaded in name order
    QList<Holder> holders;
    holders.reserve(touched.size());
    for (int u : touched) {
        const MirrorSnapshot::UserRow &row = mirror.users.at(u);
        Holder h{row.id, row.name, row.active, {}};
        for (int a : byUser.at(u))
            addPath(h.paths, mirror.pathOf(a));
        holders.append(h);
    }
    return holders;
}

Result<EffectivePermissions> AccessQuery::effective(const QString &userReference,
                                                    const QString &workspaceReference) const
{
    auto user = m_service.resolve(EntityKind::User, userReference);
    if (!user)
        return user.error();
    QString workspaceId;
    if (!workspaceReference.isEmpty()) {
        auto ws = m_service.resolve(EntityKind::Workspace, workspaceReference);
        if (!ws)
            return ws.error();
        workspaceId = ws->id;
    }
    auto mirror = MirrorSnapshot::loadUser(m_service.store().database(), user->id);
    if (!mirror)
        return mirror.error();
    return compute(*mirror, 0, workspaceId, enforced());
}

Result<QList<EffectivePermissions>> AccessQuery::byWorkspace(const QString &userReference) const
{
    auto user = m_service.resolve(EntityKind::User, userReference);
    if (!user)
        return user.error();
    auto mirror = MirrorSnapshot::loadUser(m_service.store().database(), user->id);
    if (!mirror)
        return mirror.error();
    return computeByWorkspace(*mirror, 0, enforced());
}

Result<QList<Holder>> AccessQuery::whoCan(Permission permission,
                                          const QString &workspaceReference) const
{
    QString workspaceId;
    if (!workspaceReference.isEmpty()) {
        auto ws = m_service.resolve(EntityKind::Workspace, workspaceReference);
        if (!ws)
            return ws.error();
        workspaceId = ws->id;
    }
    auto mirror = MirrorSnapshot::load(m_service.store().database());
    if (!mirror)
        return mirror.error();
    return computeWhoCan(*mirror, permission, workspaceReference.isEmpty(), workspaceId);
}

} // namespace zenml::review
