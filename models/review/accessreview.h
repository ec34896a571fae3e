#pragma once

#include "accessgrant.h"
#include "domain/entitykind.h"
#include "domain/error.h"
#include "domain/roleassignment.h"

#include <QDateTime>

namespace zenml {
class AdminService;
}

namespace zenml::review {

class MirrorSnapshot;

enum class FindingKind {
    WriteHolders,       // users holding write, and how
    Admins,             // users holding the admin role
    InactiveWithRoles,  // inactive users who still hold roles
    StaleInvitations,   // invitations older than N days that nobody accepted
    NoRole,             // active users with no role at all
    UnusedRoles,        // roles that nobody holds
    EmptyTeams,         // teams without members
    DanglingAssignments // assignments scoped to a workspace the mirror no longer has
};

// What can be done about a row in one step, through the usual undoable commands.
enum class FindingAction { None, Revoke, DeleteUser, DeleteTeam, DeleteRole };

struct FindingRow
{
    EntityKind entityKind = EntityKind::User; // what the row links to
    QString entityId;
    QString entityName;
    QString detail; // translated: how, since when
    QList<GrantPath> paths;
    FindingAction action = FindingAction::None;
    // For a revoke: the assignment to take back (subject by name, workspace by name or empty).
    SubjectKind subjectKind = SubjectKind::User;
    QString roleName;
    QString workspaceName;
};

struct Finding
{
    FindingKind kind = FindingKind::WriteHolders;
    QList<FindingRow> rows;

    QString key() const;         // stable, for JSON and CSV: "write-holders", ...
    QString title() const;       // translated
    QString explanation() const; // translated: why an auditor asks
};

struct ReviewResult
{
    QDateTime generated;
    int staleDays = 14;
    bool enforced = true;
    QList<Finding> findings; // every kind, in FindingKind order, empty ones too
};

// The access review: every finding, from one bulk read of the mirror.
class AccessReview
{
public:
    explicit AccessReview(AdminService &service);

    static constexpr int kDefaultStaleDays = 14;

    Result<ReviewResult> run(int staleDays = kDefaultStaleDays,
                             const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static ReviewResult compute(const MirrorSnapshot &mirror, int staleDays, const QDateTime &now,
                                bool enforced);

private:
    AdminService &m_service;
};

} // namespace zenml::review
