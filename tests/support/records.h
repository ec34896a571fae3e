#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace zenml::test {

// The rows of the test server's in-memory database. Times are microseconds since the epoch (UTC).

struct UserRecord
{
    QString id;
    qint64 created = 0;
    qint64 updated = 0;
    QString name;
    QString fullName;
    QJsonValue email;        // null or string; shown only on /current-user
    QJsonValue emailOptedIn; // null or bool
    bool active = false;
    bool hasPassword = false;
    QByteArray passwordHash;
    QString activationToken; // empty when none is pending
};

struct TeamRecord
{
    QString id;
    qint64 created = 0;
    qint64 updated = 0;
    QString name;
    QStringList members; // user ids
};

struct RoleRecord
{
    QString id;
    qint64 created = 0;
    qint64 updated = 0;
    QString name;
    QStringList permissions; // subset of read, write, me
};

struct WorkspaceRecord
{
    QString id;
    qint64 created = 0;
    qint64 updated = 0;
    QString name;
    QString description;
};

// A user role assignment (principal = user id) or a team role assignment (principal = team id).
struct AssignmentRecord
{
    QString id;
    qint64 created = 0;
    qint64 updated = 0;
    QString principalId;
    QString roleId;
    QString workspaceId; // empty = global
};

} // namespace zenml::test
