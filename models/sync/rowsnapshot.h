#pragma once

#include "domain/entitykind.h"
#include "domain/error.h"
#include "remote/remoterow.h"

#include <QJsonObject>

namespace zenml {
class LocalStore;
}

namespace zenml::sync {

// A row as a flat JSON object with the REST field names ("name", "full_name", "users",
// "permissions", ...), plus "id" and "updated" (the server's raw string). One shape for the
// server's copy kept with a conflict, the mirror's current row ("mine"), and the side-by-side
// conflict view. Never holds a secret.
namespace snapshot {

QJsonObject of(const remote::RemoteUser &row);
QJsonObject of(const remote::RemoteTeam &row);
QJsonObject of(const remote::RemoteRole &row);
QJsonObject of(const remote::RemoteWorkspace &row);
QJsonObject of(const remote::RemoteAssignment &row);

User toUser(const QJsonObject &snapshot);
Team toTeam(const QJsonObject &snapshot);
Role toRole(const QJsonObject &snapshot);
Workspace toWorkspace(const QJsonObject &snapshot);
RoleAssignment toAssignment(const QJsonObject &snapshot, SubjectKind kind);

// The mirror's row in the same shape ("updated" is the base); an empty object when missing.
Result<QJsonObject> ofMirror(LocalStore &store, EntityKind kind, const QString &id);

// The fields a person compares in a conflict, in display order.
QStringList fieldsOf(EntityKind kind);

} // namespace snapshot
} // namespace zenml::sync
