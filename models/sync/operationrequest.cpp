#include "operationrequest.h"

#include "idtranslator.h"
#include "remote/remoteapi.h"
#include "store/localstore.h"
#include "store/teamtable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zenml::sync {

namespace {
using Op = OutboxOperation;
using remote::ApiCall;
using remote::RemoteApi;

const QString kPasswordFlag = QStringLiteral("password_in_keychain");
const QString kPassword = QStringLiteral("password");

struct Route
{
    QString collection; // "/users"
    QByteArray verb;    // POST, PUT, DELETE
    bool onEntity;      // path names the entity
    QString suffix;     // "/deactivate"
};

std::optional<Route> routeOf(const QString &operation)
{
    static const QHash<QString, Route> routes{
        {Op::CreateUser, {QStringLiteral("/users"), "POST", false, {}}},
        {Op::UpdateUser, {QStringLiteral("/users"), "PUT", true, {}}},
        {Op::DeleteUser, {QStringLiteral("/users"), "DELETE", true, {}}},
        {Op::DeactivateUser,
         {QStringLiteral("/users"), "PUT", true, QStringLiteral("/deactivate")}},
        {Op::CreateTeam, {QStringLiteral("/teams"), "POST", false, {}}},
        {Op::UpdateTeam, {QStringLiteral("/teams"), "PUT", true, {}}},
        {Op::SetTeamMembers, {QStringLiteral("/teams"), "PUT", true, {}}},
        {Op::DeleteTeam, {QStringLiteral("/teams"), "DELETE", true, {}}},
        {Op::CreateRole, {QStringLiteral("/roles"), "POST", false, {}}},
        {Op::UpdateRole, {QStringLiteral("/roles"), "PUT", true, {}}},
        {Op::DeleteRole, {QStringLiteral("/roles"), "DELETE", true, {}}},
        {Op::CreateWorkspace, {QStringLiteral("/workspaces"), "POST", false, {}}},
        {Op::UpdateWorkspace, {QStringLiteral("/workspaces"), "PUT", true, {}}},
        {Op::DeleteWorkspace, {QStringLiteral("/workspaces"), "DELETE", true, {}}},
        {Op::AssignUserRole, {QStringLiteral("/role_assignments"), "POST", false, {}}},
        {Op::RevokeUserRole, {QStringLiteral("/role_assignments"), "DELETE", true, {}}},
        {Op::AssignTeamRole, {QStringLiteral("/team_role_assignments"), "POST", false, {}}},
        {Op::RevokeTeamRole, {QStringLiteral("/team_role_assignments"), "DELETE", true, {}}},
    };
    const auto it = routes.constFind(operation);
    if (it == routes.constEnd())
        return std::nullopt;
    return *it;
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

// The body with ids translated; the password marker replaced by the password (or a mask).
QJsonObject bodyOf(const Op &op, const IdTranslator &ids, const std::optional<QString> &password)
{
    QJsonObject body = op.payload;
    if (body.contains(kPasswordFlag)) {
        body.remove(kPasswordFlag);
        if (password)
            body.insert(kPassword, *password);
    }
    for (const QString &key : {QStringLiteral("user"), QStringLiteral("team"),
                               QStringLiteral("role"), QStringLiteral("workspace")}) {
        if (body.contains(key))
            body.insert(key, ids.toServer(body.value(key).toString()));
    }
    if (body.contains(QStringLiteral("users")))
        body.insert(QStringLiteral("users"), QJsonArray::fromStringList(ids.toServer(
                                                 stringsOf(body.value(QStringLiteral("users"))))));
    // Revokes name the assignment in the path; the subject in the payload is for people only.
    if (op.operation == Op::RevokeUserRole || op.operation == Op::RevokeTeamRole)
        return {};
    return body;
}
} // namespace

Result<ApiCall> OperationRequest::build(const OutboxOperation &op, const IdTranslator &ids,
                                        const std::optional<QString> &password)
{
    const auto route = routeOf(op.operation);
    if (!route)
        return Error::make(ErrorKind::Usage,
                           tr("The queued operation '%1' is not known to this version of ZenML "
                              "Admin. Drop it and make the change again.")
                               .arg(op.operation));
    QString path = route->collection;
    if (route->onEntity)
        path += QLatin1Char('/') + ApiCall::segment(ids.toServer(op.entityId)) + route->suffix;
    if (route->verb == "DELETE")
        return RemoteApi::deleteCall(path);
    if (!route->suffix.isEmpty()) {
        ApiCall call;
        call.verb = route->verb;
        call.path = path;
        return call;
    }
    return RemoteApi::jsonCall(route->verb, path, bodyOf(op, ids, password));
}

QString OperationRequest::describe(const OutboxOperation &op, const IdTranslator &ids)
{
    const std::optional<QString> mask =
        needsPassword(op) ? std::optional<QString>(QStringLiteral("********")) : std::nullopt;
    auto call = build(op, ids, mask);
    if (!call)
        return call.error().message;
    QString text = QStringLiteral("%1 /api/v1%2").arg(QString::fromLatin1(call->verb), call->path);
    if (!call->body.isEmpty())
        text +=
            QLatin1Char('\n') +
            QString::fromUtf8(QJsonDocument::fromJson(call->body).toJson(QJsonDocument::Indented))
                .trimmed();
    return text;
}

std::optional<ApiCall> OperationRequest::baseCheck(const OutboxOperation &op,
                                                   const IdTranslator &ids)
{
    const auto route = routeOf(op.operation);
    if (!route || !route->onEntity || op.entityKind == EntityKind::UserRoleAssignment ||
        op.entityKind == EntityKind::TeamRoleAssignment)
        return std::nullopt;
    return RemoteApi::getCall(route->collection + QLatin1Char('/') +
                              ApiCall::segment(ids.toServer(op.entityId)));
}

QStringList OperationRequest::referencedIds(const OutboxOperation &op)
{
    QStringList out;
    for (const QString &key :
         {QStringLiteral("user"), QStringLiteral("team"), QStringLiteral("role"),
          QStringLiteral("workspace"), QStringLiteral("subject")}) {
        const QString id = op.payload.value(key).toString();
        if (!id.isEmpty())
            out << id;
    }
    out << stringsOf(op.payload.value(QStringLiteral("users")));
    return out;
}

void OperationRequest::complete(LocalStore &store, const IdTranslator &ids, OutboxOperation &op)
{
    if (op.operation != Op::UpdateTeam || op.payload.contains(QStringLiteral("users")))
        return;
    auto team = store.teams().byId(ids.toServer(op.entityId));
    if (team && team.value())
        op.payload.insert(QStringLiteral("users"),
                          QJsonArray::fromStringList(team.value()->memberIds));
}

bool OperationRequest::isCreate(const OutboxOperation &op)
{
    return op.operation.startsWith(QLatin1String("create_")) ||
           op.operation.startsWith(QLatin1String("assign_"));
}

bool OperationRequest::isDelete(const OutboxOperation &op)
{
    return op.operation.startsWith(QLatin1String("delete_")) ||
           op.operation.startsWith(QLatin1String("revoke_"));
}

bool OperationRequest::needsPassword(const OutboxOperation &op)
{
    return op.payload.value(kPasswordFlag).toBool();
}

QString OperationRequest::passwordKey(const QString &localUserId)
{
    return QStringLiteral("pending-password:") + localUserId;
}

} // namespace zenml::sync
