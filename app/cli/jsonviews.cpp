#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("zenml::cli::Columns", text);
}
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
} // namespace

QJsonValue timeJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject userJson(const User &user)
{
    return {{kId, user.id},
            {kName, user.name},
            {QStringLiteral("full_name"), user.fullName},
            {QStringLiteral("email"), user.email.isEmpty() ? QJsonValue() : user.email},
            {QStringLiteral("active"), user.active},
            {QStringLiteral("created"), timeJson(user.created)},
            {QStringLiteral("updated"), timeJson(user.updated)}};
}

QList<Column> userColumns()
{
    return {{kName, tr("NAME")},
            {QStringLiteral("full_name"), tr("FULL NAME")},
            {QStringLiteral("email"), tr("EMAIL")},
            {QStringLiteral("active"), tr("ACTIVE")},
            {kId, tr("ID")}};
}

QJsonObject roleJson(const Role &role)
{
    return {{kId, role.id},
            {kName, role.name},
            {QStringLiteral("permissions"),
             QJsonArray::fromStringList(permission::names(role.permissions))},
            {QStringLiteral("created"), timeJson(role.created)},
            {QStringLiteral("updated"), timeJson(role.updated)}};
}

QList<Column> roleColumns()
{
    return {
        {kName, tr("NAME")}, {QStringLiteral("permissions"), tr("PERMISSIONS")}, {kId, tr("ID")}};
}

QJsonObject teamJson(const Team &team, const QStringList &memberNames)
{
    return {{kId, team.id},
            {kName, team.name},
            {QStringLiteral("users"), QJsonArray::fromStringList(memberNames)},
            {QStringLiteral("created"), timeJson(team.created)},
            {QStringLiteral("updated"), timeJson(team.updated)}};
}

QList<Column> teamColumns()
{
    return {{kName, tr("NAME")}, {QStringLiteral("users"), tr("USERS")}, {kId, tr("ID")}};
}

QJsonObject workspaceJson(const Workspace &workspace)
{
    return {{kId, workspace.id},
            {kName, workspace.name},
            {QStringLiteral("description"), workspace.description},
            {QStringLiteral("created"), timeJson(workspace.created)},
            {QStringLiteral("updated"), timeJson(workspace.updated)}};
}

QList<Column> workspaceColumns()
{
    return {
        {kName, tr("NAME")}, {QStringLiteral("description"), tr("DESCRIPTION")}, {kId, tr("ID")}};
}

QJsonObject assignmentJson(const AssignmentView &view)
{
    const bool isUser = view.assignment.subjectKind == SubjectKind::User;
    QJsonObject o{{kId, view.assignment.id},
                  {QStringLiteral("role"), view.roleName},
                  {QStringLiteral("workspace"),
                   view.workspaceName.isEmpty() ? QJsonValue() : view.workspaceName}};
    o.insert(isUser ? QStringLiteral("user") : QStringLiteral("team"), view.subjectName);
    return o;
}

QList<Column> assignmentColumns()
{
    return {{QStringLiteral("role"), tr("ROLE")},
            {QStringLiteral("user"), tr("USER")},
            {QStringLiteral("team"), tr("TEAM")},
            {QStringLiteral("workspace"), tr("WORKSPACE")},
            {kId, tr("ID")}};
}

} // namespace zenml::cli
