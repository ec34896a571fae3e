#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zenml::cli {

namespace {
// This file's translation context, declared so that lupdate records the one used at run time.
struct Columns
{
    Q_DECLARE_TR_FUNCTIONS(zenml::cli::Columns)
};
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
    return {{kName, Columns::tr("NAME")},
            {QStringLiteral("full_name"), Columns::tr("FULL NAME")},
            {QStringLiteral("email"), Columns::tr("EMAIL")},
            {QStringLiteral("active"), Columns::tr("ACTIVE")},
            {kId, Columns::tr("ID")}};
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
    return {{kName, Columns::tr("NAME")},
            {QStringLiteral("permissions"), Columns::tr("PERMISSIONS")},
            {kId, Columns::tr("ID")}};
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
    return {{kName, Columns::tr("NAME")},
            {QStringLiteral("users"), Columns::tr("USERS")},
            {kId, Columns::tr("ID")}};
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
    return {{kName, Columns::tr("NAME")},
            {QStringLiteral("description"), Columns::tr("DESCRIPTION")},
            {kId, Columns::tr("ID")}};
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
    return {{QStringLiteral("role"), Columns::tr("ROLE")},
            {QStringLiteral("user"), Columns::tr("USER")},
            {QStringLiteral("team"), Columns::tr("TEAM")},
            {QStringLiteral("workspace"), Columns::tr("WORKSPACE")},
            {kId, Columns::tr("ID")}};
}

} // namespace zenml::cli
