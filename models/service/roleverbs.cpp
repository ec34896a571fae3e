// AdminService: the role and workspace verbs.
#include "adminservice.h"

#include "domain/rules.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/transaction.h"
#include "store/workspacetable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace zenml {

Result<Role> AdminService::createRole(const QString &name, Permissions permissions)
{
    if (Status s = require(tr("create role")); !s)
        return s.error();
    if (Status s = rules::validateName(EntityKind::Role, name); !s)
        return s.error();
    if (Status s = checkUniqueName(EntityKind::Role, name); !s)
        return s.error();
    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun().error();
    Role role;
    role.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    role.name = name;
    role.permissions = permissions;
    role.created = role.updated = QDateTime::currentDateTimeUtc();
    const SyncState state = m_kind == ProfileKind::Local ? SyncState::Clean : SyncState::Created;
    if (Status s = m_store.roles().insert(role, state); !s)
        return s.error();
    if (Status s = queue(OutboxOperation::CreateRole, EntityKind::Role, role.id,
                         {{QStringLiteral("name"), name},
                          {QStringLiteral("permissions"),
                           QJsonArray::fromStringList(permission::names(permissions))}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    announce(EntityKind::Role);
    return role;
}

Result<Role> AdminService::updateRole(const QString &reference, const RoleChanges &changes)
{
    if (Status s = require(tr("update role")); !s)
        return s.error();
    auto current = role(reference);
    if (!current)
        return current.error();
    Role r = *current;
    if (Status s = rules::canModifyRole(r); !s)
        return s.error();
    QJsonObject payload;
    if (changes.name && *changes.name != r.name) {
        if (Status s = rules::validateName(EntityKind::Role, *changes.name); !s)
            return s.error();
        if (Status s = checkUniqueName(EntityKind::Role, *changes.name, r.id); !s)
            return s.error();
        r.name = *changes.name;
        payload.insert(QStringLiteral("name"), r.name);
    }
    Permissions permissions = changes.permissions.value_or(r.permissions);
    permissions |= changes.add;
    permissions &= ~changes.remove;
    if (permissions != r.permissions || changes.permissions) {
        r.permissions = permissions;
        payload.insert(QStringLiteral("permissions"),
                       QJsonArray::fromStringList(permission::names(permissions)));
    }
    if (payload.isEmpty())
        return r;
    r.updated = QDateTime::currentDateTimeUtc();
    if (Status s = commitUpdate(EntityKind::Role, OutboxOperation::UpdateRole, r.id, payload,
                                [&](SyncState state) { return m_store.roles().update(r, state); });
        !s)
        return s.error();
    return r;
}

Status AdminService::commitUpdate(EntityKind kind, const QString &operation, const QString &id,
                                  const QJsonObject &payload,
                                  const std::function<Status(SyncState)> &write)
{
    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun();
    auto sync = table(kind).syncInfo(id);
    if (!sync)
        return sync.error();
    auto base = baseSnapshotOf(kind, id);
    if (!base)
        return base.error();
    if (Status s = write(editedState(sync->state)); !s)
        return s;
    if (Status s = queue(operation, kind, id, payload, sync->baseUpdated, *base); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    announce(kind);
    return {};
}

Status AdminService::deleteRoles(const QStringList &references)
{
    if (Status s = require(tr("delete role")); !s)
        return s;
    return deleteRows(EntityKind::Role, OutboxOperation::DeleteRole, references,
                      [this](const QString &id) -> Status {
                          auto role = m_store.roles().byId(id);
                          if (!role)
                              return role.error();
                          auto uses = m_store.assignments().countForRole(id);
                          if (!uses)
                              return uses.error();
                          return rules::canDeleteRole(*role.value(), *uses);
                      });
}

Result<Workspace> AdminService::createWorkspace(const QString &name, const QString &description)
{
    if (Status s = require(tr("create workspace")); !s)
        return s.error();
    if (Status s = rules::validateName(EntityKind::Workspace, name); !s)
        return s.error();
    if (Status s = checkUniqueName(EntityKind::Workspace, name); !s)
        return s.error();
    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun().error();
    Workspace w{QUuid::createUuid().toString(QUuid::WithoutBraces), name, description,
                QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()};
    const SyncState state = m_kind == ProfileKind::Local ? SyncState::Clean : SyncState::Created;
    if (Status s = m_store.workspaces().insert(w, state); !s)
        return s.error();
    if (Status s =
            queue(OutboxOperation::CreateWorkspace, EntityKind::Workspace, w.id,
                  {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    announce(EntityKind::Workspace);
    return w;
}

Result<Workspace> AdminService::updateWorkspace(const QString &reference,
                                                const std::optional<QString> &name,
                                                const std::optional<QString> &description)
{
    if (Status s = require(tr("update workspace")); !s)
        return s.error();
    auto ref = resolve(EntityKind::Workspace, reference);
    if (!ref)
        return ref.error();
    auto found = m_store.workspaces().byId(ref->id);
    if (!found)
        return found.error();
    Workspace w = *found.value();
    QJsonObject payload;
    if (name && *name != w.name) {
        if (Status s = rules::canRenameWorkspace(w); !s)
            return s.error();
        if (Status s = rules::validateName(EntityKind::Workspace, *name); !s)
            return s.error();
        if (Status s = checkUniqueName(EntityKind::Workspace, *name, w.id); !s)
            return s.error();
        w.name = *name;
        payload.insert(QStringLiteral("name"), w.name);
    }
    if (description) {
        w.description = *description;
        payload.insert(QStringLiteral("description"), w.description);
    }
    if (payload.isEmpty())
        return w;
    w.updated = QDateTime::currentDateTimeUtc();
    if (Status s =
            commitUpdate(EntityKind::Workspace, OutboxOperation::UpdateWorkspace, w.id, payload,
                         [&](SyncState state) { return m_store.workspaces().update(w, state); });
        !s)
        return s.error();
    return w;
}

Status AdminService::deleteWorkspaces(const QStringList &references)
{
    if (Status s = require(tr("delete workspace")); !s)
        return s;
    // Scoped assignments go with the workspace (ON DELETE CASCADE), as on the server.
    Status s = deleteRows(EntityKind::Workspace, OutboxOperation::DeleteWorkspace, references,
                          [this](const QString &id) -> Status {
                              auto workspace = m_store.workspaces().byId(id);
                              if (!workspace)
                                  return workspace.error();
                              return rules::canDeleteWorkspace(*workspace.value());
                          });
    if (s) {
        announce(EntityKind::UserRoleAssignment);
        announce(EntityKind::TeamRoleAssignment);
    }
    return s;
}

} // namespace zenml
