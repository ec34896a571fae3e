// AdminService: assigning and revoking roles.
#include "adminservice.h"

#include "store/localstore.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <QUuid>
#include <tuple>

namespace zenml {

Result<AdminService::ResolvedTarget>
AdminService::resolveTarget(const AssignmentTarget &target) const
{
    auto role = resolve(EntityKind::Role, target.role);
    if (!role)
        return role.error();
    ResolvedTarget out{*role, {}, {}};
    if (!target.workspace.isEmpty()) {
        auto w = resolve(EntityKind::Workspace, target.workspace);
        if (!w)
            return w.error();
        out.workspaceId = w->id;
    }
    for (const auto &[kind, entity, refs] :
         {std::tuple{SubjectKind::User, EntityKind::User, &target.users},
          std::tuple{SubjectKind::Team, EntityKind::Team, &target.teams}}) {
        for (const QString &ref : *refs) {
            auto r = resolve(entity, ref);
            if (!r)
                return r.error();
            out.subjects.append({kind, r->id, r->name});
        }
    }
    return out;
}

Result<QList<RoleAssignment>> AdminService::assignRole(const AssignmentTarget &target,
                                                       bool skipExisting)
{
    if (Status s = require(tr("assign role")); !s)
        return s.error();
    if (target.users.isEmpty() && target.teams.isEmpty())
        return Error::make(ErrorKind::Usage, tr("Name at least one user or team to assign the "
                                                "role to."));
    auto resolved = resolveTarget(target);
    if (!resolved)
        return resolved.error();
    const auto &[role, workspaceId, subjects] = resolved.value();

    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun().error();
    QList<RoleAssignment> created;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SyncState state = m_kind == ProfileKind::Local ? SyncState::Clean : SyncState::Created;
    for (const Subject &subject : subjects) {
        auto existing = m_store.assignments().find(subject.kind, subject.id, role.id, workspaceId);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            if (skipExisting)
                continue;
            const QString who = subject.kind == SubjectKind::User ? tr("user") : tr("team");
            return Error::make(ErrorKind::AlreadyExists,
                               tr("The %1 '%2' already has the role '%3' in this scope.")
                                   .arg(who, subject.name, role.name));
        }
        RoleAssignment a{QUuid::createUuid().toString(QUuid::WithoutBraces),
                         subject.kind,
                         subject.id,
                         role.id,
                         workspaceId,
                         now,
                         now};
        if (Status s = m_store.assignments().insert(a, state); !s)
            return s.error();
        const bool isUser = subject.kind == SubjectKind::User;
        QJsonObject payload{{isUser ? QStringLiteral("user") : QStringLiteral("team"), subject.id},
                            {QStringLiteral("role"), role.id}};
        if (!workspaceId.isEmpty())
            payload.insert(QStringLiteral("workspace"), workspaceId);
        if (Status s =
                queue(isUser ? OutboxOperation::AssignUserRole : OutboxOperation::AssignTeamRole,
                      isUser ? EntityKind::UserRoleAssignment : EntityKind::TeamRoleAssignment,
                      a.id, payload);
            !s)
            return s.error();
        created << a;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    announce(EntityKind::UserRoleAssignment);
    announce(EntityKind::TeamRoleAssignment);
    return created;
}

Result<int> AdminService::revokeRole(const AssignmentTarget &target, bool skipMissing)
{
    if (Status s = require(tr("revoke role")); !s)
        return s.error();
    if (target.users.isEmpty() && target.teams.isEmpty())
        return Error::make(ErrorKind::Usage, tr("Name at least one user or team to revoke the "
                                                "role from."));
    auto resolved = resolveTarget(target);
    if (!resolved)
        return resolved.error();
    const auto &[role, workspaceId, subjects] = resolved.value();

    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun().error();
    int revoked = 0;
    for (const Subject &subject : subjects) {
        auto existing = m_store.assignments().find(subject.kind, subject.id, role.id, workspaceId);
        if (!existing)
            return existing.error();
        if (!existing.value()) {
            if (skipMissing)
                continue;
            const QString who = subject.kind == SubjectKind::User ? tr("user") : tr("team");
            return Error::make(ErrorKind::NotFound,
                               tr("The %1 '%2' does not have the role '%3' in this scope.")
                                   .arg(who, subject.name, role.name));
        }
        const bool isUser = subject.kind == SubjectKind::User;
        if (Status s = m_store.assignments().remove(subject.kind, existing.value()->id); !s)
            return s.error();
        if (Status s =
                queue(isUser ? OutboxOperation::RevokeUserRole : OutboxOperation::RevokeTeamRole,
                      isUser ? EntityKind::UserRoleAssignment : EntityKind::TeamRoleAssignment,
                      existing.value()->id,
                      {{QStringLiteral("role"), role.id},
                       {QStringLiteral("subject"), subject.id},
                       {QStringLiteral("workspace"), workspaceId}});
            !s)
            return s.error();
        ++revoked;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    announce(EntityKind::UserRoleAssignment);
    announce(EntityKind::TeamRoleAssignment);
    return revoked;
}

} // namespace zenml
