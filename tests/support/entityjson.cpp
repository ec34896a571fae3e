#include "entityjson.h"

#include <QJsonArray>
#include <algorithm>

namespace zenml::test {

EntityJson::EntityJson(const ServerState &state)
    : m_state(state)
{}

void EntityJson::buildIndexes()
{
    if (m_indexed)
        return;
    m_indexed = true;
    const auto &assignments = m_state.userAssignments().rows();
    for (qsizetype i = 0; i < assignments.size(); ++i)
        m_assignmentsByUser.insert(assignments.at(i).principalId, i);
    const auto &teams = m_state.teams().rows();
    for (qsizetype i = 0; i < teams.size(); ++i) {
        for (const QString &member : teams.at(i).members)
            m_teamsByUser.insert(member, i);
    }
}

QJsonObject EntityJson::base(const QString &id, qint64 created, qint64 updated) const
{
    return QJsonObject{{"id", id},
                       {"created", ServerState::formatTime(created)},
                       {"updated", ServerState::formatTime(updated)}};
}

QJsonObject EntityJson::user(const UserRecord &user, UserDetail detail,
                             const QString &activationToken)
{
    QJsonObject json = base(user.id, user.created, user.updated);
    json.insert("name", user.name);
    json.insert("full_name", user.fullName);
    // Undefined (never set) must still show as null: the key is always there.
    json.insert("email_opted_in", user.emailOptedIn.isBool() ? user.emailOptedIn : QJsonValue());
    json.insert("hub_token", QJsonValue::Null);
    json.insert("active", user.active);
    json.insert("activation_token", activationToken.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(activationToken));
    json.insert("email",
                detail == UserDetail::Current && user.email.isString() ? user.email : QJsonValue());
    if (m_state.atLeast(45))
        json.insert("external_user_id", QJsonValue::Null);
    if (m_state.atLeast(46))
        json.insert("is_service_account", false);
    if (detail == UserDetail::Nested) {
        json.insert("teams", QJsonValue::Null);
        json.insert("roles", QJsonValue::Null);
        return json;
    }
    QList<qsizetype> teamIndexes;
    QList<qsizetype> assignmentIndexes;
    if (++m_fullUsers == 1) {
        // One user (a get, create or update): a scan is cheaper than indexing everything.
        const auto &teams = m_state.teams().rows();
        for (qsizetype i = 0; i < teams.size(); ++i) {
            if (teams.at(i).members.contains(user.id))
                teamIndexes.append(i);
        }
        const auto &assignments = m_state.userAssignments().rows();
        for (qsizetype i = 0; i < assignments.size(); ++i) {
            if (assignments.at(i).principalId == user.id)
                assignmentIndexes.append(i);
        }
    } else {
        buildIndexes();
        // QMultiHash::values() is newest first; creation order is what the server's joins give.
        teamIndexes = m_teamsByUser.values(user.id);
        std::sort(teamIndexes.begin(), teamIndexes.end());
        assignmentIndexes = m_assignmentsByUser.values(user.id);
        std::sort(assignmentIndexes.begin(), assignmentIndexes.end());
    }
    QJsonArray teams;
    for (qsizetype index : teamIndexes)
        teams.append(team(m_state.teams().rows().at(index), false));
    json.insert("teams", teams);
    QJsonArray roles;
    for (qsizetype index : assignmentIndexes) {
        if (const RoleRecord *r =
                m_state.roles().find(m_state.userAssignments().rows().at(index).roleId))
            roles.append(role(*r));
    }
    json.insert("roles", roles);
    return json;
}

QJsonObject EntityJson::team(const TeamRecord &team, bool withUsers)
{
    QJsonObject json = base(team.id, team.created, team.updated);
    json.insert("name", team.name);
    QJsonArray users;
    if (withUsers) {
        // The membership table is keyed by user id, so the real server lists members in id order.
        QStringList members = team.members;
        members.sort();
        for (const QString &memberId : members) {
            if (const UserRecord *member = m_state.users().find(memberId))
                users.append(user(*member));
        }
    }
    json.insert("users", users);
    return json;
}

QJsonObject EntityJson::role(const RoleRecord &role) const
{
    QJsonObject json = base(role.id, role.created, role.updated);
    json.insert("name", role.name);
    // A Python set on the server: the order differs between releases; clients must not rely on it.
    const QStringList order = m_state.atLeast(45) ? QStringList{"write", "me", "read"}
                                                  : QStringList{"read", "write", "me"};
    QJsonArray permissions;
    for (const QString &permission : order) {
        if (role.permissions.contains(permission))
            permissions.append(permission);
    }
    json.insert("permissions", permissions);
    return json;
}

QJsonObject EntityJson::workspace(const WorkspaceRecord &workspace) const
{
    QJsonObject json = base(workspace.id, workspace.created, workspace.updated);
    json.insert("name", workspace.name);
    json.insert("description", workspace.description);
    return json;
}

QJsonValue EntityJson::workspaceOrNull(const QString &workspaceId) const
{
    if (workspaceId.isEmpty())
        return QJsonValue::Null;
    const WorkspaceRecord *ws = m_state.workspaces().find(workspaceId);
    return ws ? QJsonValue(workspace(*ws)) : QJsonValue(QJsonValue::Null);
}

QJsonObject EntityJson::userAssignment(const AssignmentRecord &assignment)
{
    QJsonObject json = base(assignment.id, assignment.created, assignment.updated);
    json.insert("workspace", workspaceOrNull(assignment.workspaceId));
    const UserRecord *u = m_state.users().find(assignment.principalId);
    json.insert("user",
                u ? QJsonValue(user(*u, UserDetail::Nested)) : QJsonValue(QJsonValue::Null));
    const RoleRecord *r = m_state.roles().find(assignment.roleId);
    json.insert("role", r ? QJsonValue(role(*r)) : QJsonValue(QJsonValue::Null));
    return json;
}

QJsonObject EntityJson::teamAssignment(const AssignmentRecord &assignment)
{
    QJsonObject json = base(assignment.id, assignment.created, assignment.updated);
    json.insert("workspace", workspaceOrNull(assignment.workspaceId));
    const TeamRecord *t = m_state.teams().find(assignment.principalId);
    json.insert("team", t ? QJsonValue(team(*t, false)) : QJsonValue(QJsonValue::Null));
    const RoleRecord *r = m_state.roles().find(assignment.roleId);
    json.insert("role", r ? QJsonValue(role(*r)) : QJsonValue(QJsonValue::Null));
    return json;
}

} // namespace zenml::test
