// AdminService: the team verbs.
#include "adminservice.h"

#include "domain/rules.h"
#include "store/localstore.h"
#include "store/teamtable.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace zenml {

Result<Team> AdminService::createTeam(const QString &name, const QStringList &members)
{
    if (Status s = require(tr("create team")); !s)
        return s.error();
    if (Status s = rules::validateName(EntityKind::Team, name); !s)
        return s.error();
    if (Status s = checkUniqueName(EntityKind::Team, name); !s)
        return s.error();
    auto memberIds = resolveAll(EntityKind::User, members);
    if (!memberIds)
        return memberIds.error();

    Transaction tx(m_store.database());
    if (!tx.begun())
        return tx.begun().error();
    Team team;
    team.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    team.name = name;
    team.memberIds = *memberIds;
    team.created = team.updated = QDateTime::currentDateTimeUtc();
    const SyncState state = m_kind == ProfileKind::Local ? SyncState::Clean : SyncState::Created;
    if (Status s = m_store.teams().insert(team, state); !s)
        return s.error();
    if (Status s = queue(OutboxOperation::CreateTeam, EntityKind::Team, team.id,
                         {{QStringLiteral("name"), name},
                          {QStringLiteral("users"), QJsonArray::fromStringList(team.memberIds)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    announce(EntityKind::Team);
    return team;
}

Result<Team> AdminService::renameTeam(const QString &reference, const QString &newName)
{
    if (Status s = require(tr("update team")); !s)
        return s.error();
    auto current = team(reference);
    if (!current)
        return current.error();
    Team t = *current;
    if (newName == t.name)
        return t;
    if (Status s = rules::validateName(EntityKind::Team, newName); !s)
        return s.error();
    if (Status s = checkUniqueName(EntityKind::Team, newName, t.id); !s)
        return s.error();
    t.name = newName;
    t.updated = QDateTime::currentDateTimeUtc();
    if (Status s = commitUpdate(EntityKind::Team, OutboxOperation::UpdateTeam, t.id,
                                {{QStringLiteral("name"), newName}},
                                [&](SyncState state) { return m_store.teams().update(t, state); });
        !s)
        return s.error();
    return t;
}

Result<Team> AdminService::writeMembers(const QString &reference,
                                        const std::function<QStringList(QStringList)> &change)
{
    if (Status s = require(tr("change team members")); !s)
        return s.error();
    auto current = team(reference);
    if (!current)
        return current.error();
    Team t = *current;
    t.memberIds = change(t.memberIds);
    t.updated = QDateTime::currentDateTimeUtc();
    // The server replaces the membership with what it is sent, so the full list always travels.
    if (Status s =
            commitUpdate(EntityKind::Team, OutboxOperation::SetTeamMembers, t.id,
                         {{QStringLiteral("users"), QJsonArray::fromStringList(t.memberIds)}},
                         [&](SyncState state) { return m_store.teams().update(t, state); });
        !s)
        return s.error();
    return t;
}

Result<Team> AdminService::addTeamMembers(const QString &reference, const QStringList &users)
{
    auto ids = resolveAll(EntityKind::User, users);
    if (!ids)
        return ids.error();
    return writeMembers(reference, [&](QStringList members) {
        QSet<QString> present(members.cbegin(), members.cend());
        for (const QString &id : *ids) {
            if (!present.contains(id)) {
                present.insert(id);
                members << id;
            }
        }
        return members;
    });
}

Result<Team> AdminService::removeTeamMembers(const QString &reference, const QStringList &users)
{
    auto ids = resolveAll(EntityKind::User, users);
    if (!ids)
        return ids.error();
    return writeMembers(reference, [&](QStringList members) {
        for (const QString &id : *ids)
            members.removeAll(id);
        return members;
    });
}

Result<Team> AdminService::setTeamMembers(const QString &reference, const QStringList &users)
{
    auto ids = resolveAll(EntityKind::User, users);
    if (!ids)
        return ids.error();
    return writeMembers(reference, [&](const QStringList &) { return *ids; });
}

Status AdminService::deleteTeams(const QStringList &references)
{
    if (Status s = require(tr("delete team")); !s)
        return s;
    Status s = deleteRows(EntityKind::Team, OutboxOperation::DeleteTeam, references, {});
    if (s)
        announce(EntityKind::TeamRoleAssignment);
    return s;
}

} // namespace zenml
