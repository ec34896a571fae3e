#include "mirrorwriter.h"

#include "rowsnapshot.h"
#include "store/assignmenttable.h"
#include "store/localstore.h"
#include "store/roletable.h"
#include "store/sqlutil.h"
#include "store/teamtable.h"
#include "store/usertable.h"
#include "store/workspacetable.h"

namespace zenml::sync {

namespace {
QString tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Team:
        return QStringLiteral("teams");
    case EntityKind::Role:
        return QStringLiteral("roles");
    case EntityKind::Workspace:
        return QStringLiteral("workspaces");
    default:
        return QStringLiteral("users");
    }
}

QDateTime parseRaw(const QString &raw)
{
    QDateTime t = QDateTime::fromString(raw, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(raw, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

MirrorWriter::MirrorWriter(LocalStore &store)
    : m_store(store)
{}

Result<bool> MirrorWriter::claimName(EntityKind kind, const QString &name, const QString &id)
{
    const QString table = tableOf(kind);
    auto holder = sql::exec(
        m_store.database(),
        QStringLiteral("SELECT id, sync_state FROM %1 WHERE name = ?").arg(table), {name});
    if (!holder)
        return holder.error();
    if (!holder->next())
        return true;
    const QString holderId = holder->value(0).toString();
    if (holderId == id)
        return true;
    if (SyncState(holder->value(1).toInt()) != SyncState::Clean)
        return false;
    // A placeholder no server name can take: names are at most 255 characters.
    const QString parked =
        name + QStringLiteral("\x1f") + holderId + QString(256, QLatin1Char('~'));
    auto park = sql::exec(m_store.database(),
                          QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(table),
                          {parked, holderId});
    if (!park)
        return park.error();
    return true;
}

Result<MirrorWriter::Outcome> MirrorWriter::writeUser(User user, const QString &raw,
                                                      SyncState state)
{
    auto existing = m_store.users().byId(user.id);
    if (!existing)
        return existing.error();
    if (!existing.value() || existing.value()->name != user.name) {
        auto free = claimName(EntityKind::User, user.name, user.id);
        if (!free)
            return free.error();
        if (!*free)
            return Outcome::Skipped;
    }
    if (user.email.isEmpty() && existing.value())
        user.email = existing.value()->email;
    Status s = existing.value() ? m_store.users().update(user, state)
                                : m_store.users().insert(user, state, raw);
    if (!s)
        return s.error();
    if (existing.value()) {
        if (Status b = m_store.users().setSyncState(user.id, state, raw); !b)
            return b.error();
    }
    return Outcome::Written;
}

Result<MirrorWriter::Outcome> MirrorWriter::writeTeam(Team team, const QString &raw,
                                                      SyncState state)
{
    auto existing = m_store.teams().refById(team.id);
    if (!existing)
        return existing.error();
    if (!existing.value() || existing.value()->name != team.name) {
        auto free = claimName(EntityKind::Team, team.name, team.id);
        if (!free)
            return free.error();
        if (!*free)
            return Outcome::Skipped;
    }
    // Members the mirror does not know (yet) would break the foreign key; the next pull brings
    // them along with the team's next change.
    QStringList known;
    for (const QString &member : team.memberIds) {
        auto ref = m_store.users().refById(member);
        if (!ref)
            return ref.error();
        if (ref.value())
            known << member;
    }
    team.memberIds = known;
    Status s = existing.value() ? m_store.teams().update(team, state)
                                : m_store.teams().insert(team, state, raw);
    if (!s)
        return s.error();
    if (existing.value()) {
        if (Status b = m_store.teams().setSyncState(team.id, state, raw); !b)
            return b.error();
    }
    return Outcome::Written;
}

Result<MirrorWriter::Outcome> MirrorWriter::writeRole(const Role &role, const QString &raw,
                                                      SyncState state)
{
    auto existing = m_store.roles().refById(role.id);
    if (!existing)
        return existing.error();
    if (!existing.value() || existing.value()->name != role.name) {
        auto free = claimName(EntityKind::Role, role.name, role.id);
        if (!free)
            return free.error();
        if (!*free)
            return Outcome::Skipped;
    }
    Status s = existing.value() ? m_store.roles().update(role, state)
                                : m_store.roles().insert(role, state, raw);
    if (!s)
        return s.error();
    if (existing.value()) {
        if (Status b = m_store.roles().setSyncState(role.id, state, raw); !b)
            return b.error();
    }
    return Outcome::Written;
}

Result<MirrorWriter::Outcome> MirrorWriter::writeWorkspace(const Workspace &w, const QString &raw,
                                                           SyncState state)
{
    auto existing = m_store.workspaces().refById(w.id);
    if (!existing)
        return existing.error();
    if (!existing.value() || existing.value()->name != w.name) {
        auto free = claimName(EntityKind::Workspace, w.name, w.id);
        if (!free)
            return free.error();
        if (!*free)
            return Outcome::Skipped;
    }
    Status s = existing.value() ? m_store.workspaces().update(w, state)
                                : m_store.workspaces().insert(w, state, raw);
    if (!s)
        return s.error();
    if (existing.value()) {
        if (Status b = m_store.workspaces().setSyncState(w.id, state, raw); !b)
            return b.error();
    }
    return Outcome::Written;
}

Result<MirrorWriter::Outcome> MirrorWriter::writeAssignment(const RoleAssignment &a,
                                                            const QString &raw)
{
    auto existing = m_store.assignments().byId(a.subjectKind, a.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Outcome::Written; // assignments never change; only create and delete
    // The subject, role and workspace must be in the mirror; a row that refers to something
    // missing (created on the server between two lists) comes with the next pull.
    auto subject = a.subjectKind == SubjectKind::User ? m_store.users().refById(a.subjectId)
                                                      : m_store.teams().refById(a.subjectId);
    auto role = m_store.roles().refById(a.roleId);
    if (!subject || !role)
        return !subject ? subject.error() : role.error();
    if (!subject.value() || !role.value())
        return Outcome::Skipped;
    if (!a.workspaceId.isEmpty()) {
        auto w = m_store.workspaces().refById(a.workspaceId);
        if (!w)
            return w.error();
        if (!w.value())
            return Outcome::Skipped;
    }
    // The same subject, role and scope under another id: the server's row replaces ours.
    auto same = m_store.assignments().find(a.subjectKind, a.subjectId, a.roleId, a.workspaceId);
    if (!same)
        return same.error();
    if (same.value()) {
        if (Status s = m_store.assignments().remove(a.subjectKind, same.value()->id); !s)
            return s.error();
    }
    if (Status s = m_store.assignments().insert(a, SyncState::Clean, raw); !s)
        return s.error();
    return Outcome::Written;
}

Result<MirrorWriter::Outcome> MirrorWriter::writeSnapshot(EntityKind kind, const QJsonObject &s,
                                                          SyncState state)
{
    const QString raw = s.value(QStringLiteral("updated")).toString();
    switch (kind) {
    case EntityKind::User: {
        User u = snapshot::toUser(s);
        u.updated = parseRaw(raw);
        return writeUser(u, raw, state);
    }
    case EntityKind::Team: {
        Team t = snapshot::toTeam(s);
        t.updated = parseRaw(raw);
        return writeTeam(t, raw, state);
    }
    case EntityKind::Role: {
        Role r = snapshot::toRole(s);
        r.updated = parseRaw(raw);
        return writeRole(r, raw, state);
    }
    case EntityKind::Workspace: {
        Workspace w = snapshot::toWorkspace(s);
        w.updated = parseRaw(raw);
        return writeWorkspace(w, raw, state);
    }
    case EntityKind::UserRoleAssignment:
        return writeAssignment(snapshot::toAssignment(s, SubjectKind::User), raw);
    case EntityKind::TeamRoleAssignment:
        return writeAssignment(snapshot::toAssignment(s, SubjectKind::Team), raw);
    }
    return Outcome::Skipped;
}

Status MirrorWriter::remove(EntityKind kind, const QString &id)
{
    switch (kind) {
    case EntityKind::UserRoleAssignment:
        return m_store.assignments().remove(SubjectKind::User, id);
    case EntityKind::TeamRoleAssignment:
        return m_store.assignments().remove(SubjectKind::Team, id);
    case EntityKind::User:
        return m_store.users().remove(id);
    case EntityKind::Team:
        return m_store.teams().remove(id);
    case EntityKind::Role:
        return m_store.roles().remove(id);
    case EntityKind::Workspace:
        return m_store.workspaces().remove(id);
    }
    return {};
}

} // namespace zenml::sync
