#pragma once

#include "domain/error.h"
#include "domain/roleassignment.h"
#include "statementcache.h"
#include "syncstate.h"

#include <QSqlDatabase>
#include <optional>

namespace zenml {

struct AssignmentQuery
{
    std::optional<SubjectKind> kind; // both kinds when unset
    QString subjectId;
    QString roleId;
    std::optional<QString> workspaceId; // "" means global only; unset means any scope
};

// An assignment with the names a person reads next to it.
struct AssignmentView
{
    RoleAssignment assignment;
    QString subjectName;
    QString roleName;
    QString workspaceName; // empty for a global assignment
};

// User and team role assignments (two tables of the same shape).
class AssignmentTable
{
public:
    explicit AssignmentTable(QSqlDatabase db);

    Result<QList<AssignmentView>> list(const AssignmentQuery &query = {}) const;
    Result<std::optional<RoleAssignment>> byId(SubjectKind kind, const QString &id) const;
    Result<std::optional<RoleAssignment>> find(SubjectKind kind, const QString &subjectId,
                                               const QString &roleId,
                                               const QString &workspaceId) const;
    Result<int> countForRole(const QString &roleId) const;
    Result<int> countForWorkspace(const QString &workspaceId) const;
    Status insert(const RoleAssignment &assignment, SyncState state,
                  const QString &baseUpdated = {});
    Status remove(SubjectKind kind, const QString &id);
    Status setSyncState(SubjectKind kind, const QString &id, SyncState state);
    Status replaceId(SubjectKind kind, const QString &localId, const QString &serverId);

    static QString tableOf(SubjectKind kind);

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements; // find and insert run once per row of an apply
};

} // namespace zenml
