#pragma once

#include "domain/entitykind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace zenml {

enum class OutboxStatus { Pending = 0, InFlight = 1, Done = 2, Failed = 3, Conflict = 4 };

// One queued edit. Ids in entityId and payload are local ids (the id_map table translates the
// ones created offline); the payload is the request body the push will send.
struct OutboxOperation
{
    // Operation keys, stored verbatim in the outbox table.
    static inline const QString CreateUser = QStringLiteral("create_user");
    static inline const QString UpdateUser = QStringLiteral("update_user");
    static inline const QString DeleteUser = QStringLiteral("delete_user");
    static inline const QString DeactivateUser = QStringLiteral("deactivate_user");
    static inline const QString CreateTeam = QStringLiteral("create_team");
    static inline const QString UpdateTeam = QStringLiteral("update_team");
    static inline const QString SetTeamMembers = QStringLiteral("set_team_members");
    static inline const QString DeleteTeam = QStringLiteral("delete_team");
    static inline const QString CreateRole = QStringLiteral("create_role");
    static inline const QString UpdateRole = QStringLiteral("update_role");
    static inline const QString DeleteRole = QStringLiteral("delete_role");
    static inline const QString CreateWorkspace = QStringLiteral("create_workspace");
    static inline const QString UpdateWorkspace = QStringLiteral("update_workspace");
    static inline const QString DeleteWorkspace = QStringLiteral("delete_workspace");
    static inline const QString AssignUserRole = QStringLiteral("assign_user_role");
    static inline const QString RevokeUserRole = QStringLiteral("revoke_user_role");
    static inline const QString AssignTeamRole = QStringLiteral("assign_team_role");
    static inline const QString RevokeTeamRole = QStringLiteral("revoke_team_role");

    qint64 id = 0;
    QDateTime created;
    QString operation;
    EntityKind entityKind = EntityKind::User;
    QString entityId;
    QJsonObject payload;
    QString baseUpdated;
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0;
    QDateTime nextAttempt;
    QString lastError;
    QJsonObject serverSnapshot; // the server's row when the operation met a conflict
    QJsonObject baseSnapshot;   // the row the edit was made on (update and delete only)
};

} // namespace zenml
