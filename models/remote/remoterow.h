#pragma once

#include "domain/role.h"
#include "domain/roleassignment.h"
#include "domain/team.h"
#include "domain/user.h"
#include "domain/workspace.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace zenml::remote {

// One resource as the server sent it. `value.updated` is parsed to a UTC QDateTime, which keeps
// only milliseconds; `rawUpdated` is the server's string verbatim (microseconds included) so the
// sync engine can store it as the base and compare it exactly on the next fetch.
template<typename T> struct RemoteRow
{
    T value;
    QString rawUpdated;
};

// A user as returned by GET/POST/PUT. `activationToken` is filled only by POST /users without a
// password and by PUT /users/{id}/deactivate (the server never shows it again). It is a credential:
// keep it in memory or the keychain, never log it, never store it in SQLite.
struct RemoteUser : RemoteRow<User>
{
    QString activationToken;
};

using RemoteTeam = RemoteRow<Team>;
using RemoteRole = RemoteRow<Role>;
using RemoteWorkspace = RemoteRow<Workspace>;
using RemoteAssignment = RemoteRow<RoleAssignment>;

} // namespace zenml::remote
