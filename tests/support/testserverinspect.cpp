// The parts of TestServer that let tests look at and change the state without HTTP.
#include "entityjson.h"
#include "jwt.h"
#include "lookup.h"
#include "testserver.h"

namespace zenml::test {

namespace {

template<typename Row, typename ToJson> QJsonArray allRows(const Table<Row> &table, ToJson toJson)
{
    QJsonArray array;
    for (const Row &row : table.rows())
        array.append(toJson(row));
    return array;
}

} // namespace

QJsonArray TestServer::users() const
{
    EntityJson json(*m_state);
    return allRows(m_state->users(), [&json](const UserRecord &u) {
        return json.user(u, EntityJson::UserDetail::Current);
    });
}

QJsonArray TestServer::teams() const
{
    EntityJson json(*m_state);
    return allRows(m_state->teams(), [&json](const TeamRecord &t) { return json.team(t, true); });
}

QJsonArray TestServer::roles() const
{
    EntityJson json(*m_state);
    return allRows(m_state->roles(), [&json](const RoleRecord &r) { return json.role(r); });
}

QJsonArray TestServer::workspaces() const
{
    EntityJson json(*m_state);
    return allRows(m_state->workspaces(),
                   [&json](const WorkspaceRecord &w) { return json.workspace(w); });
}

QJsonArray TestServer::roleAssignments() const
{
    EntityJson json(*m_state);
    return allRows(m_state->userAssignments(),
                   [&json](const AssignmentRecord &a) { return json.userAssignment(a); });
}

QJsonArray TestServer::teamRoleAssignments() const
{
    EntityJson json(*m_state);
    return allRows(m_state->teamAssignments(),
                   [&json](const AssignmentRecord &a) { return json.teamAssignment(a); });
}

QJsonObject TestServer::user(const QString &nameOrId) const
{
    HttpResponse ignored;
    const UserRecord *row = Lookup(*m_state).user(nameOrId, &ignored);
    return row ? EntityJson(*m_state).user(*row, EntityJson::UserDetail::Current) : QJsonObject();
}

QString TestServer::userId(const QString &name) const
{
    const UserRecord *row = m_state->users().findByName(name);
    return row ? row->id : QString();
}

QString TestServer::teamId(const QString &name) const
{
    const TeamRecord *row = m_state->teams().findByName(name);
    return row ? row->id : QString();
}

QString TestServer::roleId(const QString &name) const
{
    const RoleRecord *row = m_state->roles().findByName(name);
    return row ? row->id : QString();
}

QString TestServer::workspaceId(const QString &name) const
{
    const WorkspaceRecord *row = m_state->workspaces().findByName(name);
    return row ? row->id : QString();
}

QString TestServer::activationToken(const QString &userName) const
{
    const UserRecord *row = m_state->users().findByName(userName);
    return row ? row->activationToken : QString();
}

bool TestServer::checkPassword(const QString &userName, const QString &password) const
{
    const UserRecord *row = m_state->users().findByName(userName);
    return row && row->hasPassword && row->passwordHash == ServerState::hashPassword(password);
}

QString TestServer::tokenFor(const QString &userName) const
{
    const UserRecord *row = m_state->users().findByName(userName);
    if (!row)
        return {};
    QJsonObject claims{
        {"sub", row->id},
        {"permissions", QJsonArray::fromStringList(m_state->permissionsOf(row->id))}};
    if (m_state->atLeast(45)) {
        claims.insert("iss", m_state->serverId());
        claims.insert("aud", m_state->serverId());
    }
    return QString::fromLatin1(Jwt::encode(claims, m_state->jwtSecret()));
}

bool TestServer::touchUser(const QString &nameOrId, const QJsonObject &changes)
{
    HttpResponse ignored;
    UserRecord *row = Lookup(*m_state).user(nameOrId, &ignored);
    if (!row)
        return false;
    if (changes.value("name").isString())
        row->name = changes.value("name").toString();
    if (changes.value("full_name").isString())
        row->fullName = changes.value("full_name").toString();
    if (changes.contains("email"))
        row->email = changes.value("email");
    if (changes.contains("email_opted_in"))
        row->emailOptedIn = changes.value("email_opted_in");
    if (changes.value("active").isBool())
        row->active = changes.value("active").toBool();
    if (changes.value("password").isString()) {
        row->hasPassword = true;
        row->passwordHash = ServerState::hashPassword(changes.value("password").toString());
    }
    row->updated = m_state->now();
    m_state->users().reindex();
    return true;
}

bool TestServer::touchTeam(const QString &nameOrId, const QJsonObject &changes)
{
    HttpResponse ignored;
    Lookup lookup(*m_state);
    TeamRecord *row = lookup.team(nameOrId, &ignored);
    if (!row)
        return false;
    if (changes.value("name").isString())
        row->name = changes.value("name").toString();
    if (changes.value("users").isArray()) {
        QStringList members;
        for (const QJsonValue &member : changes.value("users").toArray()) {
            if (const UserRecord *user = lookup.user(member.toString(), &ignored))
                members.append(user->id);
        }
        row->members = members;
    }
    row->updated = m_state->now();
    m_state->teams().reindex();
    return true;
}

bool TestServer::touchRole(const QString &nameOrId, const QJsonObject &changes)
{
    HttpResponse ignored;
    RoleRecord *row = Lookup(*m_state).role(nameOrId, &ignored);
    if (!row)
        return false;
    if (changes.value("name").isString())
        row->name = changes.value("name").toString();
    if (changes.value("permissions").isArray()) {
        row->permissions.clear();
        for (const QJsonValue &permission : changes.value("permissions").toArray())
            row->permissions.append(permission.toString());
    }
    row->updated = m_state->now();
    m_state->roles().reindex();
    return true;
}

bool TestServer::touchWorkspace(const QString &nameOrId, const QJsonObject &changes)
{
    HttpResponse ignored;
    WorkspaceRecord *row = Lookup(*m_state).workspace(nameOrId, &ignored);
    if (!row)
        return false;
    if (changes.value("name").isString())
        row->name = changes.value("name").toString();
    if (changes.value("description").isString())
        row->description = changes.value("description").toString();
    row->updated = m_state->now();
    m_state->workspaces().reindex();
    return true;
}

bool TestServer::removeUser(const QString &nameOrId)
{
    HttpResponse ignored;
    const UserRecord *row = Lookup(*m_state).user(nameOrId, &ignored);
    if (row)
        m_state->deleteUser(row->id);
    return row != nullptr;
}

bool TestServer::removeTeam(const QString &nameOrId)
{
    HttpResponse ignored;
    const TeamRecord *row = Lookup(*m_state).team(nameOrId, &ignored);
    if (row)
        m_state->deleteTeam(row->id);
    return row != nullptr;
}

bool TestServer::removeRole(const QString &nameOrId)
{
    HttpResponse ignored;
    const RoleRecord *row = Lookup(*m_state).role(nameOrId, &ignored);
    if (row)
        m_state->deleteRole(row->id);
    return row != nullptr;
}

bool TestServer::removeWorkspace(const QString &nameOrId)
{
    HttpResponse ignored;
    const WorkspaceRecord *row = Lookup(*m_state).workspace(nameOrId, &ignored);
    if (row)
        m_state->deleteWorkspace(row->id);
    return row != nullptr;
}

bool TestServer::removeRoleAssignment(const QString &id)
{
    return m_state->userAssignments().remove(id);
}

QString TestServer::assignRole(const QString &userNameOrId, const QString &roleNameOrId,
                               const QString &workspaceNameOrId)
{
    HttpResponse ignored;
    Lookup lookup(*m_state);
    const UserRecord *user = lookup.user(userNameOrId, &ignored);
    const RoleRecord *role = lookup.role(roleNameOrId, &ignored);
    const WorkspaceRecord *workspace =
        workspaceNameOrId.isEmpty() ? nullptr : lookup.workspace(workspaceNameOrId, &ignored);
    if (!user || !role || (!workspaceNameOrId.isEmpty() && !workspace))
        return {};
    const qint64 now = m_state->now();
    const AssignmentRecord record{
        m_state->newId(), now, now, user->id, role->id, workspace ? workspace->id : QString()};
    m_state->userAssignments().insert(record);
    return record.id;
}

int TestServer::requestCount() const
{
    return int(m_log.size());
}

int TestServer::requestCount(const QString &method, const QString &pathRegex) const
{
    const QRegularExpression pattern(pathRegex);
    return int(std::count_if(m_log.begin(), m_log.end(), [&](const LoggedRequest &r) {
        return (method.isEmpty() || r.method == method) && pattern.match(r.path).hasMatch();
    }));
}

QList<LoggedRequest> TestServer::requestLog() const
{
    return m_log;
}

void TestServer::clearRequestLog()
{
    m_log.clear();
}

void TestServer::injectFault(const QString &method, const QString &pathRegex, Fault fault,
                             int times)
{
    m_faults.append(FaultRule{method, QRegularExpression(pathRegex), fault, times});
}

void TestServer::setFaultDelay(int ms)
{
    m_faultDelay = ms;
}

void TestServer::setAnswerDelay(int ms)
{
    m_answerDelay = ms;
}

void TestServer::clearFaults()
{
    m_faults.clear();
}

int TestServer::pendingFaults() const
{
    return int(std::count_if(m_faults.begin(), m_faults.end(),
                             [](const FaultRule &rule) { return rule.remaining != 0; }));
}

} // namespace zenml::test
