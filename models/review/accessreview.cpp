#include "accessreview.h"

#include "domain/rules.h"
#include "effectivepermissions.h"
#include "mirrorsnapshot.h"
#include "service/adminservice.h"
#include "store/localstore.h"
#include "store/sqlutil.h"

#include <QCoreApplication>

namespace zenml::review {

namespace {
struct AccessReviewText
{
    Q_DECLARE_TR_FUNCTIONS(zenml::review::AccessReview)
};

QString pathsText(const QList<GrantPath> &paths)
{
    QStringList lines;
    for (const GrantPath &p : paths)
        lines << p.describe();
    return lines.join(QStringLiteral("; "));
}

FindingRow plainRow(EntityKind kind, const QString &id, const QString &name, const QString &detail,
                    FindingAction action)
{
    FindingRow row;
    row.entityKind = kind;
    row.entityId = id;
    row.entityName = name;
    row.detail = detail;
    row.action = action;
    return row;
}

FindingRow userRow(const MirrorSnapshot::UserRow &u, const QList<GrantPath> &paths)
{
    FindingRow row;
    row.entityKind = EntityKind::User;
    row.entityId = u.id;
    row.entityName = u.name;
    row.paths = paths;
    row.detail = pathsText(paths);
    // One own assignment is revoked in one step; a team's role is shared with its other members.
    if (paths.size() == 1 && !paths.first().viaTeam()) {
        row.action = FindingAction::Revoke;
        row.roleName = paths.first().roleName;
        row.workspaceName = paths.first().workspaceName;
    }
    return row;
}

} // namespace

QString Finding::key() const
{
    switch (kind) {
    case FindingKind::WriteHolders:
        return QStringLiteral("write-holders");
    case FindingKind::Admins:
        return QStringLiteral("admins");
    case FindingKind::InactiveWithRoles:
        return QStringLiteral("inactive-with-roles");
    case FindingKind::StaleInvitations:
        return QStringLiteral("stale-invitations");
    case FindingKind::NoRole:
        return QStringLiteral("users-without-role");
    case FindingKind::UnusedRoles:
        return QStringLiteral("unused-roles");
    case FindingKind::EmptyTeams:
        return QStringLiteral("empty-teams");
    case FindingKind::DanglingAssignments:
        return QStringLiteral("dangling-assignments");
    }
    return {};
}

QString Finding::title() const
{
    switch (kind) {
    case FindingKind::WriteHolders:
        return AccessReviewText::tr("Users who can write");
    case FindingKind::Admins:
        return AccessReviewText::tr("Admins");
    case FindingKind::InactiveWithRoles:
        return AccessReviewText::tr("Inactive users who still hold roles");
    case FindingKind::StaleInvitations:
        return AccessReviewText::tr("Invitations nobody accepted");
    case FindingKind::NoRole:
        return AccessReviewText::tr("Active users with no role");
    case FindingKind::UnusedRoles:
        return AccessReviewText::tr("Roles nobody holds");
    case FindingKind::EmptyTeams:
        return AccessReviewText::tr("Empty teams");
    case FindingKind::DanglingAssignments:
        return AccessReviewText::tr("Assignments in missing workspaces");
    }
    return {};
}

QString Finding::explanation() const
{
    switch (kind) {
    case FindingKind::WriteHolders:
        return AccessReviewText::tr("Everyone who can change things, and through which roles.");
    case FindingKind::Admins:
        return AccessReviewText::tr("Everyone holding the admin role, directly or through a team.");
    case FindingKind::InactiveWithRoles:
        return AccessReviewText::tr("They cannot sign in now, but would regain these roles.");
    case FindingKind::StaleInvitations:
        return AccessReviewText::tr("Invited users who have not activated their account.");
    case FindingKind::NoRole:
        return AccessReviewText::tr("They can sign in but hold no role, own or through a team.");
    case FindingKind::UnusedRoles:
        return AccessReviewText::tr("No user or team is assigned these roles.");
    case FindingKind::EmptyTeams:
        return AccessReviewText::tr("Teams with no members grant nothing.");
    case FindingKind::DanglingAssignments:
        return AccessReviewText::tr(
            "Assignments scoped to a workspace that the mirror no longer has.");
    }
    return {};
}

AccessReview::AccessReview(AdminService &service)
    : m_service(service)
{}

Result<ReviewResult> AccessReview::run(int staleDays, const QDateTime &now) const
{
    auto mirror = MirrorSnapshot::load(m_service.store().database());
    if (!mirror)
        return mirror.error();
    return compute(*mirror, staleDays, now, m_service.profileKind() == ProfileKind::Server);
}

ReviewResult AccessReview::compute(const MirrorSnapshot &mirror, int staleDays,
                                   const QDateTime &now, bool enforced)
{
    ReviewResult result;
    result.generated = now;
    result.staleDays = staleDays;
    result.enforced = enforced;
    Finding write{FindingKind::WriteHolders, {}};
    for (const Holder &h : AccessQuery::computeWhoCan(mirror, Permission::Write, true, {}))
        write.rows.append(userRow(mirror.users.at(mirror.userIndex(h.userId)), h.paths));

    Finding admins{FindingKind::Admins, {}};
    Finding inactive{FindingKind::InactiveWithRoles, {}};
    Finding stale{FindingKind::StaleInvitations, {}};
    Finding noRole{FindingKind::NoRole, {}};
    const QDateTime cutoff = now.addDays(-staleDays);
    // Paths are built only for the rows that show them: for most of 100,000 users a look at the
    // assignment indexes decides that no finding has them.
    int adminRole = -1;
    for (int r = 0; r < mirror.roles.size(); ++r) {
        if (mirror.roles.at(r).name == rules::kAdminRole)
            adminRole = r;
    }
    for (int u = 0; u < mirror.users.size(); ++u) {
        const MirrorSnapshot::UserRow &user = mirror.users.at(u);
        bool holdsAny = !mirror.userAssignments.at(u).isEmpty();
        bool holdsAdmin = false;
        for (int a : mirror.userAssignments.at(u))
            holdsAdmin = holdsAdmin || mirror.assignments.at(a).role == adminRole;
        for (int t : mirror.userTeams.at(u)) {
            for (int a : mirror.teamAssignments.at(t)) {
                holdsAny = true;
                holdsAdmin = holdsAdmin || mirror.assignments.at(a).role == adminRole;
            }
        }
        const QList<GrantPath> paths =
            holdsAdmin || (!user.active && holdsAny) ? mirror.pathsOf(u) : QList<GrantPath>();
        if (holdsAdmin) {
            QList<GrantPath> adminPaths;
            for (const GrantPath &p : paths) {
                if (p.roleName == rules::kAdminRole)
                    adminPaths.append(p);
            }
            admins.rows.append(userRow(user, adminPaths));
        }
        if (!user.active && holdsAny)
            inactive.rows.append(userRow(user, paths));
        if (user.active && !holdsAny) {
            noRole.rows.append(
                plainRow(EntityKind::User, user.id, user.name, {}, FindingAction::None));
        }
        if (!user.active && !user.serviceAccount) {
            const QDateTime created = sql::fromDb(user.created);
            if (created.isValid() && created < cutoff) {
                stale.rows.append(plainRow(EntityKind::User, user.id, user.name,
                                           AccessReviewText::tr("invited %n day(s) ago", nullptr,
                                                                int(created.daysTo(now))),
                                           FindingAction::DeleteUser));
            }
        }
    }

    QList<int> holdersOfRole(mirror.roles.size(), 0);
    Finding dangling{FindingKind::DanglingAssignments, {}};
    for (int i = 0; i < mirror.assignments.size(); ++i) {
        const MirrorSnapshot::AssignmentRow &a = mirror.assignments.at(i);
        ++holdersOfRole[a.role];
        if (a.workspaceId.isEmpty() || mirror.workspaceNames.contains(a.workspaceId))
            continue;
        const bool user = a.kind == SubjectKind::User;
        FindingRow row;
        row.entityKind = user ? EntityKind::User : EntityKind::Team;
        row.entityId = user ? mirror.users.at(a.subject).id : mirror.teams.at(a.subject).id;
        row.entityName = user ? mirror.users.at(a.subject).name : mirror.teams.at(a.subject).name;
        row.paths = {mirror.pathOf(i)};
        row.subjectKind = a.kind;
        row.roleName = mirror.roles.at(a.role).name;
        row.detail = AccessReviewText::tr("role %1 in workspace %2, which no longer exists")
                         .arg(row.roleName, a.workspaceId);
        dangling.rows.append(row);
    }
    Finding unused{FindingKind::UnusedRoles, {}};
    for (int r = 0; r < mirror.roles.size(); ++r) {
        if (holdersOfRole.at(r) > 0)
            continue;
        const MirrorSnapshot::RoleRow &role = mirror.roles.at(r);
        unused.rows.append(plainRow(EntityKind::Role, role.id, role.name,
                                    permission::names(role.permissions).join(QStringLiteral(", ")),
                                    rules::isBuiltinRole(role.name) ? FindingAction::None
                                                                    : FindingAction::DeleteRole));
    }
    Finding empty{FindingKind::EmptyTeams, {}};
    for (const MirrorSnapshot::TeamRow &t : mirror.teams) {
        if (t.members.isEmpty())
            empty.rows.append(
                plainRow(EntityKind::Team, t.id, t.name, {}, FindingAction::DeleteTeam));
    }
    result.findings = {write, admins, inactive, stale, noRole, unused, empty, dangling};
    return result;
}

} // namespace zenml::review
