#include "rowsnapshot.h"

#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/teamtable.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

#include <QJsonArray>

namespace zenml::sync::snapshot {

namespace {
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kUpdated = QStringLiteral("updated");

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}
} // namespace

QJsonObject of(const remote::RemoteUser &row)
{
    const User &u = row.value;
    QJsonObject o{{kId, u.id},
                  {kName, u.name},
                  {QStringLiteral("full_name"), u.fullName},
                  {QStringLiteral("active"), u.active},
                  {kUpdated, row.rawUpdated}};
    // The server shows e-mail addresses only on /current-user; absent means "unknown".
    if (!u.email.isEmpty())
        o.insert(QStringLiteral("email"), u.email);
    return o;
}

QJsonObject of(const remote::RemoteTeam &row)
{
    return {{kId, row.value.id},
            {kName, row.value.name},
            {QStringLiteral("users"), QJsonArray::fromStringList(sorted(row.value.memberIds))},
            {kUpdated, row.rawUpdated}};
}

QJsonObject of(const remote::RemoteRole &row)
{
    return {{kId, row.value.id},
            {kName, row.value.name},
            {QStringLiteral("permissions"),
             QJsonArray::fromStringList(permission::names(row.value.permissions))},
            {kUpdated, row.rawUpdated}};
}

QJsonObject of(const remote::RemoteWorkspace &row)
{
    return {{kId, row.value.id},
            {kName, row.value.name},
            {QStringLiteral("description"), row.value.description},
            {kUpdated, row.rawUpdated}};
}

QJsonObject of(const remote::RemoteAssignment &row)
{
    const RoleAssignment &a = row.value;
    return {{kId, a.id},
            {a.subjectKind == SubjectKind::User ? QStringLiteral("user") : QStringLiteral("team"),
             a.subjectId},
            {QStringLiteral("role"), a.roleId},
            {QStringLiteral("workspace"), a.workspaceId},
            {kUpdated, row.rawUpdated}};
}

User toUser(const QJsonObject &s)
{
    User u;
    u.id = s.value(kId).toString();
    u.name = s.value(kName).toString();
    u.fullName = s.value(QStringLiteral("full_name")).toString();
    u.email = s.value(QStringLiteral("email")).toString();
    u.active = s.value(QStringLiteral("active")).toBool(true);
    return u;
}

Team toTeam(const QJsonObject &s)
{
    Team t;
    t.id = s.value(kId).toString();
    t.name = s.value(kName).toString();
    t.memberIds = stringsOf(s.value(QStringLiteral("users")));
    return t;
}

Role toRole(const QJsonObject &s)
{
    Role r;
    r.id = s.value(kId).toString();
    r.name = s.value(kName).toString();
    r.permissions = permission::fromNames(stringsOf(s.value(QStringLiteral("permissions"))));
    return r;
}

Workspace toWorkspace(const QJsonObject &s)
{
    Workspace w;
    w.id = s.value(kId).toString();
    w.name = s.value(kName).toString();
    w.description = s.value(QStringLiteral("description")).toString();
    return w;
}

RoleAssignment toAssignment(const QJsonObject &s, SubjectKind kind)
{
    RoleAssignment a;
    a.id = s.value(kId).toString();
    a.subjectKind = kind;
    a.subjectId =
        s.value(kind == SubjectKind::User ? QStringLiteral("user") : QStringLiteral("team"))
            .toString();
    a.roleId = s.value(QStringLiteral("role")).toString();
    a.workspaceId = s.value(QStringLiteral("workspace")).toString();
    return a;
}

Result<QJsonObject> ofMirror(LocalStore &store, EntityKind kind, const QString &id)
{
    QJsonObject out;
    QString base;
    switch (kind) {
    case EntityKind::User: {
        auto u = store.users().byId(id);
        if (!u)
            return u.error();
        if (!u.value())
            return out;
        out = of(remote::RemoteUser{{*u.value(), {}}, {}});
        out.insert(QStringLiteral("email"), u.value()->email);
        break;
    }
    case EntityKind::Team: {
        auto t = store.teams().byId(id);
        if (!t)
            return t.error();
        if (!t.value())
            return out;
        out = of(remote::RemoteTeam{*t.value(), {}});
        break;
    }
    case EntityKind::Role: {
        auto r = store.roles().byId(id);
        if (!r)
            return r.error();
        if (!r.value())
            return out;
        out = of(remote::RemoteRole{*r.value(), {}});
        break;
    }
    case EntityKind::Workspace: {
        auto w = store.workspaces().byId(id);
        if (!w)
            return w.error();
        if (!w.value())
            return out;
        out = of(remote::RemoteWorkspace{*w.value(), {}});
        break;
    }
    case EntityKind::UserRoleAssignment:
    case EntityKind::TeamRoleAssignment: {
        const SubjectKind sk =
            kind == EntityKind::UserRoleAssignment ? SubjectKind::User : SubjectKind::Team;
        auto a = store.assignments().byId(sk, id);
        if (!a)
            return a.error();
        if (!a.value())
            return out;
        return of(remote::RemoteAssignment{*a.value(), {}});
    }
    }
    auto sync = kind == EntityKind::User   ? store.users().syncInfo(id)
                : kind == EntityKind::Team ? store.teams().syncInfo(id)
                : kind == EntityKind::Role ? store.roles().syncInfo(id)
                                           : store.workspaces().syncInfo(id);
    if (sync)
        out.insert(kUpdated, sync->baseUpdated);
    return out;
}

QStringList fieldsOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return {kName, QStringLiteral("full_name"), QStringLiteral("email"),
                QStringLiteral("active"), kUpdated};
    case EntityKind::Team:
        return {kName, QStringLiteral("users"), kUpdated};
    case EntityKind::Role:
        return {kName, QStringLiteral("permissions"), kUpdated};
    case EntityKind::Workspace:
        return {kName, QStringLiteral("description"), kUpdated};
    case EntityKind::UserRoleAssignment:
        return {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("workspace")};
    case EntityKind::TeamRoleAssignment:
        return {QStringLiteral("team"), QStringLiteral("role"), QStringLiteral("workspace")};
    }
    return {};
}

} // namespace zenml::sync::snapshot
