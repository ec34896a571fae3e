#pragma once

#include "domain/error.h"
#include "domain/role.h"
#include "domain/roleassignment.h"
#include "domain/team.h"
#include "domain/user.h"
#include "domain/workspace.h"
#include "store/assignmenttable.h"
#include "store/namedtable.h"
#include "store/outboxoperation.h"
#include "store/usertable.h"

#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace zenml {

class LocalStore;

enum class ProfileKind { Local, Server };

struct UserDraft
{
    QString name;
    QString fullName;
    QString email;
    std::optional<QString> password; // absent: an inactive user (an invitation on a server)
    QStringList roles;               // role references assigned globally with the create
};

struct UserChanges
{
    std::optional<QString> name;
    std::optional<QString> fullName;
    std::optional<QString> email;
    std::optional<bool> active;
    std::optional<QString> password;
};

struct RoleChanges
{
    std::optional<QString> name;
    std::optional<Permissions> permissions; // replaces the set
    Permissions add;
    Permissions remove;
};

// Who gets or loses a role, and where. References are names, ids or unique prefixes.
struct AssignmentTarget
{
    QString role;
    QStringList users;
    QStringList teams;
    QString workspace; // empty: global
};

struct UserDetails
{
    User user;
    QList<AssignmentView> roles; // direct user role assignments
    QList<NamedRef> teams;
};

// The one facade of every verb. The GUI and the CLI call these and nothing else. Each edit is one
// SQLite transaction: the mirror rows change and, on a server profile, an outbox operation is
// appended for the sync engine to push.
class AdminService : public QObject
{
    Q_OBJECT
public:
    // Decides whether the signed-in user may do an action; a local profile allows everything.
    using PermissionGate = std::function<Status(Permission, const QString &action)>;
    // Receives a secret (a password given to a queued create or update) keyed by the local id of
    // the user it belongs to, so that it never lands in SQLite.
    using SecretSink = std::function<Status(const QString &userId, const QString &secret)>;

    AdminService(LocalStore &store, ProfileKind kind, QObject *parent = nullptr);

    ProfileKind profileKind() const { return m_kind; }
    LocalStore &store() { return m_store; }
    void setPermissionGate(PermissionGate gate) { m_gate = std::move(gate); }
    void setSecretSink(SecretSink sink) { m_secretSink = std::move(sink); }

    // Name resolution as the zenml client does it: a UUID is that id; else an exact name; else a
    // unique prefix of an id or name. Ambiguous prefixes list the candidates.
    Result<NamedRef> resolve(EntityKind kind, const QString &reference) const;

    // Users
    Result<QList<User>> users(const UserQuery &query = {}) const;
    Result<UserDetails> userDetails(const QString &reference) const;
    Result<User> createUser(const UserDraft &draft);
    Result<User> updateUser(const QString &reference, const UserChanges &changes);
    Status deleteUsers(const QStringList &references);

    // Teams
    Result<QList<Team>> teams(const QString &search = {}) const;
    Result<Team> team(const QString &reference) const;
    Result<Team> createTeam(const QString &name, const QStringList &members);
    Result<Team> renameTeam(const QString &reference, const QString &newName);
    Result<Team> addTeamMembers(const QString &reference, const QStringList &users);
    Result<Team> removeTeamMembers(const QString &reference, const QStringList &users);
    Result<Team> setTeamMembers(const QString &reference, const QStringList &users);
    Status deleteTeams(const QStringList &references);

    // Roles
    Result<QList<Role>> roles() const;
    Result<Role> role(const QString &reference) const;
    Result<Role> createRole(const QString &name, Permissions permissions);
    Result<Role> updateRole(const QString &reference, const RoleChanges &changes);
    Status deleteRoles(const QStringList &references);

    // Workspaces
    Result<QList<Workspace>> workspaces() const;
    Result<Workspace> createWorkspace(const QString &name, const QString &description = {});
    Result<Workspace> updateWorkspace(const QString &reference, const std::optional<QString> &name,
                                      const std::optional<QString> &description);
    Status deleteWorkspaces(const QStringList &references);

    // Role assignments. With skipExisting, subjects that already hold the role (or do not hold
    // it, on revoke) are left alone instead of failing the whole call.
    Result<QList<RoleAssignment>> assignRole(const AssignmentTarget &target,
                                             bool skipExisting = false);
    Result<int> revokeRole(const AssignmentTarget &target, bool skipMissing = false);
    Result<QList<AssignmentView>> assignments(const QString &user = {}, const QString &team = {},
                                              const QString &role = {},
                                              const QString &workspace = {}) const;

    // Runs several verbs as one edit (an undo that re-creates a user with its roles and teams):
    // all of them stay, or, when `work` fails, none does. Each verb's own transaction becomes a
    // savepoint of this one, and changed() is emitted once per kind when the block has ended
    // (also after a rollback, since the verbs' rows were in the mirror for a moment). Secrets
    // already handed to the SecretSink are not taken back.
    Status atomically(const std::function<Status()> &work);
    // The history entries the last committed outermost atomically() block recorded, in order
    // (empty after a block that failed). An undoable command keeps them to mark them undone.
    QList<qint64> lastEditHistory() const { return m_lastEdit; }
    // Runs `work` (the inverse of an edit) as one atomically() block and, in the same
    // transaction, marks the edit's history entries `undone` undone by the first entry the
    // inverse records; the inverse's own entries say which edit they undo. When `work` fails,
    // nothing is marked.
    Status undoing(const QList<qint64> &undone, const std::function<Status()> &work);

Q_SIGNALS:
    // Emitted after every committed edit, so item models can refresh what they show.
    void changed(zenml::EntityKind kind);

private:
    // changed(kind) now, or when the atomically() block around this verb ends.
    void announce(EntityKind kind);

    struct Subject
    {
        SubjectKind kind;
        QString id;
        QString name;
    };
    struct ResolvedTarget
    {
        NamedRef role;
        QString workspaceId;
        QList<Subject> subjects;
    };

    Result<ResolvedTarget> resolveTarget(const AssignmentTarget &target) const;
    Status require(const QString &action) const;
    SyncState editedState(SyncState current) const;
    Status queue(const QString &operation, EntityKind kind, const QString &entityId,
                 const QJsonObject &payload, const QString &baseUpdated = {},
                 const QJsonObject &baseSnapshot = {});
    // One history row for the edit, in the edit's transaction.
    Status recordHistory(const QString &operation, EntityKind kind, const QString &entityId,
                         const QJsonObject &payload, const QJsonObject &baseSnapshot,
                         qint64 outboxId);
    // The row as the server last showed it, taken before an edit changes the mirror.
    Result<QJsonObject> baseSnapshotOf(EntityKind kind, const QString &id) const;
    // The one path of an update (role, team, workspace): in one transaction the edited row is
    // written (`write`, given the row's new sync state) and `operation` queued on the row's base;
    // then the change is announced.
    Status commitUpdate(EntityKind kind, const QString &operation, const QString &id,
                        const QJsonObject &payload, const std::function<Status(SyncState)> &write);
    // Deletes the referenced rows of one kind in one transaction, queueing a delete for each;
    // check (may be empty) refuses a row before anything changes.
    Status deleteRows(EntityKind kind, const QString &operation, const QStringList &references,
                      const std::function<Status(const QString &id)> &check);
    Result<QStringList> resolveAll(EntityKind kind, const QStringList &references) const;
    Result<Team> writeMembers(const QString &reference,
                              const std::function<QStringList(QStringList)> &change);
    Status checkUniqueName(EntityKind kind, const QString &name,
                           const QString &exceptId = {}) const;
    NamedTable &table(EntityKind kind) const;

    LocalStore &m_store;
    ProfileKind m_kind;
    PermissionGate m_gate;
    SecretSink m_secretSink;
    std::optional<QSet<EntityKind>> m_deferred; // set inside atomically()
    std::optional<QString> m_actor;             // who signs the history, read on first use
    QList<qint64> m_recorded; // history ids recorded inside the running atomically() block
    QList<qint64> m_lastEdit; // ... and those of the last block that committed
    qint64 m_undoOf = 0;      // inside undoing(): the first entry of the edit undone
};

} // namespace zenml
