#pragma once

#include "accessmodel.h"
#include "mirrorsnapshot.h"

#include <QJsonObject>

namespace zenml::access {

enum class ChangeKind { Workspace, Role, User, Team, Assignment };
enum class Action { Create, Update, Delete };

struct FieldChange
{
    QString field; // the file's key: "description", "permissions", "members", ...
    QString before;
    QString after;
};

// One change that apply would queue. The entry of its kind carries what to write.
struct PlanChange
{
    Action action = Action::Create;
    ChangeKind kind = ChangeKind::Workspace;
    QString name; // the entry's name; an assignment's description
    QList<FieldChange> fields;
    WorkspaceEntry workspace;
    RoleEntry role;
    UserEntry user;
    TeamEntry team;
    AssignmentEntry assignment;
};

// What apply would do to make the mirror look like the file, in the order it would do it
// (workspaces and roles, users, teams and their members, assignments; revokes before deletes),
// or the problems that refuse the file as a whole.
struct AccessPlan
{
    QList<PlanChange> changes;
    QList<Problem> problems;

    bool isEmpty() const { return changes.isEmpty(); }
    int count(Action action) const;
    int count(ChangeKind kind, Action action) const;
};

// Compares a file's model with the mirror. Without prune, what the file leaves out stays; with it,
// it is deleted (built-ins never are). Problems the file alone shows (from reading it) come in
// fileProblems and refuse the plan too.
AccessPlan makePlan(const AccessModel &file, const MirrorSnapshot &mirror, bool prune,
                    const QList<Problem> &fileProblems = {});

// "alice (user) has admin in workspace research", the plan's name of an assignment.
QString assignmentName(const AssignmentEntry &a);
QString kindKey(ChangeKind kind);   // "workspace", ...: stable, for JSON
QString actionKey(Action action);   // "create", "update", "delete"
QString kindTitle(ChangeKind kind); // translated plural heading: "Workspaces"

// The plan for a person (grouped by kind, each changed field old → new, a closing summary) and
// for scripts.
QString planText(const AccessPlan &plan);
QJsonObject planJson(const AccessPlan &plan);
QString problemText(const Problem &problem, const QString &fileName);

} // namespace zenml::access
