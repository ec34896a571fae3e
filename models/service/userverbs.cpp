// AdminService: the user verbs.
#include "adminservice.h"

#include "domain/rules.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/transaction.h"
#include "store/usertable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace zenml {

Result<UserDetails> AdminService::userDetails(const QString &reference) const
{
    auto ref = resolve(EntityKind::User, reference);
    if (!ref)
        return ref.error();
    auto user = m_store.users().byId(ref->id);
    if (!user)
        return user.error();
    UserDetails details;
    details.user = *user.value();
    AssignmentQuery query;
    query.kind = SubjectKind::User;
    query.subjectId = ref->id;
    auto roles = m_store.assignments().list(query);
    if (!roles)
        return roles.error();
    details.roles = *roles;
    auto teamIds = m_store.teams().teamIdsOfUser(ref->id);
    if (!teamIds)
        return teamIds.error();
    for (const QString &id : *teamIds) {
        auto t = m_store.teams().refById(id);
        if (t && t.value())
            details.teams << *t.value();
    }
    return details;
}

Result<User> AdminService::createUser(const UserDraft &draft)
{
    if (Status s = require(tr("create user")); !s)
        return s.error();
    if (Status s = rules::validateName(EntityKind::User, draft.name); !s)
        return s.error();
    if (Status s = rules::validateEmail(draft.email); !s)
        return s.error();
    if (Status s = checkUniqueName(EntityKind::User, draft.name); !s)
        return s.error();
    auto roleIds = resolveAll(EntityKind::Role, draft.roles);
    if (!roleIds)
        return roleIds.error();

    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun().error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.name = draft.name;
    user.fullName = draft.fullName;
    user.email = draft.email;
    // As on the server: a user created without a password is inactive until activated.
    user.active = draft.password.has_value();
    user.created = user.updated = now;
    const SyncState state = m_kind == ProfileKind::Local ? SyncState::Clean : SyncState::Created;
    if (Status s = m_store.users().insert(user, state); !s)
        return s.error();

    QJsonObject payload{{QStringLiteral("name"), user.name},
                        {QStringLiteral("full_name"), user.fullName}};
    if (!user.email.isEmpty())
        payload.insert(QStringLiteral("email"), user.email);
    if (draft.password && m_kind == ProfileKind::Server) {
        // The password travels through the keychain; the payload only says one is waiting.
        if (!m_secretSink)
            return Error::make(ErrorKind::Keychain,
                               tr("A password can only be queued for the server when the OS "
                                  "keychain is available."));
        if (Status s = m_secretSink(user.id, *draft.password); !s)
            return s.error();
        payload.insert(QStringLiteral("password_in_keychain"), true);
    }
    if (Status s = queue(OutboxOperation::CreateUser, EntityKind::User, user.id, payload); !s)
        return s.error();

    for (const QString &roleId : *roleIds) {
        RoleAssignment a{QUuid::createUuid().toString(QUuid::WithoutBraces),
                         SubjectKind::User,
                         user.id,
                         roleId,
                         {},
                         now,
                         now};
        if (Status s = m_store.assignments().insert(a, state); !s)
            return s.error();
        if (Status s = queue(OutboxOperation::AssignUserRole, EntityKind::UserRoleAssignment, a.id,
                             {{QStringLiteral("user"), user.id}, {QStringLiteral("role"), roleId}});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    announce(EntityKind::User);
    if (!roleIds->isEmpty())
        announce(EntityKind::UserRoleAssignment);
    return user;
}

Result<User> AdminService::updateUser(const QString &reference, const UserChanges &changes)
{
    if (Status s = require(tr("update user")); !s)
        return s.error();
    auto ref = resolve(EntityKind::User, reference);
    if (!ref)
        return ref.error();
    auto found = m_store.users().byId(ref->id);
    if (!found)
        return found.error();
    User user = *found.value();
    QJsonObject payload;
    if (changes.name && *changes.name != user.name) {
        if (Status s = rules::canRenameUser(user); !s)
            return s.error();
        if (Status s = rules::validateName(EntityKind::User, *changes.name); !s)
            return s.error();
        if (Status s = checkUniqueName(EntityKind::User, *changes.name, user.id); !s)
            return s.error();
        user.name = *changes.name;
        payload.insert(QStringLiteral("name"), user.name);
    }
    if (changes.fullName) {
        user.fullName = *changes.fullName;
        payload.insert(QStringLiteral("full_name"), user.fullName);
    }
    if (changes.email) {
        if (Status s = rules::validateEmail(*changes.email); !s)
            return s.error();
        user.email = *changes.email;
        payload.insert(QStringLiteral("email"), user.email);
    }
    if (changes.active) {
        if (!*changes.active && rules::isDefaultUser(user.name))
            return Error::make(
                ErrorKind::Forbidden,
                tr("The default user cannot be deactivated; the server depends on it."));
        user.active = *changes.active;
        payload.insert(QStringLiteral("active"), user.active);
    }

    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun().error();
    auto sync = m_store.users().syncInfo(user.id);
    if (!sync)
        return sync.error();
    auto base = baseSnapshotOf(EntityKind::User, user.id);
    if (!base)
        return base.error();
    if (changes.password && m_kind == ProfileKind::Server) {
        if (!m_secretSink)
            return Error::make(ErrorKind::Keychain,
                               tr("A password can only be queued for the server when the OS "
                                  "keychain is available."));
        if (Status s = m_secretSink(user.id, *changes.password); !s)
            return s.error();
        payload.insert(QStringLiteral("password_in_keychain"), true);
    }
    user.updated = QDateTime::currentDateTimeUtc();
    if (Status s = m_store.users().update(user, editedState(sync->state)); !s)
        return s.error();
    if (!payload.isEmpty()) {
        if (Status s = queue(OutboxOperation::UpdateUser, EntityKind::User, user.id, payload,
                             sync->baseUpdated, *base);
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    announce(EntityKind::User);
    return user;
}

Status AdminService::deleteUsers(const QStringList &references)
{
    if (Status s = require(tr("delete user")); !s)
        return s;
    Status s = deleteRows(EntityKind::User, OutboxOperation::DeleteUser, references,
                          [this](const QString &id) -> Status {
                              auto user = m_store.users().byId(id);
                              if (!user)
                                  return user.error();
                              return rules::canDeleteUser(*user.value());
                          });
    if (s) {
        announce(EntityKind::UserRoleAssignment);
        announce(EntityKind::Team);
    }
    return s;
}

} // namespace zenml
