#pragma once

#include "domain/role.h"
#include "domain/team.h"
#include "domain/user.h"
#include "domain/workspace.h"
#include "outputformat.h"
#include "store/assignmenttable.h"

#include <QJsonObject>

namespace zenml::cli {

// The stable JSON shape of each entity in --output json, and the table columns over it.

QJsonValue timeJson(const QDateTime &time); // ISO 8601 UTC, or null

QJsonObject userJson(const User &user);
QList<Column> userColumns();

QJsonObject roleJson(const Role &role);
QList<Column> roleColumns();

QJsonObject teamJson(const Team &team, const QStringList &memberNames);
QList<Column> teamColumns();

QJsonObject workspaceJson(const Workspace &workspace);
QList<Column> workspaceColumns();

// {id, user or team, role, workspace (null when global)}
QJsonObject assignmentJson(const AssignmentView &view);
QList<Column> assignmentColumns();

} // namespace zenml::cli
