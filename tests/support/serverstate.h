#pragma once

#include "records.h"
#include "table.h"

#include <QRandomGenerator64>
#include <QString>
#include <optional>

namespace zenml::test {

// The in-memory database of the test server and the rules that keep it consistent
// (cascades, the seeded rows). Knows nothing about HTTP.
class ServerState
{
public:
    ServerState();

    void reset();
    void seed(int users, int teams, int roles, int userAssignments);

    const QString &version() const { return m_version; }
    void setVersion(const QString &version) { m_version = version; }
    // True when the imitated server is at least 0.<minor>.
    bool atLeast(int minor) const;
    const QString &serverId() const { return m_serverId; }
    const QByteArray &jwtSecret() const { return m_jwtSecret; }
    void rotateJwtSecret(); // every token issued so far stops working
    const QString &defaultPassword() const { return m_defaultPassword; }
    void setDefaultPassword(const QString &password);
    void setIdSeed(quint64 seed);

    Table<UserRecord> &users() { return m_users; }
    const Table<UserRecord> &users() const { return m_users; }
    Table<TeamRecord> &teams() { return m_teams; }
    const Table<TeamRecord> &teams() const { return m_teams; }
    Table<RoleRecord> &roles() { return m_roles; }
    const Table<RoleRecord> &roles() const { return m_roles; }
    Table<WorkspaceRecord> &workspaces() { return m_workspaces; }
    const Table<WorkspaceRecord> &workspaces() const { return m_workspaces; }
    Table<AssignmentRecord> &userAssignments() { return m_userAssignments; }
    const Table<AssignmentRecord> &userAssignments() const { return m_userAssignments; }
    Table<AssignmentRecord> &teamAssignments() { return m_teamAssignments; }
    const Table<AssignmentRecord> &teamAssignments() const { return m_teamAssignments; }

    // Strictly increasing, so every write gets a new `updated` even within one microsecond.
    qint64 now();
    // The server's clock runs this far ahead of (negative: behind) the real one, from the next
    // write on (the strictly increasing order starts afresh).
    void setClockOffset(qint64 seconds)
    {
        m_clockOffset = seconds * 1000000;
        m_lastTime = 0;
    }
    QString newId();
    QString newActivationToken();
    static QByteArray hashPassword(const QString &password);
    static QString formatTime(qint64 micros);
    static bool isUuid(const QString &text);
    static bool isBuiltInRole(const QString &name) { return name == "admin" || name == "guest"; }

    // The union of the permissions of the user's user role assignments, in a stable order.
    QStringList permissionsOf(const QString &userId) const;
    QString defaultUserId() const;
    QString defaultWorkspaceId() const;

    // By value: callers pass fields of the rows these remove.
    void deleteUser(QString id);
    void deleteTeam(QString id);
    void deleteRole(QString id);
    void deleteWorkspace(QString id);

private:
    QString m_version = "0.47.0";
    QString m_serverId;
    QByteArray m_jwtSecret;
    QString m_defaultPassword;
    QRandomGenerator64 m_random;
    qint64 m_lastTime = 0;
    qint64 m_clockOffset = 0; // microseconds

    Table<UserRecord> m_users;
    Table<TeamRecord> m_teams;
    Table<RoleRecord> m_roles;
    Table<WorkspaceRecord> m_workspaces;
    Table<AssignmentRecord> m_userAssignments;
    Table<AssignmentRecord> m_teamAssignments;
};

} // namespace zenml::test
